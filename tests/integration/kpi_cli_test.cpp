// `duecall report kpi`, `target set|list` and `user set-team` end to end, once on SQLite
// and once on PostgreSQL: commands, flags, JSON keys and CSV columns are a contract for
// scripts. The scenario is small enough to count by hand:
//
//   TEL (EUR): A-1 and B-1 taken in on 2 November 2026 at 08:00Z (09:00 in Ljubljana).
//   calls: ana.op A-1 right party 08:30Z, ana.op B-1 no answer 12:30Z (13:30, late shift),
//          bor.op B-1 right party on the 3rd at 07:00Z; all first calls within 24 h.
//   agreements: ana.op promises 50.00 EUR on A-1 at 09:00Z on the 2nd.
//   targets: team north (ana.op) 2 calls and 1 agreement a day; client TEL 5 and 5.
//
// Contacts go in through the store, with the operator's login as their actor, as the
// contact log records an operator's calls.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app/contact_records.hpp"
#include "support/run_process.hpp"
#include "support/temp_dir.hpp"
#include "support/test_store.hpp"

namespace duecall {
namespace {

using nlohmann::json;
using testing::ProcessResult;

constexpr const char* kClaims =
    "client_ref,debtor_ref,debtor_type,name,national_id,phone,email,address,city,country,"
    "claim_type,currency,principal,fees,due_date,reminder_sent_on,time_zone\n"
    "A-1,D-1,person,Ana Kos,,+386 40 123 456,,,,SI,telecom,EUR,100.00,5.00,2026-10-01,"
    "2026-10-20,\n"
    "B-1,D-2,person,Bine Kos,,+386 41 222 333,,,,SI,telecom,EUR,70.00,,2026-10-02,2026-10-20,\n";

Instant at(const char* iso) {
  return parse_iso8601(iso).value();
}

class KpiCliTest : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    expect_ok({"client", "add", "--code", "TEL", "--name", "Telekom", "--country", "SI",
               "--currency", "EUR"});
    expect_ok({"import", "claims", dir_.write("claims.csv", kClaims), "--client", "TEL"},
              "2026-11-02T08:00:00Z");
    expect_ok({"user", "add", "--login", "ana.op", "--name", "Ana", "--role", "operator", "--team",
               "south"},
              "2026-11-02T08:00:00Z", "correct horse battery\n");
    expect_ok({"user", "add", "--login", "bor.op", "--name", "Bor", "--role", "operator"},
              "2026-11-02T08:00:00Z", "correct horse battery\n");
    expect_ok({"user", "set-team", "--login", "ana.op", "--team", "north"});
    expect_ok(
        {"target", "set", "--team", "north", "--calls-per-day", "2", "--agreements-per-day", "1"});
    expect_ok(
        {"target", "set", "--client", "TEL", "--calls-per-day", "5", "--agreements-per-day", "5"});
    call("A-1", compliance::ContactResult::right_party, "2026-11-02T08:30:00Z", "ana.op");
    call("B-1", compliance::ContactResult::no_answer, "2026-11-02T12:30:00Z", "ana.op");
    call("B-1", compliance::ContactResult::right_party, "2026-11-03T07:00:00Z", "bor.op");
    expect_ok({"agreement", "add", "--client", "TEL", "--claim", "A-1", "--operator", "ana.op",
               "--kind", "promise", "--amount", "50.00", "--date", "2026-11-20"},
              "2026-11-02T09:00:00Z");
  }

  ProcessResult duecall(std::vector<std::string> arguments,
                        const char* now = "2026-11-04T10:00:00Z", const std::string& input = "") {
    arguments.insert(arguments.begin(), {testing::duecall_binary(), "--db", db_spec()});
    return testing::run_process_with_input(arguments, input, {std::string("DUECALL_NOW=") + now});
  }

  void expect_ok(std::vector<std::string> arguments, const char* now = "2026-11-04T10:00:00Z",
                 const std::string& input = "") {
    auto result = duecall(arguments, now, input);
    ASSERT_EQ(result.exit_status, 0) << arguments[0] << " " << arguments[1] << ": " << result.err;
  }

  void call(const char* claim_ref, compliance::ContactResult result, const char* when,
            const char* login) {
    auto transaction = store().begin();
    ASSERT_TRUE(transaction.ok());
    auto client = (*transaction)->find_client("TEL");
    ASSERT_TRUE(client.ok() && client->has_value());
    auto claim = (*transaction)->find_claim((**client).id, claim_ref);
    ASSERT_TRUE(claim.ok() && claim->has_value());
    app::ContactRecord contact{.id = ContactId(),
                               .case_id = (**claim).case_id,
                               .claim_id = (**claim).id,
                               .channel = compliance::Channel::call,
                               .to_address = "",
                               .result = result,
                               .abandoned = false,
                               .occurred_at = at(when),
                               .actor = login};
    ASSERT_TRUE((*transaction)->insert_contact(contact).ok());
    ASSERT_TRUE((*transaction)->commit().ok());
  }

  json report_json(std::vector<std::string> extra) {
    std::vector<std::string> arguments = {"report", "kpi",        "--from", "2026-11-02",
                                          "--to",   "2026-11-03", "--json"};
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    auto result = duecall(arguments);
    EXPECT_EQ(result.exit_status, 0) << result.err;
    return json::parse(result.out, nullptr, false);
  }

  testing::TempDir dir_;
};

TEST_P(KpiCliTest, ReportsEachOperatorAgainstTheTeamTargetAsJson) {
  json report = report_json({"--by", "operator"});
  ASSERT_TRUE(report.is_object()) << report.dump();
  EXPECT_EQ(report["from"], "2026-11-02");
  EXPECT_EQ(report["to"], "2026-11-03");
  EXPECT_EQ(report["time_zone"], "Europe/Ljubljana");
  EXPECT_EQ(report["by"], "operator");
  EXPECT_EQ(report["client"], nullptr);
  ASSERT_EQ(report["rows"].size(), 2u) << report.dump(2);
  const json& ana = report["rows"][0];
  EXPECT_EQ(ana["operator"], "ana.op");
  EXPECT_EQ(ana["calls"], 2);
  EXPECT_EQ(ana["right_party_contacts"], 1);
  EXPECT_EQ(ana["rpc_rate_percent"], "50.00");
  EXPECT_EQ(ana["agreements"], 1);
  EXPECT_EQ(ana["promises"], 1);
  EXPECT_EQ(ana["instalment_agreements"], 0);
  EXPECT_EQ(ana["promised"], json::parse(R"([{"minor": 5000, "currency": "EUR"}])"));
  EXPECT_EQ(ana["kept_rate_percent"], nullptr);
  EXPECT_EQ(ana["collected"], json::array());
  EXPECT_EQ(ana["first_attempt_within_24h_percent"], nullptr);
  EXPECT_EQ(ana["working_days"], 1);
  EXPECT_EQ(ana["calls_per_day"], "2.00");
  EXPECT_EQ(ana["agreements_per_day"], "1.00");
  EXPECT_EQ(ana["target"], json::parse(R"({"scope": "team", "name": "north",
                                           "calls_per_day": 2, "agreements_per_day": 1})"));
  EXPECT_EQ(ana["calls_target_met"], true);
  EXPECT_EQ(ana["agreements_target_met"], true);
  const json& bor = report["rows"][1];
  EXPECT_EQ(bor["operator"], "bor.op");
  EXPECT_EQ(bor["calls"], 1);
  EXPECT_EQ(bor["target"], nullptr);
  EXPECT_EQ(bor["calls_target_met"], nullptr);
  const json& totals = report["totals"];
  EXPECT_EQ(totals["calls"], 3);
  EXPECT_EQ(totals["rpc_rate_percent"], "66.67");
  EXPECT_EQ(totals["cases_taken_in"], 2);
  EXPECT_EQ(totals["first_attempt_within_24h"], 2);
  EXPECT_EQ(totals["first_attempt_within_24h_percent"], "100.00");
}

TEST_P(KpiCliTest, AppliesTheClientTargetWhenReportingForThatClient) {
  json report = report_json({"--by", "operator", "--client", "TEL"});
  ASSERT_TRUE(report.is_object());
  EXPECT_EQ(report["client"], "TEL");
  const json& ana = report["rows"][0];
  EXPECT_EQ(ana["target"]["scope"], "client");
  EXPECT_EQ(ana["target"]["name"], "TEL");
  EXPECT_EQ(ana["calls_target_met"], false);
  EXPECT_EQ(ana["agreements_target_met"], false);
}

TEST_P(KpiCliTest, PrintsOneCsvRowPerShiftUnderAHeader) {
  auto result = duecall(
      {"report", "kpi", "--from", "2026-11-02", "--to", "2026-11-03", "--by", "shift", "--csv"});
  ASSERT_EQ(result.exit_status, 0) << result.err;
  EXPECT_EQ(result.out,
            "shift,calls,right_party_contacts,rpc_rate_percent,agreements,promises,"
            "instalment_agreements,promised_minor_EUR,kept,broken,kept_rate_percent,"
            "collected_minor_EUR,cases_taken_in,first_attempt_within_24h,"
            "first_attempt_within_24h_percent\r\n"
            "early,2,2,100.00,1,1,0,5000,0,0,,,,,\r\n"
            "late,1,0,0.00,0,0,0,0,0,0,,,,,\r\n");
}

TEST_P(KpiCliTest, PrintsCsvByOperatorWithTheTargetColumns) {
  auto result = duecall(
      {"report", "kpi", "--from", "2026-11-02", "--to", "2026-11-03", "--by", "operator", "--csv"});
  ASSERT_EQ(result.exit_status, 0) << result.err;
  auto first_line_end = result.out.find("\r\n");
  ASSERT_NE(first_line_end, std::string::npos);
  EXPECT_TRUE(result.out.substr(0, first_line_end)
                  .ends_with(",working_days,calls_per_day,agreements_per_day,target_scope,"
                             "target_name,target_calls_per_day,target_agreements_per_day,"
                             "calls_target_met,agreements_target_met"))
      << result.out;
  EXPECT_NE(result.out.find("\r\nana.op,2,1,50.00,1,1,0,5000,0,0,,0,,,,1,2.00,1.00,team,north,2,"
                            "1,true,true\r\n"),
            std::string::npos)
      << result.out;
}

TEST_P(KpiCliTest, ListsTargetsAndRefusesBadOnes) {
  auto listed = duecall({"target", "list", "--json"});
  ASSERT_EQ(listed.exit_status, 0) << listed.err;
  json targets = json::parse(listed.out, nullptr, false);
  ASSERT_TRUE(targets.is_array() && targets.size() == 2u) << listed.out;
  EXPECT_EQ(targets[0]["scope"], "client");
  EXPECT_EQ(targets[0]["name"], "TEL");
  EXPECT_EQ(targets[0]["calls_per_day"], 5);
  EXPECT_EQ(targets[1]["scope"], "team");
  EXPECT_EQ(targets[1]["name"], "north");
  EXPECT_EQ(targets[1]["agreements_per_day"], 1);
  EXPECT_EQ(targets[1]["set_at"], "2026-11-04T10:00:00Z");
  EXPECT_EQ(duecall({"target", "set", "--client", "NOPE", "--calls-per-day", "1",
                     "--agreements-per-day", "1"})
                .exit_status,
            2);
  EXPECT_EQ(
      duecall({"target", "set", "--calls-per-day", "1", "--agreements-per-day", "1"}).exit_status,
      2);
  EXPECT_EQ(duecall({"target", "set", "--team", "north", "--calls-per-day", "-1",
                     "--agreements-per-day", "1"})
                .exit_status,
            2);
  auto users = duecall({"user", "list", "--json"});
  json listed_users = json::parse(users.out, nullptr, false);
  ASSERT_TRUE(listed_users.is_array() && listed_users.size() == 2u) << users.out;
  EXPECT_EQ(listed_users[0]["team"], "north");
  EXPECT_EQ(listed_users[1]["team"], nullptr);
}

TEST_P(KpiCliTest, RefusesABadPeriodOrGrouping) {
  EXPECT_EQ(duecall({"report", "kpi", "--from", "2026-11-03", "--to", "2026-11-02", "--by", "day"})
                .exit_status,
            2);
  EXPECT_EQ(duecall({"report", "kpi", "--from", "2026-11-02", "--to", "2026-11-03", "--by", "team"})
                .exit_status,
            2);
  EXPECT_EQ(duecall({"report", "kpi", "--from", "2.11.2026", "--to", "2026-11-03", "--by", "day"})
                .exit_status,
            2);
  auto table =
      duecall({"report", "kpi", "--from", "2026-11-02", "--to", "2026-11-03", "--by", "day"});
  ASSERT_EQ(table.exit_status, 0) << table.err;
  EXPECT_NE(table.out.find("2026-11-02"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("total"), std::string::npos) << table.out;
}

INSTANTIATE_STORE_TESTS(KpiCliTest);

}  // namespace
}  // namespace duecall
