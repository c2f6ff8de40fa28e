// The ladder walk is the one place that decides how a case moves along its segment's
// ladder as time passes, shared by next_action (which asks "what is next?") and catch_up
// (which records the moves that have already happened). Starting from the case's position,
// it looks at the current step:
//   - a bureau step of a case that may not be registered, or that has no written notice,
//     is skipped: exhausted the moment the case reaches it;
//   - a step that has used its attempts is exhausted at its last attempt;
//   - otherwise the next attempt is due at the latest of: the step's earliest instant, the
//     moment the case entered the step, and the previous attempt + spacing; for a bureau
//     step, also the notice + N days (then the walk reports that it is waiting for the
//     notice period);
//   - a step with a deadline whose next attempt would fall at or after it, or whose deadline
//     has passed (now >= deadline), is exhausted at its deadline (or at its entry, if it was
//     entered after its deadline).
// An exhausted step sends the case to its on_exhaustion target, which is always later in
// the ladder or out of it (validated), so the walk ends after at most one visit per step.
//
// With Lookahead::commit_past_moves the walk stops before any move that happens after
// `now`; with Lookahead::predict it follows them, so the answer names the step that will be
// worked and when.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/instant.hpp"
#include "core/result.hpp"
#include "strategy/anchor_times.hpp"
#include "strategy/case_state.hpp"
#include "strategy/strategy.hpp"

namespace duecall::strategy {

struct Position {
  std::size_t step_index = 0;
  Instant started_at;
  std::vector<Instant> attempts;
};

enum class Lookahead { commit_past_moves, predict };

struct Walk {
  enum class End { step_due, returned_to_client, handed_over };
  End end = End::step_due;
  Position position;                // where the walk stopped
  Instant due_at;                   // step_due: when the next attempt is due
  std::optional<Instant> deadline;  // step_due: attempts must happen before this
  bool waiting_for_notice_period = false;
  Instant ended_at;                // returned_to_client / handed_over: when
  std::vector<std::string> moves;  // sentences, one per step left behind
};

// The case's position as stored. Refuses (FailedPrecondition) a step index outside the
// segment and attempts out of time order or before the step's start.
Result<Position> position_of(const CaseState& state, const Segment& segment);

// REQUIRES: `from` came from position_of for the same segment.
Walk walk_ladder(const CaseState& state, const Segment& segment, const AnchorTimes& times,
                 Position from, Instant now, Lookahead lookahead);

}  // namespace duecall::strategy
