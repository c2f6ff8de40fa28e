// advance and catch_up: each invariant of the transition function at its edges. The case
// and ladder are those of next_action_test (see six_step_ladder in the support header):
// intake 2026-03-11T08:00Z, reminder + 4 = 2026-03-13T23:00Z, reminder + 10 =
// 2026-03-19T23:00Z.
#include "strategy/advance.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "strategy/next_action.hpp"
#include "strategy_test_support.hpp"

namespace duecall::strategy {
namespace {

using namespace testing;  // NOLINT: the helpers are the test's vocabulary
using ::testing::HasSubstr;

constexpr const char* kIntake = "2026-03-11T09:00:00+01:00";

CaseState at_step(std::size_t step_idx, std::string_view started) {
  CaseState state = case_at(kIntake);
  state.step_index = step_idx;
  state.step_started_at = instant(started);
  return state;
}

// REQUIRES: the outcome is accepted.
CaseState apply(const CaseState& state, const Outcome& outcome,
                const Strategy& strategy = six_step_ladder()) {
  auto next = advance(state, strategy, outcome);
  EXPECT_TRUE(next.ok()) << next.error().message;
  return next.ok() ? *next : state;
}

Error refusal(const CaseState& state, const Outcome& outcome,
              const Strategy& strategy = six_step_ladder()) {
  auto next = advance(state, strategy, outcome);
  EXPECT_FALSE(next.ok());
  return next.ok() ? Error{} : next.error();
}

// --- attempts and moves: forward only ---

TEST(Advance, AnAttemptIsRecordedOnTheCurrentStepAndPinsTheSegment) {
  const CaseState next = apply(case_at(kIntake), AttemptMade{0, instant("2026-03-11T08:10:00Z")});
  EXPECT_EQ(next.segment, "all");
  EXPECT_EQ(next.step_index, 0u);
  ASSERT_EQ(next.attempts.size(), 1u);
  EXPECT_EQ(iso(next.attempts[0]), "2026-03-11T08:10:00Z");
}

TEST(Advance, AnAttemptOnAStepTheLadderHasLeftIsRefusedAsABackwardMove) {
  // By intake + 24 h the first step has closed: the case is on the calls step.
  const Error error = refusal(case_at(kIntake), AttemptMade{0, instant("2026-03-12T08:00:00Z")});
  EXPECT_EQ(error.code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(error.message,
            "attempt_made: step 0 is before the case's step 1 'calls'; a case never moves back");
}

TEST(Advance, AnAttemptOneSecondBeforeTheDeadlineStillCountsOnTheStep) {
  const CaseState next = apply(case_at(kIntake), AttemptMade{0, instant("2026-03-12T07:59:59Z")});
  EXPECT_EQ(next.step_index, 0u);
  EXPECT_EQ(next.attempts.size(), 1u);
}

TEST(Advance, AnAttemptOnALaterStepJumpsTheCaseForward) {
  const CaseState next = apply(case_at(kIntake), AttemptMade{2, instant("2026-03-11T10:00:00Z")});
  EXPECT_EQ(next.step_index, 2u);
  EXPECT_EQ(iso(next.step_started_at), "2026-03-11T10:00:00Z");
  EXPECT_EQ(next.attempts.size(), 1u);
}

TEST(Advance, AMoveToAnEarlierStepIsRefused) {
  const Error error =
      refusal(at_step(3, "2026-03-16T08:00:00Z"), MovedToStep{2, instant("2026-03-16T09:00:00Z")});
  EXPECT_EQ(error.code, ErrorCode::kFailedPrecondition);
  EXPECT_THAT(error.message, HasSubstr("a case never moves back"));
}

TEST(Advance, AMoveToTheCurrentStepChangesNothing) {
  CaseState state = at_step(1, "2026-03-12T08:00:00Z");
  state.attempts.push_back(instant("2026-03-14T08:00:00Z"));
  const CaseState next = apply(state, MovedToStep{1, instant("2026-03-14T09:00:00Z")});
  EXPECT_EQ(next.step_index, 1u);
  EXPECT_EQ(next.attempts.size(), 1u);
  EXPECT_EQ(next.step_started_at, state.step_started_at);
}

TEST(Advance, AMoveForwardStartsTheStepAfresh) {
  CaseState state = at_step(1, "2026-03-12T08:00:00Z");
  state.attempts.push_back(instant("2026-03-14T08:00:00Z"));
  const CaseState next = apply(state, MovedToStep{3, instant("2026-03-14T09:00:00Z")});
  EXPECT_EQ(next.step_index, 3u);
  EXPECT_TRUE(next.attempts.empty());
  EXPECT_EQ(iso(next.step_started_at), "2026-03-14T09:00:00Z");
}

TEST(Advance, AStepOutsideTheSegmentIsRefused) {
  const Error error = refusal(case_at(kIntake), MovedToStep{6, instant(kIntake)});
  EXPECT_EQ(error.code, ErrorCode::kInvalidArgument);
}

TEST(Advance, OutcomesBeforeTheCasesLastEventAreRefused) {
  CaseState state = at_step(1, "2026-03-12T08:00:00Z");
  state.attempts.push_back(instant("2026-03-14T08:00:00Z"));
  const Error error = refusal(state, NoticeSent{instant("2026-03-14T07:59:59Z")});
  EXPECT_EQ(error.code, ErrorCode::kFailedPrecondition);
  EXPECT_THAT(error.message, HasSubstr("outcomes apply in time order"));
  EXPECT_TRUE(advance(state, six_step_ladder(), NoticeSent{instant("2026-03-14T08:00:00Z")}).ok());
}

// --- catching up with the ladder's own moves ---

TEST(CatchUp, RecordsAWindowThatClosedAsAMoveAtItsDeadline) {
  auto next = catch_up(at_step(1, "2026-03-12T08:00:00Z"), six_step_ladder(),
                       instant("2026-03-19T23:00:00Z"));
  ASSERT_TRUE(next.ok());
  EXPECT_EQ(next->step_index, 2u);
  EXPECT_EQ(iso(next->step_started_at), "2026-03-19T23:00:00Z");
}

TEST(CatchUp, DoesNotRecordAMoveThatHappensLater) {
  // The last attempt's spacing reaches past the deadline, but the deadline is still ahead.
  CaseState state = at_step(1, "2026-03-12T08:00:00Z");
  state.attempts.push_back(instant("2026-03-19T08:00:00Z"));
  auto next = catch_up(state, six_step_ladder(), instant("2026-03-19T22:59:59Z"));
  ASSERT_TRUE(next.ok());
  EXPECT_EQ(next->step_index, 1u);
}

TEST(CatchUp, RecordsTheLadderRunningOutAsAReturnToTheClient) {
  Strategy short_ladder = ladder(R"(
    {"name": "calls", "channel": "call", "earliest": {"from": "intake"},
     "latest": {"from": "intake", "days": 2}, "attempts": 1, "on_exhaustion": "return_to_client"})");
  auto next = catch_up(case_at(kIntake), short_ladder, instant("2026-03-20T00:00:00Z"));
  ASSERT_TRUE(next.ok());
  EXPECT_EQ(iso(next->returned_to_client_at), "2026-03-13T08:00:00Z");
  const Error error =
      refusal(case_at(kIntake), Paid{instant("2026-03-20T00:00:00Z")}, short_ladder);
  EXPECT_THAT(error.message, HasSubstr("left the ladder"));
}

TEST(Advance, ThePinnedSegmentStaysWhenTheBalanceChanges) {
  Strategy two = parse(R"({"strategy": "t", "version": 1, "segments": [
    {"name": "small", "when": {"balance": {"currency": "EUR", "at_most": 10000}},
     "steps": [{"name": "sms", "channel": "sms", "earliest": {"from": "intake"}, "attempts": 1,
                "on_exhaustion": "return_to_client"}]},
    {"name": "rest", "steps": [{"name": "call", "channel": "call", "earliest": {"from": "intake"},
                                "attempts": 2, "spacing_hours": 1, "on_exhaustion": "return_to_client"}]}]})");
  CaseState state = apply(case_at(kIntake), AttemptMade{0, instant("2026-03-11T08:00:00Z")}, two);
  EXPECT_EQ(state.segment, "rest");
  state.claims[0].balance = eur(5000);
  EXPECT_EQ(testing::next(state, two, "2026-03-11T08:30:00Z").segment, "rest");
}

// --- agreements pause and resume ---

TEST(Advance, AnActiveAgreementRefusesAttemptsAndMoves) {
  const CaseState paused =
      apply(at_step(1, "2026-03-12T08:00:00Z"), AgreementMade{instant("2026-03-14T08:00:00Z")});
  EXPECT_EQ(paused.agreement.status, AgreementStatus::active);
  EXPECT_THAT(refusal(paused, AttemptMade{1, instant("2026-03-15T08:00:00Z")}).message,
              HasSubstr("paused by an active agreement"));
  EXPECT_THAT(refusal(paused, MovedToStep{2, instant("2026-03-15T08:00:00Z")}).message,
              HasSubstr("paused by an active agreement"));
  EXPECT_THAT(refusal(paused, AgreementMade{instant("2026-03-15T08:00:00Z")}).message,
              HasSubstr("already active"));
}

TEST(Advance, AnAgreementMadeAfterAWindowClosedPausesTheLaterStep) {
  const CaseState paused =
      apply(at_step(1, "2026-03-12T08:00:00Z"), AgreementMade{instant("2026-03-20T08:00:00Z")});
  EXPECT_EQ(paused.step_index, 2u);
}

TEST(Advance, ABrokenAgreementResumesWhereTheLadderPausedWithFreshAttempts) {
  CaseState state = at_step(1, "2026-03-12T08:00:00Z");
  state = apply(state, AttemptMade{1, instant("2026-03-14T08:00:00Z")});
  state = apply(state, AgreementMade{instant("2026-03-14T08:30:00Z")});
  state = apply(state, AgreementBroken{instant("2026-03-16T08:00:00Z")});
  EXPECT_EQ(state.agreement.status, AgreementStatus::broken);
  EXPECT_EQ(state.agreement.resume_step, 1u);
  EXPECT_EQ(state.step_index, 1u);
  EXPECT_TRUE(state.attempts.empty());
  EXPECT_EQ(iso(state.step_started_at), "2026-03-16T08:00:00Z");
  const NextAction next = testing::next(state, six_step_ladder(), "2026-03-16T08:00:00Z");
  ASSERT_TRUE(next.has_action());
  EXPECT_EQ(next.action->step_index, 1u);
  EXPECT_EQ(next.action->attempt_number, 1);
}

TEST(Advance, ABrokenAgreementResumesAtTheSegmentsLaterResumeStep) {
  const Strategy strategy = six_step_ladder(R"("resume_at": "notice", )");
  CaseState state = apply(at_step(1, "2026-03-12T08:00:00Z"),
                          AgreementMade{instant("2026-03-14T08:00:00Z")}, strategy);
  state = apply(state, AgreementBroken{instant("2026-03-16T08:00:00Z")}, strategy);
  EXPECT_EQ(state.step_index, 3u);
  EXPECT_EQ(state.agreement.resume_step, 3u);
}

TEST(Advance, AResumeStepEarlierThanThePauseIsIgnored) {
  const Strategy strategy = six_step_ladder(R"("resume_at": "first", )");
  CaseState state = apply(at_step(3, "2026-03-16T08:00:00Z"),
                          AgreementMade{instant("2026-03-16T09:00:00Z")}, strategy);
  state = apply(state, AgreementBroken{instant("2026-03-17T08:00:00Z")}, strategy);
  EXPECT_EQ(state.step_index, 3u);
}

TEST(Advance, AResumedStepWhoseWindowClosedDuringThePauseMovesOn) {
  // Paused on the calls step before reminder + 10, broken after it: the step resumes but
  // its absolute window has closed, so the SMS is next.
  CaseState state =
      apply(at_step(1, "2026-03-12T08:00:00Z"), AgreementMade{instant("2026-03-14T08:00:00Z")});
  state = apply(state, AgreementBroken{instant("2026-03-25T08:00:00Z")});
  EXPECT_EQ(state.step_index, 1u);
  const NextAction next = testing::next(state, six_step_ladder(), "2026-03-25T08:00:00Z");
  ASSERT_TRUE(next.has_action());
  EXPECT_EQ(next.action->channel, Channel::sms);
}

TEST(Advance, BreakingWithoutAnActiveAgreementIsRefused) {
  EXPECT_THAT(refusal(case_at(kIntake), AgreementBroken{instant(kIntake)}).message,
              HasSubstr("no agreement is active"));
}

// --- notice, bureau, judicial ---

TEST(Advance, AnAttemptOnANoticeStepRecordsTheNotice) {
  const CaseState next =
      apply(at_step(3, "2026-03-16T08:00:00Z"), AttemptMade{3, instant("2026-03-18T08:00:00Z")});
  EXPECT_EQ(iso(next.notice_sent_at), "2026-03-18T08:00:00Z");
  EXPECT_EQ(next.step_index, 3u);
}

TEST(Advance, OnlyTheFirstNoticeCounts) {
  CaseState state = apply(case_at(kIntake), NoticeSent{instant("2026-03-11T09:00:00Z")});
  state = apply(state, NoticeSent{instant("2026-03-12T09:00:00Z")});
  EXPECT_EQ(iso(state.notice_sent_at), "2026-03-11T09:00:00Z");
}

CaseState bureau_case(std::string_view notice) {
  CaseState state = at_step(4, "2026-03-18T08:00:00Z");
  state.notice_sent_at = instant(notice);
  return state;
}

TEST(Advance, ABureauRegistrationBeforeTheNoticeIsNDaysOldIsRefused) {
  const Error error =
      refusal(bureau_case("2026-03-18T08:00:00Z"), AttemptMade{4, instant("2026-03-28T07:59:59Z")});
  EXPECT_EQ(error.code, ErrorCode::kFailedPrecondition);
  EXPECT_THAT(error.message, HasSubstr("at least 10 days old; not before 2026-03-28T08:00:00Z"));
}

TEST(Advance, ABureauRegistrationWhenTheNoticeIsExactlyNDaysOldIsAccepted) {
  const CaseState next =
      apply(bureau_case("2026-03-18T08:00:00Z"), AttemptMade{4, instant("2026-03-28T08:00:00Z")});
  EXPECT_EQ(next.attempts.size(), 1u);
}

TEST(Advance, ABureauRegistrationAfterTheNoticePeriodIsAccepted) {
  EXPECT_TRUE(advance(bureau_case("2026-03-18T08:00:00Z"), six_step_ladder(),
                      AttemptMade{4, instant("2026-04-02T08:00:00Z")})
                  .ok());
}

TEST(Advance, ABureauRegistrationForACaseThatMayNotBeRegisteredIsRefused) {
  // The ladder skips the bureau step the moment the case reaches it, so an attempt there
  // would be a move back.
  CaseState state = bureau_case("2026-03-01T08:00:00Z");
  state.bureau_registration = BureauRegistration::not_allowed;
  const Error error = refusal(state, AttemptMade{4, instant("2026-03-19T08:00:00Z")});
  EXPECT_EQ(error.code, ErrorCode::kFailedPrecondition);
  EXPECT_THAT(error.message, HasSubstr("step 4 is before the case's step 5 'court'"));
}

TEST(Advance, ABureauRegistrationWithoutANoticeIsRefused) {
  CaseState state = at_step(4, "2026-03-18T08:00:00Z");
  const Error error = refusal(state, AttemptMade{4, instant("2026-03-19T08:00:00Z")});
  EXPECT_THAT(error.message, HasSubstr("a case never moves back"));
}

TEST(Advance, AJudicialAttemptHandsTheCaseOverForGood) {
  CaseState state =
      apply(at_step(5, "2026-03-20T08:00:00Z"), AttemptMade{5, instant("2026-04-20T08:00:00Z")});
  EXPECT_EQ(iso(state.handed_over_at), "2026-04-20T08:00:00Z");
  EXPECT_EQ(testing::next(state, six_step_ladder(), "2026-05-01T00:00:00Z").standing,
            Standing::handed_over);
  for (const Outcome& outcome : std::vector<Outcome>{
           AttemptMade{5, instant("2026-05-01T00:00:00Z")},
           AgreementMade{instant("2026-05-01T00:00:00Z")}, Paid{instant("2026-05-01T00:00:00Z")},
           Recalled{instant("2026-05-01T00:00:00Z")}}) {
    EXPECT_THAT(refusal(state, outcome).message, HasSubstr("has left the ladder"))
        << outcome_name(outcome);
  }
}

// --- paid and recalled ---

TEST(Advance, APaidCaseLeavesTheLadderAndTakesNoMoreOutcomes) {
  const CaseState paid =
      apply(at_step(1, "2026-03-12T08:00:00Z"), Paid{instant("2026-03-14T08:00:00Z")});
  EXPECT_EQ(testing::next(paid, six_step_ladder(), "2026-03-14T08:00:00Z").standing,
            Standing::left_ladder_paid);
  EXPECT_EQ(refusal(paid, AttemptMade{1, instant("2026-03-15T08:00:00Z")}).code,
            ErrorCode::kFailedPrecondition);
}

TEST(Advance, ARecalledCaseLeavesTheLadderEvenWhilePaused) {
  CaseState state =
      apply(at_step(1, "2026-03-12T08:00:00Z"), AgreementMade{instant("2026-03-14T08:00:00Z")});
  state = apply(state, Recalled{instant("2026-03-15T08:00:00Z")});
  EXPECT_EQ(testing::next(state, six_step_ladder(), "2026-03-15T08:00:00Z").standing,
            Standing::left_ladder_recalled);
}

}  // namespace
}  // namespace duecall::strategy
