// Properties of the ladder over random case histories. Each run builds a random case (intake
// in 2026-2027, one to three claims, a random notice period and bureau permission), picks the
// default strategy or the six-step test ladder (with a random resume_at), and feeds 1-60
// random outcomes at increasing random instants through `advance`, asking `next_action`
// before each one. It checks:
//   (a) the step index never decreases, and a NextAction never names an earlier step;
//   (b) bureau is never the action unless a notice is at least N days old at its due time;
//   (c) there is no action for a paused, paid, recalled or handed-over case, and the
//       standing names why;
//   (d) a case that left the ladder takes no more outcomes;
//   (e) the action next_action names, taken when it is due, is always accepted: prediction
//       (next_action) and recording (advance) agree.
// A second property sends cases straight to a bureau step and checks that a registration is
// accepted exactly when a notice is N days old; a third follows the engine to the end of
// the ladder, which must come.
// RapidCheck prints the seed of a failing case; RC_PARAMS="seed=..." replays it.
#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include "core/time_zone.hpp"
#include "strategy/advance.hpp"
#include "strategy/anchor_times.hpp"
#include "strategy/default_strategy.hpp"
#include "strategy/next_action.hpp"
#include "strategy_test_support.hpp"

namespace duecall::strategy {
namespace {

using std::chrono::seconds;

constexpr std::int64_t kFirstSecond = 1767225600;  // 2026-01-01T00:00:00Z
constexpr std::int64_t kDay = 86400;

Strategy random_strategy() {
  switch (*rc::gen::inRange(0, 4)) {
    case 0:
      return default_strategy();
    case 1:
      return testing::six_step_ladder(R"("resume_at": "notice", )");
    case 2:
      return testing::six_step_ladder(R"("resume_at": "first", )");
    default:
      return testing::six_step_ladder();
  }
}

CaseState random_case() {
  CaseState state;
  state.intake_at =
      from_unix_micros(0) + seconds(kFirstSecond + *rc::gen::inRange<std::int64_t>(0, 600 * kDay));
  const CivilDate intake_day = TimeZone::find("Europe/Ljubljana")->local_date(state.intake_at);
  const int claims = *rc::gen::inRange(1, 4);
  for (int claim_idx = 0; claim_idx < claims; ++claim_idx) {
    ClaimFacts claim{*rc::gen::element<std::string>("loan", "lease", "telecom"),
                     testing::eur(*rc::gen::inRange<std::int64_t>(0, 500000)),
                     intake_day.plus_days(-*rc::gen::inRange(0, 120)), std::nullopt};
    if (*rc::gen::arbitrary<bool>()) {
      claim.reminder_sent_on = claim.due_date.plus_days(*rc::gen::inRange(0, 30));
    }
    state.claims.push_back(claim);
  }
  state.debtor_kind = *rc::gen::element(domain::DebtorKind::kPerson, domain::DebtorKind::kCompany);
  state.bureau_notice_days = *rc::gen::inRange(0, 21);
  state.bureau_registration = *rc::gen::element(
      BureauRegistration::allowed, BureauRegistration::allowed, BureauRegistration::not_allowed);
  return state;
}

Outcome random_outcome(Instant at, const std::optional<NextAction>& next, std::size_t steps) {
  const auto step = [&] { return *rc::gen::inRange<std::size_t>(0, steps + 1); };
  // Paying or recalling ends a history, so they are rare; following the engine is common.
  const int pick = *rc::gen::inRange(0, 60);
  if (pick == 0) return Paid{at};
  if (pick == 1) return Recalled{at};
  if (pick < 6) return MovedToStep{step(), at};
  if (pick < 11) return AgreementMade{at};
  if (pick < 16) return AgreementBroken{at};
  if (pick < 19) return NoticeSent{at};
  if (pick < 25 || !next || !next->has_action()) return AttemptMade{step(), at};
  // Do what the engine asked, when it asked (or now, if that is later).
  return AttemptMade{next->action->step_index, std::max(at, next->action->due_at)};
}

void check_next_action(const CaseState& state, const NextAction& next, const Strategy& strategy) {
  const bool paused = state.agreement.status == AgreementStatus::active;
  if (paused || state.paid_at || state.recalled_at || state.handed_over_at) {
    RC_ASSERT(!next.has_action());
  }
  if (state.paid_at) RC_ASSERT(next.standing == Standing::left_ladder_paid);
  if (state.handed_over_at && !state.paid_at && !state.recalled_at) {
    RC_ASSERT(next.standing == Standing::handed_over);
  }
  if (paused && !state.has_left_ladder()) RC_ASSERT(next.standing == Standing::paused_by_agreement);
  RC_ASSERT(next.has_action() == (next.standing == Standing::action_due ||
                                  next.standing == Standing::waiting_for_notice_period));
  if (!next.has_action()) return;
  RC_ASSERT(next.action->step_index >= state.step_index);
  if (next.action->deadline) RC_ASSERT(next.action->due_at < *next.action->deadline);
  if (next.action->channel == Channel::bureau) {
    RC_ASSERT(state.notice_sent_at.has_value());
    RC_ASSERT(state.bureau_registration == BureauRegistration::allowed);
    const auto totals = case_totals(state, strategy.reminder_fallback_days);
    const auto times = AnchorTimes::for_case(state, *totals);
    RC_ASSERT(times->plus_days(*state.notice_sent_at, state.bureau_notice_days) <=
              next.action->due_at);
  }
}

RC_GTEST_PROP(LadderProperties, RandomHistoriesKeepEveryInvariant, ()) {
  const Strategy strategy = random_strategy();
  CaseState state = random_case();
  Instant now = state.intake_at;
  const int outcomes = *rc::gen::inRange(1, 61);
  for (int outcome_idx = 0; outcome_idx < outcomes; ++outcome_idx) {
    auto next = next_action(state, strategy, now);
    RC_ASSERT(next.ok());
    check_next_action(state, *next, strategy);
    std::size_t steps = 6;
    if (const Segment* segment = strategy.segment_named(next->segment))
      steps = segment->steps.size();

    const Outcome outcome = random_outcome(now, *next, steps);
    auto advanced = advance(state, strategy, outcome);
    if (state.has_left_ladder()) RC_ASSERT(!advanced.ok());
    if (next->has_action() && std::holds_alternative<AttemptMade>(outcome) &&
        std::get<AttemptMade>(outcome).step_index == next->action->step_index &&
        std::get<AttemptMade>(outcome).at == std::max(now, next->action->due_at)) {
      RC_ASSERT(advanced.ok());  // (e)
    }
    if (advanced.ok()) {
      RC_ASSERT(advanced->step_index >= state.step_index);  // (a)
      if (!state.segment.empty()) RC_ASSERT(advanced->segment == state.segment);
      state = *advanced;
      now = std::max(now, outcome_instant(outcome));
    }
    now += seconds(*rc::gen::inRange<std::int64_t>(0, 10 * kDay));
  }
}

RC_GTEST_PROP(LadderProperties, ABureauRegistrationIsAcceptedIffTheNoticeIsNDaysOld, ()) {
  // Straight to the bureau step of the six-step ladder, with or without a notice, then a
  // registration at a random instant around the end of the notice period.
  const Strategy strategy = testing::six_step_ladder();
  CaseState state = random_case();
  Instant at = state.intake_at + seconds(*rc::gen::inRange<std::int64_t>(0, 30 * kDay));
  if (*rc::gen::arbitrary<bool>()) {
    state = *advance(state, strategy, NoticeSent{at});
    at += seconds(*rc::gen::inRange<std::int64_t>(0, 5 * kDay));
  }
  state = *advance(state, strategy, MovedToStep{4, at});
  const Instant now = at + seconds(*rc::gen::inRange<std::int64_t>(0, 25 * kDay));
  auto next = next_action(state, strategy, now);
  RC_ASSERT(next.ok());
  check_next_action(state, *next, strategy);
  const bool may_register =
      state.notice_sent_at && state.bureau_registration == BureauRegistration::allowed;
  RC_ASSERT(may_register == (next->has_action() && next->action->channel == Channel::bureau));
  auto registered = advance(state, strategy, AttemptMade{4, now});
  if (!may_register) {
    RC_ASSERT(!registered.ok());
    return;
  }
  const auto totals = case_totals(state, strategy.reminder_fallback_days);
  const Instant ready = AnchorTimes::for_case(state, *totals)
                            ->plus_days(*state.notice_sent_at, state.bureau_notice_days);
  RC_ASSERT(registered.ok() == (now >= ready));
}

RC_GTEST_PROP(LadderProperties, FollowingTheEngineAlwaysEndsTheLadder, ()) {
  // Taking every action when due, the ladder ends within one visit per step plus attempts.
  const Strategy strategy = random_strategy();
  CaseState state = random_case();
  Instant now = state.intake_at;
  for (int action_idx = 0; action_idx < 200; ++action_idx) {
    auto next = next_action(state, strategy, now);
    RC_ASSERT(next.ok());
    if (!next->has_action()) {
      RC_ASSERT(next->standing == Standing::handed_over ||
                next->standing == Standing::returned_to_client);
      return;
    }
    now = std::max(now, next->action->due_at);
    auto advanced = advance(state, strategy, AttemptMade{next->action->step_index, now});
    RC_ASSERT(advanced.ok());
    state = *advanced;
  }
  RC_FAIL("the ladder did not end within 200 actions");
}

}  // namespace
}  // namespace duecall::strategy
