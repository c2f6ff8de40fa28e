#include "strategy/advance.hpp"

#include <algorithm>

#include "strategy/anchor_times.hpp"
#include "strategy/ladder_walk.hpp"
#include "strategy/segment_choice.hpp"

namespace duecall::strategy {

namespace {

Error refused(const std::string& why) {
  return Error::failed_precondition(why);
}

std::string step_label(const Segment& segment, std::size_t step_idx) {
  return "step " + std::to_string(step_idx) + " '" + segment.steps[step_idx].name + "'";
}

void enter_step(CaseState& state, std::size_t step_idx, Instant at) {
  state.step_index = step_idx;
  state.step_started_at = at;
  state.attempts.clear();
}

// Moves the case to `step_idx`; refuses an earlier step, leaves the current one alone.
Status move_forward(CaseState& state, const Segment& segment, std::size_t step_idx, Instant at) {
  if (step_idx >= segment.steps.size()) {
    return Error::invalid_argument("segment '" + segment.name + "' has no step " +
                                   std::to_string(step_idx));
  }
  if (step_idx < state.step_index) {
    return refused("step " + std::to_string(step_idx) + " is before the case's " +
                   step_label(segment, state.step_index) + "; a case never moves back");
  }
  if (step_idx > state.step_index) enter_step(state, step_idx, at);
  return Ok{};
}

Status check_bureau_allowed(const CaseState& state, const AnchorTimes& times, Instant at) {
  if (state.bureau_registration == BureauRegistration::not_allowed) {
    return refused("this case may not be registered with a credit bureau");
  }
  if (!state.notice_sent_at) {
    return refused("a bureau registration needs a written notice first");
  }
  const Instant ready = times.plus_days(*state.notice_sent_at, state.bureau_notice_days);
  if (at < ready) {
    return refused("a bureau registration needs a written notice at least " +
                   std::to_string(state.bureau_notice_days) + " days old; not before " +
                   format_iso8601(ready));
  }
  return Ok{};
}

struct Apply {
  CaseState& state;
  const Segment& segment;
  const AnchorTimes& times;

  bool paused() const { return state.agreement.status == AgreementStatus::active; }

  Status operator()(const AttemptMade& attempt) {
    if (paused()) return refused("the ladder is paused by an active agreement");
    TRY(move_forward(state, segment, attempt.step_index, attempt.at));
    const Channel channel = segment.steps[state.step_index].channel;
    if (channel == Channel::bureau) TRY(check_bureau_allowed(state, times, attempt.at));
    state.attempts.push_back(attempt.at);
    if (channel == Channel::notice && !state.notice_sent_at) state.notice_sent_at = attempt.at;
    if (channel == Channel::judicial) state.handed_over_at = attempt.at;
    return Ok{};
  }
  Status operator()(const MovedToStep& move) {
    if (paused()) return refused("the ladder is paused by an active agreement");
    return move_forward(state, segment, move.step_index, move.at);
  }
  Status operator()(const AgreementMade& made) {
    if (paused()) return refused("an agreement is already active");
    state.agreement = Agreement{AgreementStatus::active, made.at, std::nullopt, std::nullopt};
    return Ok{};
  }
  Status operator()(const AgreementBroken& broken) {
    if (!paused()) return refused("no agreement is active, so none can be broken");
    // Never earlier than where the ladder paused, whatever resume_at says.
    const std::size_t resume = std::max(state.step_index, segment.resume_at.value_or(0));
    enter_step(state, resume, broken.at);
    state.agreement.status = AgreementStatus::broken;
    state.agreement.broken_at = broken.at;
    state.agreement.resume_step = resume;
    return Ok{};
  }
  Status operator()(const NoticeSent& notice) {
    if (!state.notice_sent_at) state.notice_sent_at = notice.at;
    return Ok{};
  }
  Status operator()(const Paid& paid) {
    state.paid_at = paid.at;
    return Ok{};
  }
  Status operator()(const Recalled& recalled) {
    state.recalled_at = recalled.at;
    return Ok{};
  }
};

}  // namespace

Instant last_event_at(const CaseState& state) {
  Instant last = state.step_start();
  if (!state.attempts.empty()) last = std::max(last, state.attempts.back());
  for (const auto& at :
       {state.agreement.made_at, state.agreement.broken_at, state.notice_sent_at}) {
    if (at) last = std::max(last, *at);
  }
  return last;
}

Result<CaseState> catch_up(const CaseState& state, const Strategy& strategy, Instant at) {
  CaseState next = state;
  const Segment* segment = TRY(choose_segment(state, strategy));
  next.segment = segment->name;
  if (next.has_left_ladder() || next.agreement.status == AgreementStatus::active) return next;
  const Position position = TRY(position_of(next, *segment));
  const CaseTotals totals = TRY(case_totals(next, strategy.reminder_fallback_days));
  const AnchorTimes times = TRY(AnchorTimes::for_case(next, totals));
  const Walk walk = walk_ladder(next, *segment, times, position, at, Lookahead::commit_past_moves);
  next.step_index = walk.position.step_index;
  next.step_started_at = walk.position.started_at;
  next.attempts = walk.position.attempts;
  if (walk.end == Walk::End::returned_to_client) next.returned_to_client_at = walk.ended_at;
  if (walk.end == Walk::End::handed_over) next.handed_over_at = walk.ended_at;
  return next;
}

Result<CaseState> advance(const CaseState& state, const Strategy& strategy,
                          const Outcome& outcome) {
  const Instant at = outcome_instant(outcome);
  const std::string what(outcome_name(outcome));
  if (state.has_left_ladder()) return refused(what + ": the case has left the ladder");
  if (at < last_event_at(state)) {
    return refused(what + " at " + format_iso8601(at) + " is before the case's last event at " +
                   format_iso8601(last_event_at(state)) + "; outcomes apply in time order");
  }
  CaseState next = TRY(catch_up(state, strategy, at));
  if (next.has_left_ladder()) {
    return refused(what + ": the case left the ladder before " + format_iso8601(at));
  }
  const Segment* segment = strategy.segment_named(next.segment);
  const CaseTotals totals = TRY(case_totals(next, strategy.reminder_fallback_days));
  const AnchorTimes times = TRY(AnchorTimes::for_case(next, totals));
  Status applied = std::visit(Apply{next, *segment, times}, outcome);
  if (!applied.ok()) {
    Error error = std::move(applied).error();
    error.message = what + ": " + error.message;
    return error;
  }
  return next;
}

}  // namespace duecall::strategy
