// `duecall strategy set|show|run` end to end, once on SQLite and once on PostgreSQL: the
// flags, the JSON the commands print and their exit statuses are a contract for scripts.
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
    "A-1,D-1,person,Ana Kos,,+386 40 123 456,,,,SI,telecom,EUR,100.00,5.00,2026-11-01,"
    "2026-11-20,\n"
    "B-1,D-2,person,Bine Kos,,+386 41 222 333,,,,SI,telecom,EUR,70.00,,2026-11-02,2026-11-20,\n"
    "C-1,D-3,person,Cene Kos,,,,,,SI,telecom,EUR,80.00,,2026-11-02,2026-11-20,\n";

class StrategyCliTest : public testing::StoreTest {
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

  json run_json(std::vector<std::string> extra) {
    std::vector<std::string> arguments = {"strategy", "run", "--json"};
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    auto ran = duecall(arguments);
    EXPECT_EQ(ran.exit_status, 0) << ran.err;
    return json::parse(ran.out, nullptr, false);
  }

  testing::TempDir dir_;
};

TEST_P(StrategyCliTest, ShowPrintsTheStoredDocumentSoThatSetRoundTripsIt) {
  auto shown = duecall({"strategy", "show", "--client", "TEL"});
  ASSERT_EQ(shown.exit_status, 0) << shown.err;
  json document = json::parse(shown.out);
  EXPECT_EQ(document["version"], 1);
  EXPECT_EQ(document["strategy"], "si-default");

  document["segments"][2]["steps"][1]["attempts"] = 4;
  auto set = duecall({"strategy", "set", "--client", "TEL",
                      dir_.write("edited.json", document.dump(2)), "--json"});
  ASSERT_EQ(set.exit_status, 0) << set.err;
  json stored = json::parse(set.out);
  EXPECT_EQ(stored["client"], "TEL");
  EXPECT_EQ(stored["version"], 2);
  EXPECT_EQ(stored["sha256"].get<std::string>().size(), 64u);

  auto newest = duecall({"strategy", "show", "--client", "TEL", "--json"});
  ASSERT_EQ(newest.exit_status, 0) << newest.err;
  json meta = json::parse(newest.out);
  EXPECT_EQ(meta["version"], 2);
  EXPECT_EQ(meta["stored"], true);
  EXPECT_EQ(meta["created_by"], "cli");
  EXPECT_EQ(meta["document"]["segments"][2]["steps"][1]["attempts"], 4);
  auto first = duecall({"strategy", "show", "--client", "TEL", "--version", "1", "--json"});
  EXPECT_EQ(json::parse(first.out)["document"]["segments"][2]["steps"][1]["attempts"], 6);
}

TEST_P(StrategyCliTest, ABadDocumentIsRefusedWithItsJsonPathAndExitTwo) {
  auto shown = duecall({"strategy", "show", "--client", "TEL"});
  json document = json::parse(shown.out);
  document["segments"][0]["steps"][0]["atempts"] = 3;
  auto refused =
      duecall({"strategy", "set", "--client", "TEL", dir_.write("bad.json", document.dump())});
  EXPECT_EQ(refused.exit_status, 2);
  EXPECT_NE(refused.err.find("$.segments[0].steps[0]"), std::string::npos) << refused.err;
  EXPECT_EQ(duecall({"strategy", "show", "--client", "TEL", "--version", "2"}).exit_status, 2);
  EXPECT_EQ(duecall({"strategy", "show", "--client", "NOPE"}).exit_status, 2);
}

TEST_P(StrategyCliTest, RunReportsWhatIsDueAndWhyTheRestCannotBeContacted) {
  json dry = run_json({"--dry-run"});
  EXPECT_EQ(dry["dry_run"], true);
  EXPECT_EQ(dry["cases"], 3);
  EXPECT_EQ(dry["due_now"], 3);
  EXPECT_EQ(dry["contactable_now"], 2);
  EXPECT_EQ(dry["not_contactable_now"], 1);
  EXPECT_EQ(dry["no_contact_address"], 1) << "C-1's debtor has no phone";
  EXPECT_FALSE(dry.contains("run_id"));

  json real = run_json({});
  EXPECT_EQ(real["dry_run"], false);
  EXPECT_EQ(real["entered_ladder"], 3);
  EXPECT_EQ(real["actions_written"], 3);
  EXPECT_TRUE(real["run_id"].is_number());

  // Saturday noon in Ljubljana: the calls and the SMS wait for Monday.
  json weekend = run_json({"--at", "2026-11-28T11:00:00Z", "--dry-run"});
  EXPECT_EQ(weekend["contactable_now"], 0);
  EXPECT_EQ(weekend["not_contactable_by_rule"]["contact_outside_permitted_hours"], 2);

  auto text = duecall({"strategy", "run", "--at", "2026-11-28T11:00:00Z", "--dry-run"});
  ASSERT_EQ(text.exit_status, 0) << text.err;
  EXPECT_NE(text.out.find("3 of 3 not contactable now: 2 contact_outside_permitted_hours, 1 "
                          "no_contact_address"),
            std::string::npos)
      << text.out;

  auto shown = duecall({"case", "show", "--client", "TEL", "A-1", "--json"});
  ASSERT_EQ(shown.exit_status, 0) << shown.err;
  EXPECT_EQ(json::parse(shown.out)["case"]["stage"], "first_contact");
  auto audit = duecall({"audit", "verify", "--json"});
  EXPECT_EQ(audit.exit_status, 0) << audit.out;
}

TEST_P(StrategyCliTest, RunForAnUnknownClientExitsTwo) {
  auto ran = duecall({"strategy", "run", "--client", "NOPE"});
  EXPECT_EQ(ran.exit_status, 2);
  EXPECT_NE(ran.err.find("NOPE"), std::string::npos);
}

INSTANTIATE_STORE_TESTS(StrategyCliTest);

}  // namespace
}  // namespace duecall
