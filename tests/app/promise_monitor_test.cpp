// The promise monitor on both real stores, as it runs inside the strategy run: a promise
// paid within its grace days is kept, one a minor unit short or paid after its deadline is
// broken, the deadline is the end of the last grace day in the client's time zone, a broken
// promise gives its operator a to-do item and resumes the ladder, a kept settlement settles
// its claim, a dry run judges without writing, and the to-do list's approvals and
// completions behave.
//
// The client has the default policy (a single promise up to 30 days ahead, 3 grace days,
// no settlement discount). Agreements are made on 2026-11-23 at 11:00 in Ljubljana.
#include <gtest/gtest.h>

#include <algorithm>

#include "adapters/clock/system_clock.hpp"
#include "app/agreements.hpp"
#include "app/audit.hpp"
#include "app/bank_statement.hpp"
#include "app/case_file.hpp"
#include "app/clients.hpp"
#include "app/import_claims.hpp"
#include "app/import_payments.hpp"
#include "app/strategy_run.hpp"
#include "app/todo_list.hpp"
#include "support/test_store.hpp"

namespace duecall::app {
namespace {

using domain::AgreementKind;
using domain::AgreementState;

constexpr const char* kClaims =
    "client_ref,debtor_ref,debtor_type,name,national_id,phone,email,address,city,country,"
    "claim_type,currency,principal,fees,due_date,reminder_sent_on,time_zone\n"
    "A-1,D-1,person,Ana Kos,,+386 40 123 456,,Glavna 1,Kranj,SI,telecom,EUR,100.00,5.00,"
    "2026-11-01,2026-11-20,\n"
    "B-1,D-2,person,Bine Kos,,+386 41 222 333,,Glavna 2,Kranj,SI,telecom,EUR,70.00,,2026-11-02,"
    "2026-11-20,\n";

Instant at(const char* iso) {
  return parse_iso8601(iso).value();
}

class PromiseMonitorTest : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(add_client(store(), clock_,
                           {.code = "TEL", .name = "Telekom", .country = "SI", .currency = "EUR"})
                    .ok());
    auto report =
        import_claims(store(), clock_, kClaims, {.client_code = "TEL", .file_name = "c.csv"});
    ASSERT_TRUE(report.ok() && report->rejected == 0);
    auto transaction = store().begin();
    ASSERT_TRUE(transaction.ok());
    for (auto [login, role] : {std::pair{"ana.op", domain::Role::kOperator},
                               std::pair{"sara.sup", domain::Role::kSupervisor}}) {
      domain::User user{.login = login, .name = "User", .role = role, .created_at = clock_.now()};
      ASSERT_TRUE((*transaction)->insert_user(user, "$argon2id$x").ok());
    }
    ASSERT_TRUE((*transaction)->commit().ok());
    run("2026-11-23T09:00:00Z");
  }

  ListedAgreement promise(const char* claim, const char* amount, const char* date) {
    auto added = add_agreement(
        store(), clock_,
        {.client_code = "TEL",
         .claim_ref = claim,
         .operator_login = "ana.op",
         .request = {.kind = AgreementKind::kPromise, .amount = amount, .date = date}});
    EXPECT_TRUE(added.ok()) << added.error().message;
    return *added;
  }

  // A bank CSV line paying `claim`, booked (and valued) on `day`, imported at `when`.
  void pay(const char* entry, const char* day, const char* amount, const char* claim,
           const char* when) {
    std::string csv = std::string("entry_ref,booking_date,amount,currency,reference,payer\n") +
                      entry + "," + day + "," + amount + ",EUR," + claim + ",Ana Kos\n";
    auto statement = read_bank_statement(csv, StatementFormat::kCsv);
    ASSERT_TRUE(statement.ok()) << statement.error().message;
    adapters::FixedClock clock(at(when));
    auto posted = import_payments(store(), clock, *statement,
                                  {.client_code = "TEL", .file_name = "s.csv", .actor = "test"});
    ASSERT_TRUE(posted.ok()) << posted.error().message;
    ASSERT_EQ(posted->posted, 1);
  }

  StrategyRunReport run(const char* when, bool dry_run = false) {
    adapters::FixedClock clock(at(when));
    auto report = run_strategy(store(), clock,
                               {.client_code = "TEL", .at = at(when), .dry_run = dry_run});
    EXPECT_TRUE(report.ok()) << report.error().message;
    if (!report.ok()) return {};
    EXPECT_EQ(report->errors, 0);
    return *report;
  }

  AgreementState state_of(AgreementId id) {
    auto transaction = store().begin().value();
    return transaction->find_agreement(id).value()->state;
  }

  CaseFile file_of(const char* claim) {
    auto file = find_case_file(store(), "TEL", claim);
    EXPECT_TRUE(file.ok());
    return *file;
  }

  std::vector<std::string> timeline_kinds(const char* claim) {
    std::vector<std::string> kinds;
    for (const auto& event : file_of(claim).timeline) kinds.push_back(event.kind);
    return kinds;
  }

  std::vector<ListedTodoItem> todo(std::optional<std::string> login = std::nullopt) {
    auto items = list_todo(store(), {.operator_login = std::move(login)});
    EXPECT_TRUE(items.ok()) << items.error().message;
    return items.ok() ? *items : std::vector<ListedTodoItem>{};
  }

  adapters::FixedClock clock_{at("2026-11-23T10:00:00Z")};
};

TEST_P(PromiseMonitorTest, APromisePaidOnTheLastGraceDayIsKept) {
  auto made = promise("A-1", "50.00", "2026-12-10");
  pay("E-1", "2026-12-13", "50.00", "A-1", "2026-12-14T08:00:00Z");
  auto report = run("2026-12-14T09:00:00Z");
  EXPECT_EQ(report.agreements_kept, 1);
  EXPECT_EQ(report.agreements_broken, 0);
  EXPECT_EQ(state_of(made.agreement.id), AgreementState::kKept);
  auto kinds = timeline_kinds("A-1");
  EXPECT_EQ(std::count(kinds.begin(), kinds.end(), "agreement_kept"), 1);
  EXPECT_TRUE(todo().empty());
  EXPECT_NE(file_of("A-1").collection_case.stage, "paused") << "the ladder goes on for the rest";
  EXPECT_EQ(run("2026-12-14T10:00:00Z").agreements_kept, 0) << "judged once";
}

TEST_P(PromiseMonitorTest, OneMinorUnitShortBreaksThePromiseGivesATodoAndResumesTheLadder) {
  auto made = promise("A-1", "50.00", "2026-12-10");
  pay("E-1", "2026-12-09", "49.99", "A-1", "2026-12-09T12:00:00Z");
  run("2026-12-09T13:00:00Z");
  EXPECT_EQ(state_of(made.agreement.id), AgreementState::kActive);
  EXPECT_EQ(file_of("A-1").collection_case.stage, "paused");

  auto report = run("2026-12-14T09:00:00Z");
  EXPECT_EQ(report.agreements_broken, 1);
  EXPECT_EQ(state_of(made.agreement.id), AgreementState::kBroken);
  auto items = todo("ana.op");
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].item.kind, "broken_agreement");
  EXPECT_EQ(items[0].item.claim_ref, "A-1");
  EXPECT_EQ(items[0].client_code, "TEL");
  ASSERT_TRUE(items[0].item.amount.has_value());
  EXPECT_EQ(items[0].item.amount->minor(), 1);
  EXPECT_TRUE(todo("sara.sup").empty()) << "the item is the operator's who made the promise";
  EXPECT_NE(file_of("A-1").collection_case.stage, "paused");
  const CaseId case_id = file_of("A-1").collection_case.id;
  auto transaction = store().begin().value();
  EXPECT_TRUE(transaction->find_due_action(case_id).value().has_value())
      << "the ladder resumed in the same run";
}

TEST_P(PromiseMonitorTest, TheDeadlineIsTheEndOfTheLastGraceDayInTheClientsZone) {
  auto made = promise("A-1", "50.00", "2026-12-10");
  // 2026-12-13 23:30 in Ljubljana: still the last grace day.
  EXPECT_EQ(run("2026-12-13T22:30:00Z").agreements_broken, 0);
  EXPECT_EQ(state_of(made.agreement.id), AgreementState::kActive);
  // 00:30 on the 14th there.
  EXPECT_EQ(run("2026-12-13T23:30:00Z").agreements_broken, 1);
  EXPECT_EQ(state_of(made.agreement.id), AgreementState::kBroken);
}

TEST_P(PromiseMonitorTest, APaymentAfterTheDeadlineDoesNotMendThePromise) {
  auto made = promise("A-1", "50.00", "2026-12-10");
  pay("E-1", "2026-12-14", "50.00", "A-1", "2026-12-14T12:00:00Z");
  EXPECT_EQ(run("2026-12-15T09:00:00Z").agreements_broken, 1);
  EXPECT_EQ(state_of(made.agreement.id), AgreementState::kBroken);
}

TEST_P(PromiseMonitorTest, PaymentsImportedBeforeThePromiseDoNotCountTowardsIt) {
  pay("E-0", "2026-11-22", "20.00", "A-1", "2026-11-23T08:00:00Z");
  auto made = promise("A-1", "50.00", "2026-12-10");
  pay("E-1", "2026-12-01", "30.00", "A-1", "2026-12-01T08:00:00Z");
  EXPECT_EQ(run("2026-12-14T09:00:00Z").agreements_broken, 1);
  EXPECT_EQ(state_of(made.agreement.id), AgreementState::kBroken);
}

TEST_P(PromiseMonitorTest, ADryRunJudgesWithoutWriting) {
  auto made = promise("A-1", "50.00", "2026-12-10");
  auto report = run("2026-12-14T09:00:00Z", /*dry_run=*/true);
  EXPECT_EQ(report.agreements_broken, 1);
  EXPECT_EQ(state_of(made.agreement.id), AgreementState::kActive);
  EXPECT_TRUE(todo().empty());
}

TEST_P(PromiseMonitorTest, AKeptSettlementSettlesItsClaimAndWaivesTheRest) {
  // 90.00 of 105.00 is below the default floor (no discount): it waits for approval.
  auto added = add_agreement(store(), clock_,
                             {.client_code = "TEL",
                              .claim_ref = "A-1",
                              .operator_login = "ana.op",
                              .request = {.kind = AgreementKind::kSettlement,
                                          .amount = "90.00",
                                          .date = "2026-12-05"}});
  ASSERT_TRUE(added.ok()) << added.error().message;
  ASSERT_EQ(added->agreement.state, AgreementState::kPendingApproval);
  auto items = todo();
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].item.kind, "approval");
  EXPECT_EQ(items[0].item.amount->minor(), 9000);
  auto refused = complete_todo(store(), clock_, {.id = items[0].item.id, .outcome = "ok"});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kFailedPrecondition);
  ASSERT_TRUE(approve_agreement(store(), clock_,
                                {.id = added->agreement.id, .actor = "sara.sup", .actor_is_user = true})
                  .ok());
  EXPECT_TRUE(todo().empty()) << "deciding the agreement is the approval item's end";

  pay("E-1", "2026-12-04", "90.00", "A-1", "2026-12-04T12:00:00Z");
  EXPECT_EQ(run("2026-12-04T13:00:00Z").agreements_kept, 1);
  CaseFile file = file_of("A-1");
  ASSERT_EQ(file.claims.size(), 1u);
  EXPECT_EQ(file.claims[0].status, domain::ClaimStatus::kPaid);
  EXPECT_EQ(file.collection_case.status, domain::CaseStatus::kClosed);
  auto audit = verify_audit(store());
  ASSERT_TRUE(audit.ok());
  EXPECT_FALSE(audit->first_broken.has_value());
}

TEST_P(PromiseMonitorTest, ATodoItemIsDoneOnceWithItsOutcomeOnTheTimeline) {
  promise("A-1", "50.00", "2026-12-10");
  run("2026-12-14T09:00:00Z");
  auto items = todo("ana.op");
  ASSERT_EQ(items.size(), 1u);
  auto done = complete_todo(store(), clock_,
                            {.id = items[0].item.id,
                             .outcome = "called, new promise for Friday",
                             .actor = "ana.op",
                             .actor_is_user = true});
  ASSERT_TRUE(done.ok()) << done.error().message;
  EXPECT_TRUE(todo("ana.op").empty());
  auto all = list_todo(store(), {.include_done = true});
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 1u);
  EXPECT_EQ(all->front().item.done_outcome, "called, new promise for Friday");
  auto again = complete_todo(store(), clock_, {.id = items[0].item.id, .outcome = "again"});
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_FALSE(complete_todo(store(), clock_, {.id = items[0].item.id, .outcome = "  "}).ok());
  EXPECT_EQ(complete_todo(store(), clock_, {.id = TodoId(9999), .outcome = "x"}).error().code,
            ErrorCode::kNotFound);
  EXPECT_EQ(list_todo(store(), {.operator_login = "nobody"}).error().code, ErrorCode::kNotFound);
  auto kinds = timeline_kinds("A-1");
  EXPECT_EQ(std::count(kinds.begin(), kinds.end(), "todo_done"), 1);
}

INSTANTIATE_STORE_TESTS(PromiseMonitorTest);

}  // namespace
}  // namespace duecall::app
