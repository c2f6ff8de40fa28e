// Agreements on both real stores: an agreement inside the client's floors is active at
// once, one outside waits for a supervisor who approves or rejects it, cancelling ends
// it, a claim has at most one open agreement, every change lands on the timeline, what is
// stored reads back equal, and the strategy run pauses the ladder while an agreement is
// active and resumes it when the agreement is cancelled.
//
// The client has the default policy: a single promise of any amount up to 30 days ahead.
// 2026-11-23 10:00 UTC is 11:00 in Ljubljana, so "today" is 2026-11-23.
#include <gtest/gtest.h>

#include <algorithm>

#include "adapters/clock/system_clock.hpp"
#include "app/agreements.hpp"
#include "app/audit.hpp"
#include "app/case_file.hpp"
#include "app/clients.hpp"
#include "app/import_claims.hpp"
#include "app/strategy_run.hpp"
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

class AgreementsTest : public testing::StoreTest {
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
                               std::pair{"sara.sup", domain::Role::kSupervisor},
                               std::pair{"ivo.audit", domain::Role::kAuditor},
                               std::pair{"ada.admin", domain::Role::kAdmin}}) {
      domain::User user{.login = login, .name = "User", .role = role, .created_at = clock_.now()};
      ASSERT_TRUE((*transaction)->insert_user(user, "$argon2id$x").ok());
    }
    ASSERT_TRUE((*transaction)->commit().ok());
  }

  Result<ListedAgreement> add(const char* claim, AgreementRequest request,
                              const char* login = "ana.op") {
    return add_agreement(store(), clock_,
                         {.client_code = "TEL",
                          .claim_ref = claim,
                          .operator_login = login,
                          .request = std::move(request)});
  }

  static AgreementRequest promise(const char* amount, const char* date) {
    return {.kind = AgreementKind::kPromise, .amount = amount, .date = date};
  }

  AgreementDecision decision(AgreementId id, const char* by = "", const char* reason = "") {
    return {.id = id, .actor = *by ? by : "cli", .actor_is_user = *by != 0, .reason = reason};
  }

  std::vector<std::string> timeline_kinds(const char* claim_ref) {
    std::vector<std::string> kinds;
    auto file = find_case_file(store(), "TEL", claim_ref);
    EXPECT_TRUE(file.ok());
    if (file.ok()) {
      for (const auto& event : file->timeline) kinds.push_back(event.kind);
    }
    return kinds;
  }

  std::string stage_of(const char* claim_ref) {
    auto file = find_case_file(store(), "TEL", claim_ref);
    EXPECT_TRUE(file.ok());
    return file.ok() ? file->collection_case.stage : "";
  }

  std::optional<DueAction> due_action_of(const char* claim_ref) {
    auto file = find_case_file(store(), "TEL", claim_ref);
    auto transaction = store().begin();
    EXPECT_TRUE(file.ok() && transaction.ok());
    return *(*transaction)->find_due_action(file->collection_case.id);
  }

  void run(const char* when) {
    adapters::FixedClock clock(at(when));
    auto report = run_strategy(store(), clock, {.client_code = "TEL", .at = at(when)});
    ASSERT_TRUE(report.ok()) << report.error().message;
    ASSERT_EQ(report->errors, 0) << report->first_errors.at(0).message;
  }

  adapters::FixedClock clock_{at("2026-11-23T10:00:00Z")};
};

TEST_P(AgreementsTest, APromiseInsideTheFloorsIsActiveAtOnceAndReadsBackEqual) {
  auto added = add("A-1", promise("50.00", "2026-12-10"));
  ASSERT_TRUE(added.ok()) << added.error().message;
  const AgreementRecord& stored = added->agreement;
  EXPECT_EQ(stored.state, AgreementState::kActive);
  EXPECT_EQ(stored.activated_at, clock_.now());
  EXPECT_TRUE(stored.outside_floors.empty());
  EXPECT_EQ(added->claim_ref, "A-1");

  auto transaction = store().begin();
  ASSERT_TRUE(transaction.ok());
  auto found = (*transaction)->find_agreement(stored.id);
  ASSERT_TRUE(found.ok() && found->has_value());
  const AgreementRecord& read = **found;
  EXPECT_EQ(read.terms, stored.terms);
  EXPECT_EQ(read.state, AgreementState::kActive);
  EXPECT_EQ(read.operator_login, "ana.op");
  EXPECT_EQ(read.created_at, stored.created_at);
  EXPECT_EQ(read.case_id, stored.case_id);
  EXPECT_EQ(read.claim_id, stored.claim_id);
  auto of_cases = (*transaction)->agreements_of_cases({stored.case_id});
  ASSERT_TRUE(of_cases.ok());
  ASSERT_EQ(of_cases->size(), 1u);
  EXPECT_EQ(of_cases->front().terms.schedule.size(), 1u);
  transaction->reset();  // SQLite's store has one connection: end before reading again
  EXPECT_EQ(timeline_kinds("A-1").back(), "agreement_made");
}

TEST_P(AgreementsTest, APlanWaitsForASupervisorWithEveryBrokenFloorStored) {
  auto added = add("A-1", {.kind = AgreementKind::kPlan,
                           .first_date = "2026-12-01",
                           .amounts = {"50.00", "50.00", "5.00"}});
  ASSERT_TRUE(added.ok()) << added.error().message;
  EXPECT_EQ(added->agreement.state, AgreementState::kPendingApproval);
  EXPECT_EQ(timeline_kinds("A-1").back(), "agreement_pending_approval");

  auto pending = list_pending_approvals(store());
  ASSERT_TRUE(pending.ok());
  ASSERT_EQ(pending->size(), 1u);
  const AgreementRecord& read = pending->front().agreement;
  EXPECT_EQ(pending->front().client_code, "TEL");
  ASSERT_EQ(read.terms.schedule.size(), 3u);
  EXPECT_EQ(read.terms.schedule[2].due_date, CivilDate::from_ymd(2027, 2, 1));
  // Three instalments against a maximum of one, and the last is 70 days ahead.
  ASSERT_EQ(read.outside_floors.size(), 2u);
  EXPECT_EQ(read.outside_floors[0].floor, domain::Floor::more_instalments_than_allowed);
  EXPECT_EQ(read.outside_floors[1].floor, domain::Floor::term_longer_than_allowed);
}

TEST_P(AgreementsTest, NoSupervisorApprovesTheAgreementTheyMadeButAnotherMay) {
  auto own = add("A-1", promise("50.00", "2026-12-24"), "sara.sup");  // 31 days: pending
  ASSERT_TRUE(own.ok()) << own.error().message;
  ASSERT_EQ(own->agreement.state, AgreementState::kPendingApproval);
  auto by_maker = approve_agreement(store(), clock_, decision(own->agreement.id, "Sara.Sup"));
  ASSERT_FALSE(by_maker.ok());
  EXPECT_EQ(by_maker.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_NE(by_maker.error().message.find("another supervisor"), std::string::npos);
  auto by_admin = approve_agreement(store(), clock_, decision(own->agreement.id, "ada.admin"));
  ASSERT_TRUE(by_admin.ok()) << by_admin.error().message;
  EXPECT_EQ(by_admin->agreement.decided_by, "ada.admin");
}

TEST_P(AgreementsTest, ASupervisorApprovesOrRejectsPendingAgreementsOnly) {
  auto late = add("A-1", promise("50.00", "2026-12-24"));  // 31 days ahead
  auto other = add("B-1", promise("70.00", "2026-12-31"));
  ASSERT_TRUE(late.ok() && other.ok());
  ASSERT_EQ(late->agreement.state, AgreementState::kPendingApproval);

  auto by_auditor = approve_agreement(store(), clock_, decision(late->agreement.id, "ivo.audit"));
  ASSERT_FALSE(by_auditor.ok());
  EXPECT_EQ(by_auditor.error().code, ErrorCode::kInvalidArgument);

  auto approved = approve_agreement(store(), clock_, decision(late->agreement.id, "sara.sup"));
  ASSERT_TRUE(approved.ok()) << approved.error().message;
  EXPECT_EQ(approved->agreement.state, AgreementState::kActive);
  EXPECT_EQ(approved->agreement.decided_by, "sara.sup");
  auto twice = approve_agreement(store(), clock_, decision(late->agreement.id, "sara.sup"));
  EXPECT_EQ(twice.error().code, ErrorCode::kFailedPrecondition);

  EXPECT_EQ(reject_agreement(store(), clock_, decision(other->agreement.id)).error().code,
            ErrorCode::kInvalidArgument)
      << "a rejection needs a reason";
  auto rejected =
      reject_agreement(store(), clock_, decision(other->agreement.id, "", "too far ahead"));
  ASSERT_TRUE(rejected.ok()) << rejected.error().message;
  EXPECT_EQ(rejected->agreement.state, AgreementState::kCancelled);
  EXPECT_EQ(rejected->agreement.decision_reason, "too far ahead");
  EXPECT_TRUE(list_pending_approvals(store())->empty());
  EXPECT_EQ(timeline_kinds("A-1").back(), "agreement_approved");
  EXPECT_EQ(timeline_kinds("B-1").back(), "agreement_rejected");

  auto listed = list_agreements(store(), "TEL", std::nullopt);
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ((*listed)[1].agreement.state, AgreementState::kCancelled);
  EXPECT_EQ((*listed)[1].agreement.end_reason, "too far ahead");
}

TEST_P(AgreementsTest, AClaimHasAtMostOneOpenAgreement) {
  auto first = add("A-1", promise("50.00", "2026-12-10"));
  ASSERT_TRUE(first.ok());
  auto second = add("A-1", promise("20.00", "2026-12-11"));
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.error().code, ErrorCode::kFailedPrecondition);
  ASSERT_TRUE(
      cancel_agreement(store(), clock_, decision(first->agreement.id, "", "debtor changed mind"))
          .ok());
  EXPECT_TRUE(add("A-1", promise("20.00", "2026-12-11")).ok());
  EXPECT_EQ(list_agreements(store(), "TEL", std::string("A-1"))->size(), 2u);
  EXPECT_TRUE(list_agreements(store(), "TEL", std::string("B-1"))->empty());
}

TEST_P(AgreementsTest, UnknownOperatorsClaimsAndBadTermsAreRefused) {
  EXPECT_EQ(add("A-1", promise("50.00", "2026-12-10"), "nobody").error().code,
            ErrorCode::kNotFound);
  EXPECT_EQ(add("A-1", promise("50.00", "2026-12-10"), "ivo.audit").error().code,
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(add("Z-9", promise("50.00", "2026-12-10")).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(add("A-1", promise("50.001", "2026-12-10")).error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(add("A-1", promise("50.00", "2026-11-22")).error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(add("A-1", {.kind = AgreementKind::kExtension, .amount = "5.00", .date = "2026-12-01"})
                .error()
                .code,
            ErrorCode::kInvalidArgument);
  EXPECT_TRUE(list_agreements(store(), "TEL", std::nullopt)->empty());
}

TEST_P(AgreementsTest, AnActiveAgreementPausesTheLadderAndCancellingResumesIt) {
  run("2026-11-23T10:00:00Z");
  ASSERT_TRUE(due_action_of("A-1").has_value());
  ASSERT_NE(stage_of("A-1"), "paused");

  ASSERT_TRUE(add("A-1", promise("50.00", "2026-12-10")).ok());
  run("2026-11-23T11:00:00Z");
  EXPECT_EQ(stage_of("A-1"), "paused");
  EXPECT_FALSE(due_action_of("A-1").has_value());
  EXPECT_NE(stage_of("B-1"), "paused") << "another debtor's case runs on";

  run("2026-11-30T11:00:00Z");
  EXPECT_EQ(stage_of("A-1"), "paused") << "the pause holds across runs";

  auto listed = list_agreements(store(), "TEL", std::string("A-1"));
  ASSERT_TRUE(listed.ok() && listed->size() == 1u);
  ASSERT_TRUE(cancel_agreement(store(), clock_,
                               decision(listed->front().agreement.id, "ana.op", "wrong amount"))
                  .ok());
  run("2026-11-30T12:00:00Z");
  EXPECT_NE(stage_of("A-1"), "paused");
  EXPECT_TRUE(due_action_of("A-1").has_value());
  auto kinds = timeline_kinds("A-1");
  EXPECT_EQ(std::count(kinds.begin(), kinds.end(), "agreement_cancelled"), 1);

  auto audit = verify_audit(store());
  ASSERT_TRUE(audit.ok());
  EXPECT_FALSE(audit->first_broken.has_value());
}

TEST_P(AgreementsTest, ApprovalPausesTheLadderAtTheNextRun) {
  run("2026-11-23T10:00:00Z");
  auto pending = add("A-1", promise("50.00", "2027-01-15"));
  ASSERT_TRUE(pending.ok());
  run("2026-11-23T11:00:00Z");
  EXPECT_NE(stage_of("A-1"), "paused") << "a pending agreement does not pause the ladder";
  ASSERT_TRUE(approve_agreement(store(), clock_, decision(pending->agreement.id, "sara.sup")).ok());
  run("2026-11-23T12:00:00Z");
  EXPECT_EQ(stage_of("A-1"), "paused");
}

INSTANTIATE_STORE_TESTS(AgreementsTest);

}  // namespace
}  // namespace duecall::app
