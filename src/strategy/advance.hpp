// advance is the ladder's transition function: it applies one Outcome (outcome.hpp) to a
// CaseState and returns the new state, or refuses the outcome. Pure, like next_action.
//
// Before applying an outcome at instant T, advance first catches the case up to T: it
// records the moves the ladder made on its own up to T (windows that closed, attempts used
// up, skipped bureau steps, running off the end to the client), exactly as next_action
// predicted them. It also pins the case's segment on first use.
//
// Invariants it keeps, each refused with FailedPrecondition when an outcome would break it:
//   - a case never moves to an earlier step: AttemptMade or MovedToStep naming a step before
//     the case's (caught-up) step are refused; naming the current step is a no-op move;
//   - outcomes are applied in time order: one before the case's last event is refused;
//   - an active agreement pauses the ladder: no attempts or moves until it is broken; a
//     broken one resumes the ladder at the segment's resume_at, or where it paused if that
//     is later (never earlier), with the step's attempts starting afresh;
//   - a bureau registration needs a written notice at least N days old (bureau_notice_days)
//     and a case that may be registered;
//   - an attempt on a notice step records the notice; one on a judicial step is the
//     handover, after which, as after payment, recall or return, the case takes no more
//     outcomes.
// Refuses with InvalidArgument a step index outside the segment.
// REQUIRES: `strategy` passed validation (strategy_from_json).
#pragma once

#include "core/instant.hpp"
#include "core/result.hpp"
#include "strategy/case_state.hpp"
#include "strategy/outcome.hpp"
#include "strategy/strategy.hpp"

namespace duecall::strategy {

// Records the moves the ladder made on its own up to `at` and pins the segment. A paused
// case or one off the ladder comes back unchanged (apart from the pin).
Result<CaseState> catch_up(const CaseState& state, const Strategy& strategy, Instant at);

Result<CaseState> advance(const CaseState& state, const Strategy& strategy, const Outcome& outcome);

// The instant of the case's latest recorded event (step entry, attempt, agreement, notice).
Instant last_event_at(const CaseState& state);

}  // namespace duecall::strategy
