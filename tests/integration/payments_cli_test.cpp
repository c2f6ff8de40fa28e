// `duecall payments import` end to end, once on SQLite and once on PostgreSQL: the --json
// keys are a contract for scripts, so the tests compare the whole answer; a statement
// imported twice posts nothing the second time; unmatched credits become to-do items; an
// unusable file exits 2 and posts nothing. The clock is fixed at 2026-11-23 10:00 UTC.
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
    "claim_type,currency,principal,interest,fees,due_date,reminder_sent_on\n"
    "INV-1,D-1,person,Ana Kovac,,,,,,SI,telecom,EUR,1000.00,200.00,34.50,2026-10-01,\n"
    "CLM1001,D-2,person,Janez Novak,,,,,,SI,telecom,EUR,10.00,,,2026-10-05,\n";

class PaymentsCliTest : public testing::StoreTest {
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

  json import_json(const std::string& file, std::vector<std::string> extra = {}) {
    std::vector<std::string> arguments = {"payments", "import", file, "--client", "TEL", "--json"};
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    auto imported = duecall(arguments);
    EXPECT_EQ(imported.exit_status, 0) << imported.err;
    return json::parse(imported.out, nullptr, false);
  }

  testing::TempDir dir_;
};

TEST_P(PaymentsCliTest, ImportingAStatementTwiceFindsOnlyDuplicatesTheSecondTime) {
  std::string statement = testing::source_dir() + "/tests/data/camt053-sample.xml";
  EXPECT_EQ(import_json(statement),
            json({{"entries", 3}, {"posted", 2}, {"duplicates", 0}, {"unmatched", 1}}));
  EXPECT_EQ(import_json(statement, {"--format", "camt053"}),
            json({{"entries", 3}, {"posted", 0}, {"duplicates", 3}, {"unmatched", 0}}));
  auto shown = duecall({"case", "show", "--client", "TEL", "INV-1", "--json"});
  ASSERT_EQ(shown.exit_status, 0) << shown.err;
  EXPECT_NE(shown.out.find("payment_posted"), std::string::npos);
  auto audit = duecall({"audit", "verify", "--json"});
  EXPECT_EQ(audit.exit_status, 0) << audit.out;
}

TEST_P(PaymentsCliTest, AnUnmatchedCreditBecomesAToDoItem) {
  std::string csv = dir_.write("bank.csv",
                               "entry_ref,booking_date,amount,currency,reference,payer\n"
                               "B-1,2026-11-20,12.00,EUR,who knows,\n");
  EXPECT_EQ(import_json(csv),
            json({{"entries", 1}, {"posted", 0}, {"duplicates", 0}, {"unmatched", 1}}));
  auto store = database().open();
  auto transaction = store->begin().value();
  auto items = transaction->open_todo_items("unmatched_payment").value();
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].amount->minor(), 1200);
  EXPECT_NE(items[0].payload.find("B-1"), std::string::npos);
}

TEST_P(PaymentsCliTest, AnUnusableFileExitsTwoAndPostsNothing) {
  std::string broken = dir_.write("broken.xml", "<Document><BkToCstmrStmt>");
  auto refused = duecall({"payments", "import", broken, "--format", "camt053", "--client", "TEL"});
  EXPECT_EQ(refused.exit_status, 2);
  auto missing =
      duecall({"payments", "import", (dir_.path() / "none.csv").string(), "--client", "TEL"});
  EXPECT_EQ(missing.exit_status, 2);
  auto bad_format = duecall({"payments", "import", broken, "--format", "mt940"});
  EXPECT_EQ(bad_format.exit_status, 2);
}

INSTANTIATE_STORE_TESTS(PaymentsCliTest);

}  // namespace
}  // namespace duecall
