// next_action answers "what should happen to this case next, and when?" for a case, its
// client's strategy and the current instant. It is pure: no I/O, no clock; the caller passes
// `now`. The answer is either an action on a ladder step (with when it is due, its deadline,
// and a sentence saying why), or a standing in which there is nothing to do:
//
//   action_due                 do `action` at or after action->due_at, before its deadline
//   waiting_for_notice_period  the action is a bureau registration, deferred to the written
//                              notice + the jurisdiction's N days
//   paused_by_agreement        an agreement is active; the ladder waits
//   left_ladder_paid           the case is paid
//   left_ladder_recalled       the client recalled the case
//   handed_over                the judicial handover happened; nothing follows it
//   returned_to_client         the ladder ran out and sent the case back to the client
//
// Guarantees: an action is present iff the standing is action_due or
// waiting_for_notice_period; the action's step is never before the case's step; a bureau
// action is never due before the notice + N days; due_at may be in the past (overdue) but is
// always before the deadline. Moves that happen after `now` (a window that will close) are
// followed, so the action names the step that will actually be worked.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/instant.hpp"
#include "core/result.hpp"
#include "strategy/case_state.hpp"
#include "strategy/channel.hpp"
#include "strategy/strategy.hpp"

namespace duecall::strategy {

enum class Standing {
  action_due,
  waiting_for_notice_period,
  paused_by_agreement,
  left_ladder_paid,
  left_ladder_recalled,
  handed_over,
  returned_to_client,
};

std::string_view standing_name(Standing standing);

struct Action {
  std::size_t step_index = 0;
  std::string step_name;
  Channel channel = Channel::call;
  Instant due_at;
  std::optional<Instant> deadline;
  int attempt_number = 1;  // 1-based, of `attempts`
  int attempts = 1;
};

struct NextAction {
  Standing standing = Standing::action_due;
  std::string segment;
  std::optional<Action> action;
  std::optional<Instant> since;  // for the standings without an action: when it began
  std::string why;               // a human sentence

  // Returns true iff there is an action to take.
  bool has_action() const { return action.has_value(); }
};

// Refuses a case the engine cannot place: no open claims, claims in several currencies, an
// unknown time zone (InvalidArgument); a pinned segment the strategy lacks (NotFound); a step
// index outside the segment or attempts out of order (FailedPrecondition).
// REQUIRES: `strategy` passed validation (strategy_from_json).
Result<NextAction> next_action(const CaseState& state, const Strategy& strategy, Instant now);

}  // namespace duecall::strategy
