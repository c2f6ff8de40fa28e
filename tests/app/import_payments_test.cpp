// Payment posting end to end on both real stores: matching by claim reference, RF and SI12,
// allocation in the client's order with the oldest claim first, overpayments held,
// unmatched entries as to-do items, and idempotence by entry reference (a statement
// imported twice, a claim file re-imported after payments, two imports racing).
#include "app/import_payments.hpp"

#include <gtest/gtest.h>

#include <thread>

#include "adapters/clock/system_clock.hpp"
#include "app/case_file.hpp"
#include "app/clients.hpp"
#include "app/import_claims.hpp"
#include "support/run_process.hpp"
#include "support/temp_dir.hpp"
#include "support/test_store.hpp"

namespace duecall::app {
namespace {

// INV-1 is 1234.50 in all (fees 34.50, interest 200.00); D-5 has two claims, the older
// one (OLD-1) due first.
constexpr const char* kClaims =
    "client_ref,debtor_ref,debtor_type,name,national_id,phone,email,address,city,country,"
    "claim_type,currency,principal,interest,fees,due_date,reminder_sent_on\n"
    "INV-1,D-1,person,Ana Kovac,,,,,,SI,telecom,EUR,1000.00,200.00,34.50,2026-10-01,\n"
    "CLM1001,D-2,person,Janez Novak,,,,,,SI,telecom,EUR,10.00,,,2026-10-05,\n"
    "1001,D-3,person,Maja Horvat,,,,,,SI,telecom,EUR,30.00,,,2026-10-05,\n"
    "INV-2,D-4,person,Peter Kranjc,,,,,,SI,telecom,EUR,80.00,,5.00,2026-10-05,\n"
    "NEW-1,D-5,person,Eva Zupan,,,,,,SI,telecom,EUR,40.00,,,2026-10-20,\n"
    "OLD-1,D-5,person,Eva Zupan,,,,,,SI,telecom,EUR,60.00,,,2026-09-20,\n";

class ImportPaymentsTest : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(add_client(store(), clock_,
                           {.code = "TEL", .name = "Telekom", .country = "SI", .currency = "EUR"})
                    .ok());
    auto imported =
        import_claims(store(), clock_, kClaims, {.client_code = "TEL", .file_name = "claims.csv"});
    ASSERT_TRUE(imported.ok()) << imported.error().message;
    ASSERT_EQ(imported->rejected, 0);
  }

  Result<PaymentImportReport> post(Store& store, const std::string& bytes) {
    auto statement = TRY(read_bank_statement(bytes, guess_statement_format(bytes)));
    return import_payments(store, clock_, statement,
                           {.client_code = "TEL", .file_name = "statement", .actor = "test"});
  }
  Result<PaymentImportReport> post(const std::string& bytes) { return post(store(), bytes); }

  static std::string sample(const std::string& name) {
    return testing::read_file(testing::source_dir() + "/tests/data/" + name);
  }

  domain::Claim claim(const std::string& ref) {
    auto transaction = store().begin().value();
    return transaction->find_claim(find_client_id(*transaction), ref).value().value();
  }
  ClientId find_client_id(StoreTransaction& transaction) {
    return transaction.find_client("TEL").value()->id;
  }
  std::int64_t allocated_to(const std::string& ref) {
    ClaimId id = claim(ref).id;
    auto transaction = store().begin().value();
    std::int64_t sum = 0;
    for (const auto& row : transaction->allocations_to_claims({id}).value()) {
      sum += row.amount_minor;
    }
    return sum;
  }
  std::vector<TodoItemRecord> unmatched_items() {
    auto transaction = store().begin().value();
    return transaction->open_todo_items(kTodoUnmatchedPayment).value();
  }

  adapters::FixedClock clock_{parse_iso8601("2026-11-23T10:00:00Z").value()};
};

TEST_P(ImportPaymentsTest, PostsACamt053StatementByClaimReferenceAndRf) {
  auto report = post(sample("camt053-sample.xml"));
  ASSERT_TRUE(report.ok()) << report.error().message;
  EXPECT_EQ(report->entries, 3);
  EXPECT_EQ(report->posted, 2);
  EXPECT_EQ(report->unmatched, 1);
  EXPECT_EQ(report->duplicates, 0);
  EXPECT_EQ(report->debits_skipped, 1);
  EXPECT_EQ(claim("INV-1").status, domain::ClaimStatus::kPaid);  // 1234.5 pays it exactly
  EXPECT_EQ(allocated_to("INV-1"), 123450);
  EXPECT_EQ(claim("CLM1001").status, domain::ClaimStatus::kPaid);  // RF89CLM1001

  auto file = find_case_file(store(), "TEL", "INV-1").value();
  ASSERT_FALSE(file.timeline.empty());
  EXPECT_EQ(file.timeline.back().kind, "payment_posted");
  auto payload = nlohmann::json::parse(file.timeline.back().payload);
  EXPECT_EQ(payload["allocations"][0]["bucket"], "fees");
  EXPECT_EQ(payload["allocations"][0]["amount"], "34.50");

  auto items = unmatched_items();
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].amount, Money(9999, *Currency::parse("EUR")));
}

TEST_P(ImportPaymentsTest, ImportingAStatementTwicePostsNothingTwice) {
  ASSERT_TRUE(post(sample("camt053-sample.xml")).ok());
  auto again = post(sample("camt053-sample.xml"));
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_EQ(again->entries, 3);
  EXPECT_EQ(again->duplicates, 3);
  EXPECT_EQ(again->posted, 0);
  EXPECT_EQ(again->unmatched, 0);
  EXPECT_EQ(allocated_to("INV-1"), 123450);
  EXPECT_EQ(unmatched_items().size(), 1u);
}

TEST_P(ImportPaymentsTest, MatchesSi12AndLeavesThePartlyPaidClaimOpen) {
  auto report = post(sample("camt054-sample.xml"));
  ASSERT_TRUE(report.ok()) << report.error().message;
  EXPECT_EQ(report->posted, 1);
  EXPECT_EQ(claim("1001").status, domain::ClaimStatus::kOpen);
  EXPECT_EQ(allocated_to("1001"), 2000);
}

TEST_P(ImportPaymentsTest, HoldsAnOverpaymentOnThePayment) {
  auto report = post(sample("payments-sample.csv"));
  ASSERT_TRUE(report.ok()) << report.error().message;
  EXPECT_EQ(report->posted, 1);
  EXPECT_EQ(report->unmatched, 1);
  EXPECT_EQ(report->rejects.size(), 1u);
  EXPECT_EQ(claim("INV-2").status, domain::ClaimStatus::kPaid);
  auto transaction = store().begin().value();
  auto payment = transaction->find_payment("C-1").value();
  ASSERT_TRUE(payment.has_value());
  EXPECT_EQ(payment->held_minor, 1500);  // 100.00 paid on 85.00
  EXPECT_EQ(payment->outcome, PaymentOutcome::kPosted);
}

TEST_P(ImportPaymentsTest, PaysTheOldestClaimOfTheCaseFirstAndOneMinorUnitShortStaysOpen) {
  auto report = post(
      "entry_ref,booking_date,amount,currency,reference,payer\n"
      "P-1,2026-11-20,99.99,EUR,NEW-1,\n");
  ASSERT_TRUE(report.ok()) << report.error().message;
  EXPECT_EQ(claim("OLD-1").status, domain::ClaimStatus::kPaid);
  EXPECT_EQ(claim("NEW-1").status, domain::ClaimStatus::kOpen);
  EXPECT_EQ(allocated_to("NEW-1"), 3999);
}

TEST_P(ImportPaymentsTest, ReimportingTheClaimFileDoesNotUndoPayments) {
  ASSERT_TRUE(post(sample("camt053-sample.xml")).ok());
  auto again =
      import_claims(store(), clock_, kClaims, {.client_code = "TEL", .file_name = "claims.csv"});
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(claim("INV-1").status, domain::ClaimStatus::kPaid);
  // A later payment naming the paid claim finds nothing open and is held whole.
  ASSERT_TRUE(post("entry_ref,booking_date,amount,currency,reference,payer\n"
                   "P-2,2026-11-22,5.00,EUR,INV-1,\n")
                  .ok());
  auto transaction = store().begin().value();
  EXPECT_EQ(transaction->find_payment("P-2").value()->held_minor, 500);
}

TEST_P(ImportPaymentsTest, TwoImportsRacingPostEachEntryOnce) {
  std::string bytes = sample("camt053-sample.xml");
  auto other_store = database().open();
  Result<PaymentImportReport> first = Error::internal("not run");
  Result<PaymentImportReport> second = Error::internal("not run");
  std::thread racer([&] { second = post(*other_store, bytes); });
  first = post(bytes);
  racer.join();
  ASSERT_TRUE(first.ok()) << first.error().message;
  ASSERT_TRUE(second.ok()) << second.error().message;
  EXPECT_EQ(first->posted + second->posted, 2);
  EXPECT_EQ(first->duplicates + second->duplicates, 3);
  EXPECT_EQ(allocated_to("INV-1"), 123450);
}

INSTANTIATE_STORE_TESTS(ImportPaymentsTest);

}  // namespace
}  // namespace duecall::app
