// next_action on hand-built case states: every edge of every timing rule, one second before
// and at each boundary. The case: a person in Ljubljana taken in on Wednesday 2026-03-11 at
// 09:00 (08:00Z), one claim due 2026-03-01 whose creditor reminder went out on 2026-03-10,
// so that reminder + 4 days is 2026-03-14 00:00 local (2026-03-13T23:00:00Z) and reminder +
// 10 days is 2026-03-20 00:00 local (2026-03-19T23:00:00Z).
#include "strategy/next_action.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "strategy_test_support.hpp"

namespace duecall::strategy {
namespace {

using namespace testing;  // NOLINT: the helpers are the test's vocabulary
using ::testing::HasSubstr;

constexpr const char* kIntake = "2026-03-11T09:00:00+01:00";
constexpr const char* kReminderPlus4 = "2026-03-13T23:00:00Z";
constexpr const char* kReminderPlus10 = "2026-03-19T23:00:00Z";

Strategy strategy() {
  return six_step_ladder();
}

CaseState at_step(std::size_t step_idx, std::string_view started,
                  std::vector<std::string_view> attempts = {}) {
  CaseState state = case_at(kIntake);
  state.segment = "all";
  state.step_index = step_idx;
  state.step_started_at = instant(started);
  for (auto at : attempts) state.attempts.push_back(instant(at));
  return state;
}

void expect_action(const NextAction& next, std::size_t step_idx, Channel channel,
                   std::string_view due, std::string_view deadline = "none") {
  ASSERT_TRUE(next.has_action()) << standing_name(next.standing) << ": " << next.why;
  EXPECT_EQ(next.action->step_index, step_idx) << next.why;
  EXPECT_EQ(next.action->channel, channel) << next.why;
  EXPECT_EQ(iso(next.action->due_at), due) << next.why;
  EXPECT_EQ(iso(next.action->deadline), deadline) << next.why;
}

// --- the first attempt within 24 hours of intake ---

TEST(NextAction, TheFirstAttemptIsDueAtIntakeWithADeadline24HoursLater) {
  const NextAction next = testing::next(case_at(kIntake), strategy(), kIntake);
  EXPECT_EQ(next.standing, Standing::action_due);
  EXPECT_EQ(next.segment, "all");
  expect_action(next, 0, Channel::ivr, "2026-03-11T08:00:00Z", "2026-03-12T08:00:00Z");
  EXPECT_EQ(next.action->step_name, "first");
  EXPECT_EQ(next.action->attempt_number, 1);
  EXPECT_EQ(next.action->attempts, 1);
  EXPECT_THAT(next.why, HasSubstr("step 0 'first' (ivr)"));
  EXPECT_THAT(next.why, HasSubstr("until intake + 24 hours"));
}

TEST(NextAction, OneSecondBeforeThe24HourDeadlineTheFirstAttemptIsStillDue) {
  const NextAction next = testing::next(case_at(kIntake), strategy(), "2026-03-12T07:59:59Z");
  expect_action(next, 0, Channel::ivr, "2026-03-11T08:00:00Z", "2026-03-12T08:00:00Z");
}

TEST(NextAction, AtThe24HourDeadlineTheCaseMovesOnToTheCalls) {
  const NextAction next = testing::next(case_at(kIntake), strategy(), "2026-03-12T08:00:00Z");
  expect_action(next, 1, Channel::call, kReminderPlus4, kReminderPlus10);
  EXPECT_THAT(next.why, HasSubstr("step 0 'first' closed at its deadline 2026-03-12T08:00:00Z"));
}

TEST(NextAction, TheFirstAttemptUsedMovesTheCaseOnAtOnce) {
  CaseState state = at_step(0, kIntake, {"2026-03-11T08:30:00Z"});
  expect_action(testing::next(state, strategy(), "2026-03-11T08:31:00Z"), 1, Channel::call,
                kReminderPlus4, kReminderPlus10);
}

// --- calls from reminder + 4 days to reminder + 10 days ---

TEST(NextAction, CallsAreNotDueOneSecondBeforeReminderPlusFourDays) {
  const NextAction next =
      testing::next(at_step(1, "2026-03-12T08:00:00Z"), strategy(), "2026-03-13T22:59:59Z");
  expect_action(next, 1, Channel::call, kReminderPlus4, kReminderPlus10);
  EXPECT_GT(next.action->due_at, instant("2026-03-13T22:59:59Z"));
}

TEST(NextAction, CallsAreDueAtReminderPlusFourDays) {
  const NextAction next =
      testing::next(at_step(1, "2026-03-12T08:00:00Z"), strategy(), kReminderPlus4);
  expect_action(next, 1, Channel::call, kReminderPlus4, kReminderPlus10);
  EXPECT_EQ(next.action->due_at, instant(kReminderPlus4));
}

TEST(NextAction, ReminderPlusFourDaysIsLocalMidnightAcrossTheSpringClockChange) {
  // Reminder 2026-03-25: + 4 days is 29 March, the day the clocks go forward at 02:00, so
  // midnight is still +01:00; + 10 days (4 April) is midnight summer time, +02:00.
  CaseState state = at_step(1, "2026-03-12T08:00:00Z");
  state.claims[0].reminder_sent_on = day("2026-03-25");
  expect_action(testing::next(state, strategy(), "2026-03-20T00:00:00Z"), 1, Channel::call,
                "2026-03-28T23:00:00Z", "2026-04-03T22:00:00Z");
}

TEST(NextAction, AStepEnteredAfterItsEarliestIsDueWhenItWasEntered) {
  const NextAction next =
      testing::next(at_step(1, "2026-03-15T10:00:00Z"), strategy(), "2026-03-15T10:00:00Z");
  expect_action(next, 1, Channel::call, "2026-03-15T10:00:00Z", kReminderPlus10);
}

TEST(NextAction, AnOverdueAttemptStaysDueUntilOneSecondBeforeTheDeadline) {
  const NextAction next =
      testing::next(at_step(1, "2026-03-12T08:00:00Z"), strategy(), "2026-03-19T22:59:59Z");
  expect_action(next, 1, Channel::call, kReminderPlus4, kReminderPlus10);
}

TEST(NextAction, AtReminderPlusTenDaysTheCallWindowClosesAndTheSmsIsDue) {
  const NextAction next =
      testing::next(at_step(1, "2026-03-12T08:00:00Z"), strategy(), kReminderPlus10);
  expect_action(next, 2, Channel::sms, kReminderPlus10);
  EXPECT_THAT(next.why, HasSubstr("step 1 'calls' closed at its deadline"));
}

// --- attempts and spacing ---

TEST(NextAction, TheNextAttemptIsDueOneSpacingAfterThePreviousOne) {
  CaseState state = at_step(1, "2026-03-12T08:00:00Z", {"2026-03-14T08:00:00Z"});
  const NextAction next = testing::next(state, strategy(), "2026-03-14T08:05:00Z");
  expect_action(next, 1, Channel::call, "2026-03-15T08:00:00Z", kReminderPlus10);
  EXPECT_EQ(next.action->attempt_number, 2);
  EXPECT_EQ(next.action->attempts, 3);
}

TEST(NextAction, AnAttemptWhoseSpacingEndsOneSecondBeforeTheDeadlineIsStillDue) {
  CaseState state = at_step(1, "2026-03-12T08:00:00Z", {"2026-03-18T22:59:59Z"});
  expect_action(testing::next(state, strategy(), "2026-03-18T23:00:00Z"), 1, Channel::call,
                "2026-03-19T22:59:59Z", kReminderPlus10);
}

TEST(NextAction, AnAttemptWhoseSpacingEndsAtTheDeadlineDoesNotFitAndTheStepCloses) {
  CaseState state = at_step(1, "2026-03-12T08:00:00Z", {"2026-03-18T23:00:00Z"});
  // Predicted: the window closes at its deadline, and the SMS follows then.
  expect_action(testing::next(state, strategy(), "2026-03-18T23:00:01Z"), 2, Channel::sms,
                kReminderPlus10);
}

TEST(NextAction, AfterItsLastAttemptAStepIsExhaustedAndTheNextStepStartsThen) {
  CaseState state =
      at_step(1, "2026-03-12T08:00:00Z",
              {"2026-03-14T08:00:00Z", "2026-03-15T08:00:00Z", "2026-03-16T08:00:00Z"});
  const NextAction next = testing::next(state, strategy(), "2026-03-16T08:01:00Z");
  expect_action(next, 2, Channel::sms, "2026-03-16T08:00:00Z");
  EXPECT_THAT(next.why, HasSubstr("step 1 'calls' used its 3 attempt(s)"));
}

TEST(NextAction, PreviousStepOffsetsCountFromTheMomentTheStepWasEntered) {
  CaseState state = at_step(3, "2026-03-16T08:00:00Z");
  expect_action(testing::next(state, strategy(), "2026-03-16T08:00:00Z"), 3, Channel::notice,
                "2026-03-18T08:00:00Z");
}

// --- where an exhausted step sends the case ---

TEST(NextAction, ExhaustionToANamedStepSkipsTheStepsBetween) {
  Strategy named = ladder(R"(
    {"name": "calls", "channel": "call", "earliest": {"from": "intake"}, "attempts": 1,
     "on_exhaustion": "letter"},
    {"name": "sms", "channel": "sms", "earliest": {"from": "previous_step"}, "attempts": 1},
    {"name": "letter", "channel": "letter", "earliest": {"from": "previous_step", "hours": 1},
     "attempts": 1, "on_exhaustion": "return_to_client"})");
  CaseState state = case_at(kIntake);
  state.attempts.push_back(instant("2026-03-11T09:00:00Z"));
  expect_action(testing::next(state, named, "2026-03-11T09:00:00Z"), 2, Channel::letter,
                "2026-03-11T10:00:00Z");
}

TEST(NextAction, ExhaustionToReturnToClientEndsTheLadder) {
  Strategy short_ladder = ladder(R"(
    {"name": "calls", "channel": "call", "earliest": {"from": "intake"},
     "latest": {"from": "intake", "days": 2}, "attempts": 2, "spacing_hours": 4,
     "on_exhaustion": "return_to_client"})");
  CaseState state = case_at(kIntake);
  const NextAction before = testing::next(state, short_ladder, "2026-03-13T07:59:59Z");
  EXPECT_EQ(before.standing, Standing::action_due);
  const NextAction after = testing::next(state, short_ladder, "2026-03-13T08:00:00Z");
  EXPECT_EQ(after.standing, Standing::returned_to_client);
  EXPECT_FALSE(after.has_action());
  EXPECT_EQ(iso(after.since), "2026-03-13T08:00:00Z");
}

TEST(NextAction, AStepEnteredAfterItsDeadlineIsSkippedAtOnce) {
  // Entered the calls step a day after reminder + 10: it closes when entered.
  const NextAction next =
      testing::next(at_step(1, "2026-03-21T10:00:00Z"), strategy(), "2026-03-21T10:00:00Z");
  expect_action(next, 2, Channel::sms, "2026-03-21T10:00:00Z");
}

// --- bureau only with a notice at least N days old ---

CaseState at_bureau(std::string_view started, std::optional<std::string_view> notice) {
  CaseState state = at_step(4, started);
  if (notice) state.notice_sent_at = instant(*notice);
  return state;
}

TEST(NextAction, BureauIsDeferredUntilTheNoticeIsNDaysOld) {
  // Notice at 2026-03-18T08:00Z; the bureau step's own earliest is a day later, but the
  // notice period of 10 days ends on 2026-03-28 09:00 local (08:00Z).
  const NextAction next = testing::next(at_bureau("2026-03-18T08:00:00Z", "2026-03-18T08:00:00Z"),
                                        strategy(), "2026-03-19T08:00:00Z");
  EXPECT_EQ(next.standing, Standing::waiting_for_notice_period);
  expect_action(next, 4, Channel::bureau, "2026-03-28T08:00:00Z");
  EXPECT_THAT(next.why, HasSubstr("needs a written notice"));
}

TEST(NextAction, TheNoticePeriodCountsLocalDaysAcrossTheClockChange) {
  // 10 local days after 2026-03-25 09:00 (+01:00) is 2026-04-04 09:00 (+02:00) = 07:00Z.
  const NextAction next = testing::next(at_bureau("2026-03-25T08:00:00Z", "2026-03-25T08:00:00Z"),
                                        strategy(), "2026-03-25T08:00:00Z");
  expect_action(next, 4, Channel::bureau, "2026-04-04T07:00:00Z");
}

TEST(NextAction, TheNoticePeriodFollowsTheJurisdiction) {
  CaseState state = at_bureau("2026-03-18T08:00:00Z", "2026-03-18T08:00:00Z");
  state.bureau_notice_days = 0;
  const NextAction next = testing::next(state, strategy(), "2026-03-18T08:00:00Z");
  EXPECT_EQ(next.standing, Standing::action_due);
  expect_action(next, 4, Channel::bureau, "2026-03-19T08:00:00Z");
}

TEST(NextAction, BureauIsDueAtItsOwnEarliestWhenTheNoticeIsOldEnough) {
  // Notice sent 12 days before the step: exactly due at the step's earliest.
  const NextAction next = testing::next(at_bureau("2026-03-18T08:00:00Z", "2026-03-06T08:00:00Z"),
                                        strategy(), "2026-03-18T08:00:00Z");
  EXPECT_EQ(next.standing, Standing::action_due);
  expect_action(next, 4, Channel::bureau, "2026-03-19T08:00:00Z");
}

TEST(NextAction, BureauIsDueWhenTheNoticeBecomesExactlyNDaysOld) {
  // Step earliest 2026-03-19T08:00Z; the notice turns 10 days old at the same instant.
  const NextAction next = testing::next(at_bureau("2026-03-18T08:00:00Z", "2026-03-09T08:00:00Z"),
                                        strategy(), "2026-03-18T08:00:00Z");
  EXPECT_EQ(next.standing, Standing::action_due);
  expect_action(next, 4, Channel::bureau, "2026-03-19T08:00:00Z");
}

TEST(NextAction, BureauOneSecondShortOfTheNoticePeriodWaits) {
  const NextAction next = testing::next(at_bureau("2026-03-18T08:00:00Z", "2026-03-09T08:00:01Z"),
                                        strategy(), "2026-03-18T08:00:00Z");
  EXPECT_EQ(next.standing, Standing::waiting_for_notice_period);
  expect_action(next, 4, Channel::bureau, "2026-03-19T08:00:01Z");
}

TEST(NextAction, BureauWithoutAnyNoticeIsSkipped) {
  const NextAction next = testing::next(at_bureau("2026-03-18T08:00:00Z", std::nullopt), strategy(),
                                        "2026-03-18T08:00:00Z");
  expect_action(next, 5, Channel::judicial, "2026-04-17T07:00:00Z");
  EXPECT_THAT(next.why, HasSubstr("no written notice was sent"));
}

TEST(NextAction, BureauIsSkippedForACaseThatMayNotBeRegistered) {
  CaseState state = at_bureau("2026-03-18T08:00:00Z", "2026-03-01T08:00:00Z");
  state.bureau_registration = BureauRegistration::not_allowed;
  const NextAction next = testing::next(state, strategy(), "2026-03-18T08:00:00Z");
  expect_action(next, 5, Channel::judicial, "2026-04-17T07:00:00Z");
  EXPECT_THAT(next.why, HasSubstr("may not be registered"));
}

TEST(NextAction, ABureauDeadlineBeforeTheNoticePeriodEndsSkipsTheStep) {
  Strategy tight = ladder(R"(
    {"name": "bureau", "channel": "bureau", "earliest": {"from": "intake"},
     "latest": {"from": "intake", "days": 5}, "attempts": 1, "on_exhaustion": "return_to_client"})");
  CaseState state = case_at(kIntake);
  state.notice_sent_at = instant("2026-03-11T08:00:00Z");
  const NextAction next = testing::next(state, tight, kIntake);
  EXPECT_EQ(next.standing, Standing::returned_to_client);
  EXPECT_EQ(iso(next.since), "2026-03-16T08:00:00Z");
}

// --- terminal and paused standings ---

TEST(NextAction, TheJudicialHandoverIsAnAction) {
  expect_action(
      testing::next(at_step(5, "2026-03-20T08:00:00Z"), strategy(), "2026-03-20T08:00:00Z"), 5,
      Channel::judicial, "2026-04-19T07:00:00Z");
}

TEST(NextAction, AHandedOverCaseHasNoAction) {
  CaseState state = at_step(5, "2026-03-20T08:00:00Z");
  state.handed_over_at = instant("2026-04-20T08:00:00Z");
  const NextAction next = testing::next(state, strategy(), "2026-05-01T08:00:00Z");
  EXPECT_EQ(next.standing, Standing::handed_over);
  EXPECT_FALSE(next.has_action());
  EXPECT_EQ(iso(next.since), "2026-04-20T08:00:00Z");
}

TEST(NextAction, AJudicialStepWithItsAttemptMadeIsHandedOver) {
  CaseState state = at_step(5, "2026-03-20T08:00:00Z", {"2026-04-20T08:00:00Z"});
  EXPECT_EQ(testing::next(state, strategy(), "2026-05-01T08:00:00Z").standing,
            Standing::handed_over);
}

TEST(NextAction, APaidCaseLeavesTheLadder) {
  CaseState state = at_step(1, "2026-03-12T08:00:00Z");
  state.paid_at = instant("2026-03-14T08:00:00Z");
  const NextAction next = testing::next(state, strategy(), "2026-03-14T08:00:00Z");
  EXPECT_EQ(next.standing, Standing::left_ladder_paid);
  EXPECT_FALSE(next.has_action());
}

TEST(NextAction, ARecalledCaseLeavesTheLadder) {
  CaseState state = at_step(1, "2026-03-12T08:00:00Z");
  state.recalled_at = instant("2026-03-14T08:00:00Z");
  const NextAction next = testing::next(state, strategy(), "2026-03-14T08:00:00Z");
  EXPECT_EQ(next.standing, Standing::left_ladder_recalled);
  EXPECT_FALSE(next.has_action());
}

TEST(NextAction, AReturnedCaseHasNoAction) {
  CaseState state = at_step(1, "2026-03-12T08:00:00Z");
  state.returned_to_client_at = instant("2026-03-14T08:00:00Z");
  EXPECT_EQ(testing::next(state, strategy(), "2026-03-14T08:00:00Z").standing,
            Standing::returned_to_client);
}

TEST(NextAction, AnActiveAgreementPausesTheLadderEvenPastADeadline) {
  CaseState state = at_step(1, "2026-03-12T08:00:00Z");
  state.agreement = {AgreementStatus::active, instant("2026-03-14T08:00:00Z"), {}, {}};
  const NextAction next = testing::next(state, strategy(), "2026-04-30T08:00:00Z");
  EXPECT_EQ(next.standing, Standing::paused_by_agreement);
  EXPECT_FALSE(next.has_action());
  EXPECT_EQ(iso(next.since), "2026-03-14T08:00:00Z");
  EXPECT_THAT(next.why, HasSubstr("paused at step 1 'calls'"));
}

// --- cases the engine cannot place ---

TEST(NextAction, ACaseWithoutOpenClaimsIsRefused) {
  CaseState state = case_at(kIntake);
  state.claims.clear();
  auto result = next_action(state, strategy(), instant(kIntake));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, ErrorCode::kInvalidArgument);
}

TEST(NextAction, AnUnknownTimeZoneIsRefused) {
  CaseState state = case_at(kIntake);
  state.debtor_time_zone = "Europe/Atlantis";
  auto result = next_action(state, strategy(), instant(kIntake));
  ASSERT_FALSE(result.ok());
  EXPECT_THAT(result.error().message, HasSubstr("debtor time zone"));
}

TEST(NextAction, AStepIndexOutsideTheSegmentIsRefused) {
  auto result = next_action(at_step(6, kIntake), strategy(), instant(kIntake));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, ErrorCode::kFailedPrecondition);
}

TEST(NextAction, APinnedSegmentTheStrategyLacksIsRefused) {
  CaseState state = case_at(kIntake);
  state.segment = "gone";
  auto result = next_action(state, strategy(), instant(kIntake));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, ErrorCode::kNotFound);
}

TEST(NextAction, AttemptsOutOfOrderAreRefused) {
  CaseState state =
      at_step(1, "2026-03-12T08:00:00Z", {"2026-03-15T08:00:00Z", "2026-03-14T08:00:00Z"});
  auto result = next_action(state, strategy(), instant("2026-03-16T08:00:00Z"));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, ErrorCode::kFailedPrecondition);
}

}  // namespace
}  // namespace duecall::strategy
