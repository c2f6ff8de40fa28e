// `duecall campaign create|list|start|pause|stop|status` end to end, once on SQLite and once
// on PostgreSQL: the commands, flags, JSON keys and exit statuses are a contract for scripts.
// A refused state change must say why and exit 2, changing nothing.
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
    "A-1,D-1,person,Ana Kos,,+386 40 123 456,,,,SI,telecom,EUR,100.00,5.00,2026-10-01,"
    "2026-10-20,\n";

class CampaignCliTest : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    expect_ok({"client", "add", "--code", "TEL", "--name", "Telekom", "--country", "SI",
               "--currency", "EUR"});
    expect_ok({"import", "claims", dir_.write("claims.csv", kClaims), "--client", "TEL"});
  }

  ProcessResult duecall(std::vector<std::string> arguments) {
    arguments.insert(arguments.begin(), {testing::duecall_binary(), "--db", db_spec()});
    return testing::run_process(arguments, {"DUECALL_NOW=2026-11-23T10:00:00Z"});
  }

  void expect_ok(std::vector<std::string> arguments) {
    auto result = duecall(arguments);
    ASSERT_EQ(result.exit_status, 0) << arguments[0] << " " << arguments[1] << ": " << result.err;
  }

  testing::TempDir dir_;
};

TEST_P(CampaignCliTest, CreatesRunsAndReportsACampaign) {
  auto created = duecall({"campaign", "create", "--name", "spring", "--client", "TEL", "--mode",
                          "progressive", "--abandon-cap", "2.5%", "--caller-id",
                          "+386 1 234 56 78"});
  ASSERT_EQ(created.exit_status, 0) << created.err;
  std::string id = created.out.substr(0, created.out.find('\n'));
  ASSERT_FALSE(id.empty());

  auto early_pause = duecall({"campaign", "pause", id});
  EXPECT_EQ(early_pause.exit_status, 2);
  EXPECT_NE(early_pause.err.find("created"), std::string::npos) << early_pause.err;

  expect_ok({"campaign", "start", "spring"});
  expect_ok({"campaign", "pause", id});
  expect_ok({"campaign", "start", id});

  auto status = duecall({"campaign", "status", "spring", "--json"});
  ASSERT_EQ(status.exit_status, 0) << status.err;
  json body = json::parse(status.out);
  for (const char* key : {"id", "name", "state", "mode", "abandon_cap", "abandon_rate_24h",
                          "abandon_rate_30d", "answered_24h", "abandoned_24h", "due_calls",
                          "not_contactable"}) {
    EXPECT_TRUE(body.contains(key)) << key;
  }
  EXPECT_EQ(body["state"], "running");
  EXPECT_EQ(body["mode"], "progressive");
  EXPECT_DOUBLE_EQ(body["abandon_cap"].get<double>(), 0.025);
  EXPECT_EQ(body["caller_id"], "+38612345678");
  EXPECT_TRUE(body["abandon_rate_24h"].is_null()) << "nothing answered yet";
  EXPECT_TRUE(body["not_contactable"].contains("reasons"));

  expect_ok({"campaign", "stop", "spring"});
  auto restart = duecall({"campaign", "start", "spring"});
  EXPECT_EQ(restart.exit_status, 2);
  EXPECT_NE(restart.err.find("stopped"), std::string::npos) << restart.err;

  auto listed = duecall({"campaign", "list", "--json"});
  ASSERT_EQ(listed.exit_status, 0) << listed.err;
  json campaigns = json::parse(listed.out);
  ASSERT_EQ(campaigns.size(), 1u);
  EXPECT_EQ(campaigns[0]["state"], "stopped");
  EXPECT_EQ(campaigns[0]["clients"], json::array({"TEL"}));
}

TEST_P(CampaignCliTest, RefusesBadCreationsWithExitTwo) {
  auto bad_mode = duecall({"campaign", "create", "--name", "x", "--client", "TEL", "--mode",
                           "blaster", "--caller-id", "+38612345678"});
  EXPECT_EQ(bad_mode.exit_status, 2);
  auto bad_caller = duecall({"campaign", "create", "--name", "x", "--client", "TEL", "--mode",
                             "preview", "--caller-id", "12345"});
  EXPECT_EQ(bad_caller.exit_status, 2);
  auto unknown = duecall({"campaign", "status", "nope"});
  EXPECT_EQ(unknown.exit_status, 2);
}

INSTANTIATE_STORE_TESTS(CampaignCliTest);

}  // namespace
}  // namespace duecall
