// The operators' work queue on both real stores: due calls from the strategy run handed
// out best rank first under a lease, never to two operators at once, returned when the
// lease expires, held back when the gate refuses at the moment of handing out, and
// completed by the contact that works them.
//
// 2026-11-23 is a Monday; Ljubljana is on CET (UTC+1). Intake happens at 10:00 UTC.
#include "app/work_queue.hpp"

#include <gtest/gtest.h>

#include "adapters/clock/system_clock.hpp"
#include "app/clients.hpp"
#include "app/contact_log.hpp"
#include "app/import_claims.hpp"
#include "app/strategy_run.hpp"
#include "users_test_support.hpp"

namespace duecall::app {
namespace {

// L-1 was placed 53 days past due (late_placement: the first contact is an agent's call
// within 24 hours); the others are standard or small cases whose first contact is the IVR,
// and whose reminder calls run from 2026-11-24 (reminder 2026-11-20 + 4 days).
constexpr const char* kClaims =
    "client_ref,debtor_ref,debtor_type,name,national_id,phone,email,address,city,country,"
    "claim_type,currency,principal,fees,due_date,reminder_sent_on,time_zone\n"
    "A-1,D-1,person,Ana Kos,,+386 40 123 456,,Glavna 1,Kranj,SI,telecom,EUR,100.00,5.00,"
    "2026-11-01,2026-11-20,\n"
    "A-2,D-1,person,Ana Kos,,+386 40 123 456,,Glavna 1,Kranj,SI,telecom,EUR,50.00,,2026-11-02,"
    "2026-11-20,\n"
    "B-1,D-2,person,Bine Kos,,+386 41 222 333,,Glavna 2,Kranj,SI,telecom,EUR,70.00,,2026-11-02,"
    "2026-11-20,\n"
    "C-1,D-3,person,Cene Kos,,+386 31 444 555,,Glavna 3,Kranj,SI,telecom,EUR,20.00,,2026-11-02,"
    "2026-11-20,\n"
    "L-1,D-4,person,Lea Kos,,+386 51 666 777,,Glavna 4,Kranj,SI,telecom,EUR,100.00,,2026-10-01,"
    ",\n";

Instant at(const char* iso) {
  return parse_iso8601(iso).value();
}

class WorkQueueTest : public UsersFixture {
 protected:
  void SetUp() override {
    UsersFixture::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(add_client(store(), clock_,
                           {.code = "TEL", .name = "Telekom", .country = "SI", .currency = "EUR"})
                    .ok());
    auto report = import_claims(store(), clock_, kClaims, {.client_code = "TEL", .file_name = "q.csv"});
    ASSERT_TRUE(report.ok()) << report.error().message;
    ASSERT_EQ(report->rejected, 0);
    for (const char* login : {"ana", "bine", "cene", "dora", "eva"}) {
      ASSERT_TRUE(add({.login = login, .name = login, .role = "operator"}, "a long enough password")
                      .ok());
    }
    ASSERT_TRUE(add({.login = "sara", .name = "Sara", .role = "supervisor"}, "a long enough password").ok());
    ASSERT_TRUE(add({.login = "audrey", .name = "Audrey", .role = "auditor"}, "a long enough password").ok());
  }

  void run_at(const char* when) {
    adapters::FixedClock clock(at(when));
    auto report = run_strategy(store(), clock, {.client_code = "TEL"});
    ASSERT_TRUE(report.ok()) << report.error().message;
    ASSERT_EQ(report->errors, 0);
  }

  std::optional<WorkItem> next(const char* login, const char* when) {
    adapters::FixedClock clock(at(when));
    auto item = next_work_item(store(), clock, {.operator_login = login});
    EXPECT_TRUE(item.ok()) << item.error().message;
    return item.ok() ? *item : std::nullopt;
  }

  static std::string first_claim(const std::optional<WorkItem>& item) {
    return item && !item->open_claims.empty() ? item->open_claims.front().client_ref : "";
  }
};

TEST_P(WorkQueueTest, AFirstContactCallGoesOutFirstAndToOneOperatorOnly) {
  run_at("2026-11-23T11:00:00Z");
  auto ana = next("ana", "2026-11-23T11:01:00Z");
  ASSERT_TRUE(ana.has_value());
  EXPECT_EQ(first_claim(ana), "L-1");
  EXPECT_EQ(ana->action.rank_tier, 0);
  EXPECT_EQ(ana->action.step_name, "first_contact");
  EXPECT_EQ(ana->action.lease_owner, "ana");
  EXPECT_EQ(ana->action.lease_until, at("2026-11-23T11:11:00Z"));
  EXPECT_TRUE(ana->gate.allowed);
  EXPECT_EQ(ana->total_due.minor(), 100'00);
  EXPECT_FALSE(next("bine", "2026-11-23T11:02:00Z").has_value())
      << "the only due call is Ana's while her lease runs (the rest are IVR reminders)";

  auto stats = queue_stats(store(), adapters::FixedClock(at("2026-11-23T11:02:00Z")), std::nullopt);
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->due, 1);
  EXPECT_EQ(stats->leased, 1);
  EXPECT_EQ(stats->ready, 0);
}

TEST_P(WorkQueueTest, AnExpiredLeaseReturnsTheCaseAndAReleaseReturnsItAtOnce) {
  run_at("2026-11-23T11:00:00Z");
  ASSERT_TRUE(next("ana", "2026-11-23T11:01:00Z").has_value());
  EXPECT_FALSE(next("bine", "2026-11-23T11:10:59Z").has_value());
  auto bine = next("bine", "2026-11-23T11:11:00Z");
  ASSERT_TRUE(bine.has_value()) << "Ana's lease ended at 11:11";
  EXPECT_EQ(first_claim(bine), "L-1");

  auto released = release_work_item(store(), "bine", "TEL", "L-1");
  ASSERT_TRUE(released.ok());
  EXPECT_TRUE(*released);
  EXPECT_FALSE(*release_work_item(store(), "bine", "TEL", "L-1")) << "nothing left to release";
  EXPECT_EQ(first_claim(next("cene", "2026-11-23T11:12:00Z")), "L-1");
}

TEST_P(WorkQueueTest, CallsGoOutByExpectedValueEachToOneOperator) {
  run_at("2026-11-24T11:00:00Z");
  // A: 155.00 x 60 % = 93.00; L: 100.00 x 45 % (54 days) = 45.00; B: 70.00 x 60 % = 42.00;
  // C: 20.00 x 60 % = 12.00.
  std::vector<std::string> order;
  for (const char* login : {"ana", "bine", "cene", "dora"}) {
    auto item = next(login, "2026-11-24T11:05:00Z");
    ASSERT_TRUE(item.has_value()) << login;
    EXPECT_EQ(item->action.rank_tier, 3);
    order.push_back(first_claim(item));
  }
  EXPECT_EQ(order, (std::vector<std::string>{"A-1", "L-1", "B-1", "C-1"}));
  EXPECT_FALSE(next("eva", "2026-11-24T11:05:00Z").has_value());
}

TEST_P(WorkQueueTest, TheGateIsAskedAgainWhenACallIsHandedOut) {
  run_at("2026-11-24T11:00:00Z");
  // 18:30 UTC is 19:30 in Ljubljana: the run allowed these calls, the hour no longer does.
  EXPECT_FALSE(next("ana", "2026-11-24T18:30:00Z").has_value());
  auto transaction = store().begin();
  ASSERT_TRUE(transaction.ok());
  auto candidates = (*transaction)->queue_candidates(std::nullopt, at("2026-11-24T18:31:00Z"), 10);
  ASSERT_TRUE(candidates.ok());
  EXPECT_TRUE(candidates->empty()) << "each refused call records when it opens (08:00)";
  ASSERT_TRUE((*transaction)->commit().ok());
  EXPECT_TRUE(next("ana", "2026-11-25T07:00:00Z").has_value()) << "08:00 in Ljubljana";
}

TEST_P(WorkQueueTest, TheContactThatWorksACallCompletesItsDueAction) {
  run_at("2026-11-23T11:00:00Z");
  auto item = next("ana", "2026-11-23T11:01:00Z");
  ASSERT_TRUE(item.has_value());
  adapters::FixedClock clock(at("2026-11-23T11:03:00Z"));
  ASSERT_TRUE(log_contact(store(), clock,
                          {.client_code = "TEL",
                           .claim_ref = "L-1",
                           .channel = compliance::Channel::call,
                           .result = compliance::ContactResult::no_answer,
                           .actor = "ana"})
                  .ok());
  auto transaction = store().begin();
  ASSERT_TRUE(transaction.ok());
  auto due = (*transaction)->find_due_action(item->action.case_id);
  ASSERT_TRUE(due.ok());
  EXPECT_FALSE(due->has_value());
  ASSERT_TRUE((*transaction)->commit().ok());

  run_at("2026-11-23T11:04:00Z");
  auto again = next("bine", "2026-11-23T15:10:00Z");
  ASSERT_TRUE(again.has_value()) << "the second attempt, 4 hours after the first";
  EXPECT_EQ(again->action.attempt_number, 2);
  EXPECT_EQ(again->action.rank_tier, 3) << "a first attempt was made";
}

TEST_P(WorkQueueTest, ACallbackTheDebtorAskedForRanksAboveExpectedValueOnceItsTimeHasCome) {
  run_at("2026-11-23T11:00:00Z");
  adapters::FixedClock clock(at("2026-11-23T11:03:00Z"));
  auto logged = log_contact(store(), clock,
                            {.client_code = "TEL",
                             .claim_ref = "L-1",
                             .channel = compliance::Channel::call,
                             .result = compliance::ContactResult::right_party,
                             .actor = "ana",
                             .outcome = domain::ContactOutcome::kCallback,
                             .callback_at = at("2026-11-23T16:00:00Z")});
  ASSERT_TRUE(logged.ok()) << logged.error().message;

  run_at("2026-11-23T15:30:00Z");
  auto early = next("bine", "2026-11-23T15:31:00Z");
  ASSERT_TRUE(early.has_value());
  EXPECT_EQ(early->action.rank_tier, 3) << "the callback time has not come";
  ASSERT_TRUE(release_work_item(store(), "bine", "TEL", "L-1").ok());

  run_at("2026-11-23T16:05:00Z");
  auto due = next("bine", "2026-11-23T16:06:00Z");
  ASSERT_TRUE(due.has_value());
  EXPECT_EQ(first_claim(due), "L-1");
  EXPECT_EQ(due->action.rank_tier, 1) << due->action.rank_why;
  EXPECT_NE(due->action.rank_why.find("called back"), std::string::npos);
}

TEST_P(WorkQueueTest, OnlyEnabledOperatorsAndSupervisorsTakeWork) {
  run_at("2026-11-23T11:00:00Z");
  adapters::FixedClock clock(at("2026-11-23T11:01:00Z"));
  auto auditor = next_work_item(store(), clock, {.operator_login = "audrey"});
  ASSERT_FALSE(auditor.ok());
  EXPECT_EQ(auditor.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(next_work_item(store(), clock, {.operator_login = "nobody"}).error().code,
            ErrorCode::kNotFound);
  ASSERT_TRUE(disable_user(store(), clock, "ana").ok());
  EXPECT_FALSE(next_work_item(store(), clock, {.operator_login = "ana"}).ok());
  EXPECT_TRUE(next("sara", "2026-11-23T11:01:00Z").has_value());
}

INSTANTIATE_STORE_TESTS(WorkQueueTest);

}  // namespace
}  // namespace duecall::app
