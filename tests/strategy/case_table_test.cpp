// Runs the case tables in tests/strategy/cases/*.txt. The tables are for people who know
// collection practice but not C++ (after DuckDB's sqllogictest): each file opens with
// "# name:", "# description:" and "# group:" lines, then cases separated by blank lines.
// A case is a list of "key value" lines, applied in order:
//
//   case      what the case shows (required, first)
//   strategy  default | six_step        (default: default; six_step is the test ladder
//                                        first, calls, sms, notice, bureau, court)
//   intake    the intake instant, ISO 8601 with offset (required, before any claim)
//   zone      the debtor's IANA time zone (default Europe/Ljubljana)
//   debtor    person | company
//   claim     <type> <amount> <currency> due <date> [reminder <date>]
//   notice_days N;  bureau allowed | not_allowed
//   outcome   <outcome> [<step>] <instant>  applied with advance; must be accepted
//   refused   <outcome> [<step>] <instant>  applied with advance; must be refused
//             outcomes: attempt_made <step>, moved_to_step <step>, agreement_made,
//             agreement_broken, notice_sent, paid, recalled
//   now       the instant next_action is asked at (required)
//   expect    <standing> [<channel> <step name> due <instant> [deadline <instant>]]
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "strategy/advance.hpp"
#include "strategy/default_strategy.hpp"
#include "strategy/next_action.hpp"
#include "strategy_test_support.hpp"

#ifndef DUECALL_STRATEGY_CASES_DIR
#error "tests/strategy/CMakeLists.txt defines DUECALL_STRATEGY_CASES_DIR"
#endif

namespace duecall::strategy {
namespace {

std::vector<std::string> words(const std::string& text) {
  std::istringstream stream(text);
  std::vector<std::string> out;
  for (std::string word; stream >> word;) out.push_back(word);
  return out;
}

struct TableCase {
  std::string where;
  std::string title;
  Strategy strategy = default_strategy();
  CaseState state;
  std::optional<Instant> now;
  std::vector<std::string> expected;
};

Result<Outcome> outcome_from(const std::vector<std::string>& parts) {
  if (parts.empty()) return Error::invalid_argument("no outcome");
  const std::string& name = parts[0];
  if ((name == "attempt_made" || name == "moved_to_step") && parts.size() == 3) {
    const std::size_t step = std::stoul(parts[1]);
    const Instant at = TRY(parse_iso8601(parts[2]));
    if (name == "attempt_made") return Outcome{AttemptMade{step, at}};
    return Outcome{MovedToStep{step, at}};
  }
  if (parts.size() != 2) return Error::invalid_argument("bad outcome line");
  const Instant at = TRY(parse_iso8601(parts[1]));
  if (name == "agreement_made") return Outcome{AgreementMade{at}};
  if (name == "agreement_broken") return Outcome{AgreementBroken{at}};
  if (name == "notice_sent") return Outcome{NoticeSent{at}};
  if (name == "paid") return Outcome{Paid{at}};
  if (name == "recalled") return Outcome{Recalled{at}};
  return Error::invalid_argument("unknown outcome " + name);
}

Result<ClaimFacts> claim_from(const std::vector<std::string>& parts) {
  if (parts.size() != 5 && parts.size() != 7) return Error::invalid_argument("bad claim line");
  const Currency currency = TRY(Currency::parse(parts[2]));
  ClaimFacts claim{parts[0], TRY(Money::parse(parts[1], currency)),
                   TRY(CivilDate::parse_iso(parts[4])), std::nullopt};
  if (parts.size() == 7) claim.reminder_sent_on = TRY(CivilDate::parse_iso(parts[6]));
  return claim;
}

// Applies one "key value" line; returns an error for a line it cannot read.
Status apply(TableCase& table_case, const std::string& key, const std::string& value) {
  const auto parts = words(value);
  CaseState& state = table_case.state;
  if (key == "case") {
    table_case.title = value;
  } else if (key == "strategy") {
    if (value == "six_step")
      table_case.strategy = testing::six_step_ladder();
    else if (value != "default")
      return Error::invalid_argument("unknown strategy " + value);
  } else if (key == "intake") {
    state.intake_at = TRY(parse_iso8601(value));
  } else if (key == "zone") {
    state.debtor_time_zone = value;
  } else if (key == "debtor") {
    state.debtor_kind = TRY(domain::parse_debtor_kind(value));
  } else if (key == "claim") {
    state.claims.push_back(TRY(claim_from(parts)));
  } else if (key == "notice_days") {
    state.bureau_notice_days = std::stoi(value);
  } else if (key == "bureau") {
    state.bureau_registration =
        value == "allowed" ? BureauRegistration::allowed : BureauRegistration::not_allowed;
  } else if (key == "outcome" || key == "refused") {
    const Outcome outcome = TRY(outcome_from(parts));
    auto next = advance(state, table_case.strategy, outcome);
    if (key == "outcome" && !next.ok()) {
      return Error::failed_precondition("outcome refused: " + next.error().message);
    }
    if (key == "refused" && next.ok()) return Error::failed_precondition("outcome was accepted");
    if (next.ok()) state = *next;
  } else if (key == "now") {
    table_case.now = TRY(parse_iso8601(value));
  } else if (key == "expect") {
    table_case.expected = parts;
  } else {
    return Error::invalid_argument("unknown key " + key);
  }
  return Ok{};
}

std::vector<std::string> describe(const NextAction& next) {
  std::vector<std::string> out = {std::string(standing_name(next.standing))};
  if (!next.has_action()) return out;
  out.insert(out.end(), {std::string(channel_name(next.action->channel)), next.action->step_name,
                         "due", format_iso8601(next.action->due_at)});
  if (next.action->deadline) {
    out.insert(out.end(), {"deadline", format_iso8601(*next.action->deadline)});
  }
  return out;
}

std::string joined(const std::vector<std::string>& parts) {
  std::string text;
  for (const auto& part : parts) text += (text.empty() ? "" : " ") + part;
  return text;
}

void check(const TableCase& table_case) {
  SCOPED_TRACE(table_case.where + " " + table_case.title);
  ASSERT_TRUE(table_case.now.has_value()) << "a case needs 'now'";
  ASSERT_FALSE(table_case.expected.empty()) << "a case needs 'expect'";
  auto next = next_action(table_case.state, table_case.strategy, *table_case.now);
  ASSERT_TRUE(next.ok()) << next.error().message;
  EXPECT_EQ(joined(describe(*next)), joined(table_case.expected)) << next->why;
}

// Reads and runs one file; each case is checked as soon as it ends.
int run_table(const std::filesystem::path& path) {
  std::ifstream file(path);
  std::optional<TableCase> current;
  int cases = 0;
  const auto finish = [&] {
    if (current) check(*current), ++cases;
    current.reset();
  };
  std::string line;
  for (int line_number = 1; std::getline(file, line); ++line_number) {
    const std::string where = path.filename().string() + ":" + std::to_string(line_number);
    if (line.starts_with("#")) continue;
    if (words(line).empty()) {
      finish();
      continue;
    }
    const auto space = line.find(' ');
    const std::string key = line.substr(0, space);
    const std::string value = space == std::string::npos ? "" : line.substr(space + 1);
    if (!current) current.emplace().where = where;
    Status applied = apply(*current, key, value);
    EXPECT_TRUE(applied.ok()) << where << ": '" << line << "': " << applied.error().message;
  }
  finish();
  return cases;
}

TEST(CaseTables, EveryCaseInEveryTableHolds) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(DUECALL_STRATEGY_CASES_DIR)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty()) << "no tables in " << DUECALL_STRATEGY_CASES_DIR;
  int cases = 0;
  for (const auto& path : files) cases += run_table(path);
  EXPECT_GT(cases, 0);
}

}  // namespace
}  // namespace duecall::strategy
