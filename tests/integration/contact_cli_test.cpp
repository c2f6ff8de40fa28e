// `duecall hold`, `dnc` and `contact` end to end, once on SQLite and once on PostgreSQL:
// the JSON that `contact check` prints and its exit statuses are a contract for scripts,
// so the tests read them exactly (rule names, next_allowed_at in UTC, null for "never").
// The clock is fixed at Monday 2026-11-23 10:00 UTC (11:00 in Ljubljana).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

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
    "A-1,D-1,person,Ana Kos,,+386 40 123 456,,,,SI,telecom,EUR,100.00,5.00,2026-11-01,,\n"
    "A-2,D-1,person,Ana Kos,,+386 40 123 456,,,,SI,telecom,EUR,50.00,,2026-11-02,,\n"
    "US-1,D-US,person,John Doe,,+1 201 555 0123,,,,US,telecom,EUR,90.00,,2026-11-02,,"
    "America/New_York\n";

class ContactCliTest : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto added = duecall({"client", "add", "--code", "TEL", "--name", "Telekom", "--country", "SI",
                          "--currency", "EUR"});
    ASSERT_EQ(added.exit_status, 0) << added.err;
    auto imported =
        duecall({"import", "claims", dir_.write("claims.csv", kClaims), "--client", "TEL"});
    ASSERT_EQ(imported.exit_status, 0) << imported.err;
  }

  ProcessResult duecall(std::vector<std::string> arguments) {
    arguments.insert(arguments.begin(), {testing::duecall_binary(), "--db", db_spec()});
    return testing::run_process(arguments, {"DUECALL_NOW=2026-11-23T10:00:00Z"});
  }

  // Runs `contact check --json` and returns its parsed answer, expecting exit status 0.
  json check(const std::string& claim, const std::string& at = "") {
    std::vector<std::string> arguments = {"contact", "check", "--client", "TEL",
                                          "--claim", claim,   "--json"};
    if (!at.empty()) arguments.insert(arguments.end(), {"--at", at});
    auto checked = duecall(arguments);
    EXPECT_EQ(checked.exit_status, 0) << checked.err;
    return json::parse(checked.out, nullptr, false);
  }

  static std::vector<std::string> rules(const json& answer) {
    std::vector<std::string> names;
    for (const auto& reason : answer["reasons"]) names.push_back(reason["rule"]);
    return names;
  }

  void expect_audit_intact() {
    auto audit = duecall({"audit", "verify", "--json"});
    EXPECT_EQ(audit.exit_status, 0) << audit.out;
    EXPECT_EQ(json::parse(audit.out)["intact"], true);
  }

  testing::TempDir dir_;
};

TEST_P(ContactCliTest, AHoldRefusesContactWithNoNextInstantUntilItIsRemoved) {
  json open = check("A-1");
  EXPECT_EQ(open, json({{"allowed", true},
                        {"reasons", json::array()},
                        {"next_allowed_at", "2026-11-23T10:00:00Z"}}));
  auto placed = duecall({"hold", "add", "--client", "TEL", "--claim", "A-1", "--kind", "dispute",
                         "--note", "disputes the fees"});
  ASSERT_EQ(placed.exit_status, 0) << placed.err;
  json held = check("A-1");
  EXPECT_EQ(held["allowed"], false);
  EXPECT_EQ(rules(held), std::vector<std::string>{"debt_is_disputed"});
  EXPECT_TRUE(held["reasons"][0]["detail"].is_string());
  EXPECT_TRUE(held["next_allowed_at"].is_null());

  auto twice = duecall({"hold", "add", "--client", "TEL", "--claim", "A-1", "--kind", "dispute"});
  EXPECT_EQ(twice.exit_status, 2);
  auto listed = duecall({"hold", "list", "--client", "TEL", "--debtor", "D-1", "--json"});
  ASSERT_EQ(listed.exit_status, 0) << listed.err;
  json holds = json::parse(listed.out);
  ASSERT_EQ(holds.size(), 1u);
  EXPECT_EQ(holds[0]["kind"], "dispute");
  EXPECT_EQ(holds[0]["claim"], "A-1");
  EXPECT_EQ(holds[0]["note"], "disputes the fees");
  EXPECT_EQ(holds[0]["standing"], true);

  auto removed =
      duecall({"hold", "remove", "--client", "TEL", "--claim", "A-1", "--kind", "dispute"});
  ASSERT_EQ(removed.exit_status, 0) << removed.err;
  EXPECT_EQ(check("A-1")["allowed"], true);
  auto text = duecall({"hold", "list", "--client", "TEL", "--claim", "A-1"});
  EXPECT_NE(text.out.find("dispute\tclaim A-1\t2026-11-23T10:00:00Z\tlifted 2026-11-23T10:00:00Z"),
            std::string::npos)
      << text.out;
  auto shown = duecall({"case", "show", "--client", "TEL", "A-1", "--json"});
  json timeline = json::parse(shown.out)["timeline"];
  EXPECT_EQ(timeline[2]["kind"], "hold_placed");
  EXPECT_EQ(timeline[3]["kind"], "hold_lifted");
  expect_audit_intact();
}

TEST_P(ContactCliTest, HoldCommandsExitTwoOnBadInput) {
  for (const auto& arguments : std::vector<std::vector<std::string>>{
           {"hold", "remove", "--client", "TEL", "--debtor", "D-1", "--kind", "lawyer"},
           {"hold", "add", "--client", "TEL", "--claim", "NOPE", "--kind", "dispute"},
           {"hold", "add", "--client", "TEL", "--claim", "A-1", "--kind", "holiday"},
           {"hold", "add", "--client", "TEL", "--kind", "dispute"},
           {"hold", "add", "--client", "TEL", "--claim", "A-1", "--debtor", "D-1", "--kind",
            "dispute"},
           {"hold", "list", "--client", "NOPE", "--debtor", "D-1"}}) {
    EXPECT_EQ(duecall(arguments).exit_status, 2) << arguments[1] << " " << arguments.back();
  }
}

TEST_P(ContactCliTest, EveryHoldKindRefusesUnderItsOwnRule) {
  const std::vector<std::pair<std::string, std::string>> kinds = {
      {"dispute", "debt_is_disputed"},
      {"cease", "debtor_asked_to_cease_contact"},
      {"deceased", "debtor_is_deceased"},
      {"insolvency", "debtor_is_insolvent"},
      {"lawyer", "debtor_is_represented_by_lawyer"}};
  for (const auto& [kind, rule] : kinds) {
    ASSERT_EQ(
        duecall({"hold", "add", "--client", "TEL", "--debtor", "D-1", "--kind", kind}).exit_status,
        0);
  }
  json answer = check("A-2");
  std::vector<std::string> expected;
  for (const auto& [kind, rule] : kinds) expected.push_back(rule);
  std::vector<std::string> got = rules(answer);
  std::sort(got.begin(), got.end());
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(got, expected);
  EXPECT_TRUE(answer["next_allowed_at"].is_null());
}

TEST_P(ContactCliTest, DncAddListAndRemoveAndTheCheckFollowsThem) {
  auto added = duecall({"dnc", "add", "040 123 456"});
  ASSERT_EQ(added.exit_status, 0) << added.err;
  EXPECT_NE(added.out.find("+38640123456"), std::string::npos);
  auto listed = duecall({"dnc", "list"});
  EXPECT_EQ(listed.out.substr(0, listed.out.find('\t')), "+38640123456");
  json refused = check("A-1");
  EXPECT_EQ(rules(refused), std::vector<std::string>{"number_is_on_do_not_call_list"});
  EXPECT_TRUE(refused["next_allowed_at"].is_null());
  EXPECT_EQ(duecall({"dnc", "add", "+38640123456"}).exit_status, 2);
  EXPECT_EQ(duecall({"dnc", "add", "not a number"}).exit_status, 2);

  ASSERT_EQ(duecall({"dnc", "remove", "+386 40 123 456"}).exit_status, 0);
  EXPECT_EQ(check("A-1")["allowed"], true);
  EXPECT_EQ(duecall({"dnc", "remove", "+38640123456"}).exit_status, 2);
  EXPECT_EQ(json::parse(duecall({"dnc", "list", "--json"}).out), json::array());
  json timeline =
      json::parse(duecall({"case", "show", "--client", "TEL", "D-1", "--json"}).out)["timeline"];
  EXPECT_EQ(timeline[timeline.size() - 2]["kind"], "do_not_call_added");
  EXPECT_EQ(timeline.back()["kind"], "do_not_call_removed");
  expect_audit_intact();
}

TEST_P(ContactCliTest, ContactCheckAnswersAtTheEdgesOfSlovenianCallingHours) {
  json early = check("A-1", "2026-11-23T07:59:59+01:00");
  EXPECT_EQ(early["allowed"], false);
  EXPECT_EQ(rules(early), std::vector<std::string>{"contact_outside_permitted_hours"});
  EXPECT_EQ(early["next_allowed_at"], "2026-11-23T07:00:00Z");
  EXPECT_EQ(check("A-1", "2026-11-23T08:00:00+01:00")["allowed"], true);
  EXPECT_EQ(check("A-1", "2026-11-23T18:59:59+01:00")["allowed"], true);
  json closing = check("A-1", "2026-11-23T19:00:00+01:00");
  EXPECT_EQ(rules(closing), std::vector<std::string>{"contact_outside_permitted_hours"});
  EXPECT_EQ(closing["next_allowed_at"], "2026-11-24T07:00:00Z");
  EXPECT_EQ(check("A-1", "2026-11-27T19:00:00+01:00")["next_allowed_at"], "2026-11-30T07:00:00Z");

  auto text = duecall({"contact", "check", "--client", "TEL", "--claim", "A-1", "--at",
                       "2026-11-23T19:00:00+01:00"});
  EXPECT_EQ(text.exit_status, 0);
  EXPECT_NE(text.out.find("contact_outside_permitted_hours: "), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("next allowed at 2026-11-24T07:00:00Z"), std::string::npos) << text.out;
}

TEST_P(ContactCliTest, LoggedCallsCountTowardsTheUsCapAndTheEighthIsRefused) {
  for (int hour = 13; hour < 20; ++hour) {
    auto logged = duecall({"contact", "log", "--client", "TEL", "--claim", "US-1", "--channel",
                           "call", "--result", "no_answer", "--at",
                           "2026-11-20T" + std::to_string(hour) + ":00:00Z"});
    ASSERT_EQ(logged.exit_status, 0) << logged.err;
    EXPECT_NE(logged.out.find("+12015550123"), std::string::npos) << logged.out;
  }
  json capped = check("US-1", "2026-11-23T15:00:00Z");
  EXPECT_EQ(capped["allowed"], false);
  EXPECT_EQ(rules(capped), std::vector<std::string>{"attempt_cap_reached"});
  EXPECT_EQ(capped["next_allowed_at"], "2026-11-27T13:00:00Z");
  json shown = json::parse(duecall({"case", "show", "--client", "TEL", "US-1", "--json"}).out);
  EXPECT_EQ(shown["timeline"].size(), 8u) << "the claim and seven attempts";
  EXPECT_EQ(shown["timeline"].back()["details"]["result"], "no_answer");
  expect_audit_intact();
}

TEST_P(ContactCliTest, ContactCommandsExitTwoOnErrorsAndZeroOnARefusal) {
  auto unknown = duecall({"contact", "check", "--client", "TEL", "--claim", "NOPE", "--json"});
  EXPECT_EQ(unknown.exit_status, 2);
  EXPECT_EQ(duecall({"contact", "check", "--client", "TEL", "--claim", "A-1", "--at", "yesterday"})
                .exit_status,
            2);
  EXPECT_EQ(duecall({"contact", "check", "--client", "TEL", "--claim", "A-1", "--channel", "fax"})
                .exit_status,
            2);
  EXPECT_EQ(duecall({"contact", "log", "--client", "TEL", "--claim", "A-1", "--channel", "call",
                     "--result", "hung_up"})
                .exit_status,
            2);
  EXPECT_EQ(duecall({"contact", "log", "--client", "TEL", "--claim", "A-1", "--result", "busy"})
                .exit_status,
            2)
      << "--channel is required";
  auto refused = duecall({"contact", "check", "--client", "TEL", "--claim", "A-1", "--at",
                          "2026-11-22T12:00:00Z", "--json"});
  EXPECT_EQ(refused.exit_status, 0) << "a Sunday is a refusal, not an error";
  EXPECT_EQ(json::parse(refused.out)["allowed"], false);
}

TEST_P(ContactCliTest, AUsDebtorWhoseAddressAndPhoneAreInDifferentZonesGetsTheIntersection) {
  // The address is in Los Angeles (Pacific); the phone's area code 201 is New Jersey's
  // (Eastern). Calls may be placed only when it is 08:00-21:00 in both: 16:00-02:00 UTC in
  // November, i.e. 11:00-21:00 in New Jersey and 08:00-18:00 in California.
  auto imported =
      duecall({"import", "claims",
               dir_.write("pacific.csv",
                          "client_ref,debtor_ref,debtor_type,name,phone,address,city,country,"
                          "claim_type,currency,principal,due_date\n"
                          "CA-1,D-CA,person,Carla Diaz,+1 201 555 0177,1 Main St,"
                          "\"Los Angeles, CA 90012\",US,telecom,EUR,40.00,2026-11-02\n"),
               "--client", "TEL"});
  ASSERT_EQ(imported.exit_status, 0) << imported.err;

  EXPECT_EQ(check("US-1", "2026-11-23T15:00:00Z")["allowed"], true)
      << "10:00 in New Jersey, where the other debtor lives";
  json morning = check("CA-1", "2026-11-23T15:00:00Z");
  EXPECT_EQ(morning["allowed"], false) << "07:00 in Los Angeles";
  EXPECT_EQ(rules(morning), std::vector<std::string>{"contact_outside_permitted_hours"});
  EXPECT_EQ(morning["next_allowed_at"], "2026-11-23T16:00:00Z");
  EXPECT_EQ(check("CA-1", "2026-11-23T16:00:00Z")["allowed"], true);
  EXPECT_EQ(check("CA-1", "2026-11-24T01:59:59Z")["allowed"], true);
  json evening = check("CA-1", "2026-11-24T02:00:00Z");
  EXPECT_EQ(evening["allowed"], false) << "21:00 in New Jersey";
  EXPECT_EQ(rules(evening), std::vector<std::string>{"contact_outside_permitted_hours"});
  EXPECT_EQ(evening["next_allowed_at"], "2026-11-24T16:00:00Z");
}

TEST_P(ContactCliTest, ClientAddRefusesAPolicyThatLoosensTheProfileAndKeepsOneThatNarrowsIt) {
  auto loose = duecall(
      {"client", "add", "--code", "LOO", "--name", "Loose", "--country", "SI", "--currency", "EUR",
       "--policy",
       dir_.write("loose.json", R"({"compliance": {"hours": {"monday": "07:00-19:00"}}})")});
  EXPECT_EQ(loose.exit_status, 2);
  EXPECT_NE(loose.err.find("$.compliance.hours.monday"), std::string::npos) << loose.err;

  auto narrow = duecall({"client", "add", "--code", "NAR", "--name", "Narrow", "--country", "SI",
                         "--currency", "EUR", "--policy",
                         dir_.write("narrow.json",
                                    R"({"compliance": {"hours": {"monday": "09:00-18:00"},
                                     "conversation_cooldown_days": 10}})")});
  ASSERT_EQ(narrow.exit_status, 0) << narrow.err;
  json clients = json::parse(duecall({"client", "list", "--json"}).out);
  ASSERT_EQ(clients.size(), 2u);
  json stored = clients[0]["code"] == "NAR" ? clients[0] : clients[1];
  EXPECT_EQ(stored["policy"]["compliance"],
            (json{{"hours", {{"monday", "09:00-18:00"}}}, {"conversation_cooldown_days", 10}}));
}

INSTANTIATE_STORE_TESTS(ContactCliTest);

}  // namespace
}  // namespace duecall
