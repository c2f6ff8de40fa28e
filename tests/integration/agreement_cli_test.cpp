// `duecall agreement add|list|cancel` and `duecall approvals list|approve|reject` end to end,
// once on SQLite and once on PostgreSQL: commands, flags, JSON keys and state names are a
// contract for scripts. The client has the default policy (a single promise up to 30 days
// ahead); the clock is fixed at 2026-11-23 10:00 UTC (11:00 in Ljubljana).
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
    "B-1,D-2,person,Bine Kos,,+386 41 222 333,,,,SI,telecom,EUR,70.00,,2026-11-02,2026-11-20,\n";

class AgreementCliTest : public testing::StoreTest {
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
    for (auto [login, role] :
         {std::pair{"ana.op", "operator"}, std::pair{"sara.sup", "supervisor"}}) {
      auto user = duecall({"user", "add", "--login", login, "--name", "User", "--role", role},
                          "correct horse battery\n");
      ASSERT_EQ(user.exit_status, 0) << user.err;
    }
  }

  ProcessResult duecall(std::vector<std::string> arguments, const std::string& input = "") {
    arguments.insert(arguments.begin(), {testing::duecall_binary(), "--db", db_spec()});
    return testing::run_process_with_input(arguments, input, {"DUECALL_NOW=2026-11-23T10:00:00Z"});
  }

  ProcessResult add(std::vector<std::string> extra) {
    std::vector<std::string> arguments = {"agreement", "add",        "--client",
                                          "TEL",       "--operator", "ana.op"};
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    return duecall(arguments);
  }

  json list_json(std::vector<std::string> extra = {}) {
    std::vector<std::string> arguments = {"agreement", "list", "--client", "TEL", "--json"};
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    auto listed = duecall(arguments);
    EXPECT_EQ(listed.exit_status, 0) << listed.err;
    return json::parse(listed.out, nullptr, false);
  }

  testing::TempDir dir_;
};

TEST_P(AgreementCliTest, APromiseInsideTheFloorsIsListedActive) {
  auto added =
      add({"--claim", "A-1", "--kind", "promise", "--amount", "50.00", "--date", "2026-12-10"});
  ASSERT_EQ(added.exit_status, 0) << added.err;
  EXPECT_NE(added.out.find("active"), std::string::npos) << added.out;
  json listed = list_json({"--claim", "A-1"});
  ASSERT_TRUE(listed.is_array() && listed.size() == 1u) << listed.dump();
  const json& agreement = listed[0];
  EXPECT_EQ(agreement["state"], "active");
  EXPECT_EQ(agreement["kind"], "promise");
  EXPECT_EQ(agreement["client"], "TEL");
  EXPECT_EQ(agreement["claim"], "A-1");
  EXPECT_EQ(agreement["operator"], "ana.op");
  EXPECT_EQ(agreement["terms"]["amount"], "50.00");
  EXPECT_EQ(agreement["terms"]["date"], "2026-12-10");
  EXPECT_EQ(agreement["schedule"][0]["due_date"], "2026-12-10");
  EXPECT_EQ(agreement["schedule"][0]["amount"], "50.00");
  EXPECT_EQ(agreement["schedule"][0]["currency"], "EUR");
  EXPECT_TRUE(agreement["outside_floors"].empty());
  EXPECT_TRUE(list_json({"--claim", "B-1"}).empty());
}

TEST_P(AgreementCliTest, OutsideTheFloorsASupervisorApprovesOrRejects) {
  auto plan = add({"--claim", "A-1", "--kind", "plan", "--instalments", "3", "--first-date",
                   "2026-12-01", "--every", "month", "--amount", "105.00"});
  ASSERT_EQ(plan.exit_status, 0) << plan.err;
  EXPECT_NE(plan.out.find("pending_approval"), std::string::npos) << plan.out;
  auto late =
      add({"--claim", "B-1", "--kind", "promise", "--amount", "70.00", "--date", "2026-12-24"});
  ASSERT_EQ(late.exit_status, 0) << late.err;

  auto pending = duecall({"approvals", "list", "--json"});
  ASSERT_EQ(pending.exit_status, 0) << pending.err;
  json waiting = json::parse(pending.out);
  ASSERT_EQ(waiting.size(), 2u);
  EXPECT_EQ(waiting[0]["state"], "pending_approval");
  EXPECT_EQ(waiting[0]["schedule"].size(), 3u);
  EXPECT_EQ(waiting[0]["schedule"][2]["amount"], "35.00");
  EXPECT_EQ(waiting[0]["outside_floors"][0]["floor"], "more_instalments_than_allowed");
  const std::string plan_id = std::to_string(waiting[0]["id"].get<std::int64_t>());
  const std::string late_id = std::to_string(waiting[1]["id"].get<std::int64_t>());

  auto approved = duecall({"approvals", "approve", plan_id, "--by", "sara.sup"});
  ASSERT_EQ(approved.exit_status, 0) << approved.err;
  EXPECT_EQ(duecall({"approvals", "approve", plan_id}).exit_status, 2) << "no longer pending";
  EXPECT_EQ(duecall({"approvals", "approve", late_id, "--by", "ana.op"}).exit_status, 2)
      << "an operator cannot approve";
  EXPECT_EQ(duecall({"approvals", "reject", late_id}).exit_status, 2) << "a reason is required";
  auto rejected =
      duecall({"approvals", "reject", late_id, "--reason", "too late", "--by", "sara.sup"});
  ASSERT_EQ(rejected.exit_status, 0) << rejected.err;

  json all = list_json();
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0]["state"], "active");
  EXPECT_EQ(all[0]["decided_by"], "sara.sup");
  EXPECT_EQ(all[1]["state"], "cancelled");
  EXPECT_EQ(all[1]["decision_reason"], "too late");
  EXPECT_TRUE(json::parse(duecall({"approvals", "list", "--json"}).out).empty());
}

TEST_P(AgreementCliTest, CancellingEndsAnAgreementAndFreesTheClaim) {
  ASSERT_EQ(
      add({"--claim", "A-1", "--kind", "promise", "--amount", "50.00", "--date", "2026-12-10"})
          .exit_status,
      0);
  auto again =
      add({"--claim", "A-1", "--kind", "promise", "--amount", "20.00", "--date", "2026-12-11"});
  EXPECT_EQ(again.exit_status, 2);
  EXPECT_NE(again.err.find("cancel it first"), std::string::npos) << again.err;
  const std::string id = std::to_string(list_json()[0]["id"].get<std::int64_t>());
  EXPECT_EQ(duecall({"agreement", "cancel", id}).exit_status, 2) << "a reason is required";
  auto cancelled = duecall({"agreement", "cancel", id, "--reason", "debtor paid in full"});
  ASSERT_EQ(cancelled.exit_status, 0) << cancelled.err;
  EXPECT_EQ(list_json()[0]["state"], "cancelled");
  EXPECT_EQ(list_json()[0]["end_reason"], "debtor paid in full");
  EXPECT_EQ(
      add({"--claim", "A-1", "--kind", "promise", "--amount", "20.00", "--date", "2026-12-11"})
          .exit_status,
      0);
}

TEST_P(AgreementCliTest, EveryKindIsAcceptedWithItsOwnFlags) {
  auto settlement =
      add({"--claim", "A-1", "--kind", "settlement", "--amount", "80.00", "--date", "2026-12-01"});
  ASSERT_EQ(settlement.exit_status, 0) << settlement.err;
  auto extension = add({"--claim", "B-1", "--kind", "extension", "--date", "2026-12-20"});
  ASSERT_EQ(extension.exit_status, 0) << extension.err;
  json all = list_json();
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0]["outside_floors"][0]["floor"], "settlement_below_floor");
  EXPECT_EQ(all[1]["schedule"][0]["amount"], "70.00");
  EXPECT_EQ(all[1]["outside_floors"][0]["floor"], "extension_longer_than_allowed");
}

TEST_P(AgreementCliTest, BadInputExitsTwo) {
  EXPECT_EQ(add({"--claim", "Z-9", "--kind", "promise", "--amount", "5", "--date", "2026-12-01"})
                .exit_status,
            2);
  EXPECT_EQ(add({"--claim", "A-1", "--kind", "loan", "--amount", "5", "--date", "2026-12-01"})
                .exit_status,
            2);
  EXPECT_EQ(add({"--claim", "A-1", "--kind", "promise", "--amount", "five", "--date", "2026-12-01"})
                .exit_status,
            2);
  EXPECT_EQ(add({"--claim", "A-1", "--kind", "promise", "--date", "2026-12-01"}).exit_status, 2);
  auto unknown = duecall({"agreement", "add", "--client", "TEL", "--claim", "A-1", "--operator",
                          "nobody", "--kind", "promise", "--amount", "5", "--date", "2026-12-01"});
  EXPECT_EQ(unknown.exit_status, 2);
  EXPECT_TRUE(list_json().empty());
  auto help = duecall({"agreement", "add", "--help"});
  EXPECT_NE(help.out.find("--first-date"), std::string::npos);
  EXPECT_NE(help.out.find("--interest"), std::string::npos);
}

INSTANTIATE_STORE_TESTS(AgreementCliTest);

}  // namespace
}  // namespace duecall
