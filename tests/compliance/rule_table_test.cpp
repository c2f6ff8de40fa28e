// Runs the rule tables in tests/compliance/rules/*.txt through the gate. The tables are
// for people who know the rules but not C++ (after DuckDB's sqllogictest): each file opens
// with "# name:", "# description:" and "# group:" lines, then cases separated by blank
// lines. A case is a list of "key value" lines:
//
//   case      what the case shows (required, first)
//   country   SI | US | GB | BR          region   MA, SP ...
//   channel   call | sms | whatsapp | email | letter   (default call)
//   at        the instant asked, ISO 8601 with offset   (required)
//   zones     candidate IANA zones, space separated
//   to        the number contacted;  number_kind  home | mobile | work | other
//   dnc       yes;  live_agent  yes
//   history   <instant> <channel> <result> [abandoned] [to=<number>] [kind=<number kind>]
//   hold      <kind> <placed instant> [<lifted instant>]
//   expect    allowed | refused <outcome> [<outcome> ...]  (every refusing rule, any order)
//   next      <instant in UTC> | never   (required when refused)
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "compliance/gate.hpp"
#include "compliance_test_support.hpp"

#ifndef DUECALL_COMPLIANCE_RULES_DIR
#error "tests/compliance/CMakeLists.txt defines DUECALL_COMPLIANCE_RULES_DIR"
#endif

namespace duecall::compliance {
namespace {

struct TableCase {
  std::string where;  // file:line, for failure messages
  std::string title;
  ContactRequest request;
  std::vector<std::string> expected_refusals;
  bool expect_allowed = false;
  std::string expected_next;
};

std::vector<std::string> words(const std::string& text) {
  std::istringstream stream(text);
  std::vector<std::string> out;
  for (std::string word; stream >> word;) out.push_back(word);
  return out;
}

Instant instant_or_fail(const std::string& text, const std::string& where) {
  auto parsed = parse_iso8601(text);
  EXPECT_TRUE(parsed.ok()) << where << ": bad instant " << text;
  return parsed.ok() ? *parsed : Instant{};
}

// Applies one "key value" line to `table_case`; returns false for an unknown key.
bool apply(TableCase& table_case, const std::string& key, const std::string& value,
           const std::string& where) {
  ContactRequest& request = table_case.request;
  const auto parts = words(value);
  if (key == "case")
    table_case.title = value;
  else if (key == "country")
    request.country = value;
  else if (key == "region")
    request.region = value;
  else if (key == "channel")
    request.channel = parse_channel(value).value();
  else if (key == "at")
    request.at = instant_or_fail(value, where);
  else if (key == "to")
    request.to = value;
  else if (key == "number_kind")
    request.number_kind = parse_number_kind(value).value();
  else if (key == "dnc")
    request.number_on_dnc = value == "yes";
  else if (key == "live_agent")
    request.live_agent_guaranteed = value == "yes";
  else if (key == "zones") {
    for (const auto& name : parts) request.candidate_zones.push_back(testing::zone(name));
  } else if (key == "history") {
    if (parts.size() < 3) return false;
    PastContact contact;
    contact.at = instant_or_fail(parts[0], where);
    contact.channel = parse_channel(parts[1]).value();
    contact.result = parse_contact_result(parts[2]).value();
    for (std::size_t index = 3; index < parts.size(); ++index) {
      if (parts[index] == "abandoned")
        contact.abandoned = true;
      else if (parts[index].starts_with("to="))
        contact.to = parts[index].substr(3);
      else if (parts[index].starts_with("kind=")) {
        contact.number_kind = parse_number_kind(parts[index].substr(5)).value();
      } else
        return false;
    }
    request.history.push_back(contact);
  } else if (key == "hold") {
    if (parts.size() < 2) return false;
    Hold hold{parse_hold_kind(parts[0]).value(), instant_or_fail(parts[1], where), std::nullopt};
    if (parts.size() > 2) hold.lifted_at = instant_or_fail(parts[2], where);
    request.holds.push_back(hold);
  } else if (key == "expect") {
    if (parts.empty()) return false;
    table_case.expect_allowed = parts[0] == "allowed";
    table_case.expected_refusals.assign(parts.begin() + 1, parts.end());
  } else if (key == "next") {
    table_case.expected_next = value;
  } else {
    return false;
  }
  return true;
}

std::vector<TableCase> read_table(const std::filesystem::path& path) {
  std::ifstream file(path);
  std::vector<TableCase> cases;
  std::optional<TableCase> current;
  std::string line;
  for (int line_number = 1; std::getline(file, line); ++line_number) {
    const std::string where = path.filename().string() + ":" + std::to_string(line_number);
    if (line.starts_with("#")) continue;
    if (words(line).empty()) {
      if (current) cases.push_back(std::move(*current));
      current.reset();
      continue;
    }
    const auto space = line.find(' ');
    const std::string key = line.substr(0, space);
    const std::string value = space == std::string::npos ? "" : line.substr(space + 1);
    if (!current) current = TableCase{where, "", {}, {}, false, ""};
    EXPECT_TRUE(apply(*current, key, value, where)) << where << ": cannot read '" << line << "'";
  }
  if (current) cases.push_back(std::move(*current));
  return cases;
}

std::vector<std::filesystem::path> table_files() {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(DUECALL_COMPLIANCE_RULES_DIR)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

void check(const TableCase& table_case) {
  SCOPED_TRACE(table_case.where + " " + table_case.title);
  auto decision = decide(table_case.request);
  ASSERT_TRUE(decision.ok()) << decision.error().message;
  EXPECT_EQ(decision->allowed, table_case.expect_allowed);
  std::vector<std::string> refusals;
  for (const Reason& reason : decision->reasons) {
    refusals.emplace_back(refusal_name(reason.rule));
    EXPECT_FALSE(reason.source.empty());
  }
  auto expected = table_case.expected_refusals;
  std::sort(refusals.begin(), refusals.end());
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(refusals, expected);
  if (!table_case.expect_allowed) {
    EXPECT_EQ(testing::iso(decision->next_allowed_at), table_case.expected_next);
  }
}

TEST(RuleTables, EveryCaseInEveryTableHolds) {
  const auto files = table_files();
  ASSERT_FALSE(files.empty()) << "no tables in " << DUECALL_COMPLIANCE_RULES_DIR;
  int cases = 0;
  for (const auto& path : files) {
    for (const TableCase& table_case : read_table(path)) {
      EXPECT_FALSE(table_case.title.empty()) << table_case.where << ": a case needs a title";
      check(table_case);
      ++cases;
    }
  }
  EXPECT_GT(cases, 0);
}

}  // namespace
}  // namespace duecall::compliance
