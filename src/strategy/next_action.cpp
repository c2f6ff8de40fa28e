#include "strategy/next_action.hpp"

#include "strategy/anchor_times.hpp"
#include "strategy/ladder_walk.hpp"
#include "strategy/segment_choice.hpp"

namespace duecall::strategy {

std::string_view standing_name(Standing standing) {
  switch (standing) {
    case Standing::action_due:
      return "action_due";
    case Standing::waiting_for_notice_period:
      return "waiting_for_notice_period";
    case Standing::paused_by_agreement:
      return "paused_by_agreement";
    case Standing::left_ladder_paid:
      return "left_ladder_paid";
    case Standing::left_ladder_recalled:
      return "left_ladder_recalled";
    case Standing::handed_over:
      return "handed_over";
    case Standing::returned_to_client:
      return "returned_to_client";
  }
  return "unknown";
}

namespace {

NextAction standing_since(Standing standing, Instant since, std::string why) {
  NextAction next;
  next.standing = standing;
  next.since = since;
  next.why = std::move(why);
  return next;
}

// The standing of a case that is off the ladder or paused, if it is.
std::optional<NextAction> standing_off_ladder(const CaseState& state) {
  if (state.paid_at)
    return standing_since(Standing::left_ladder_paid, *state.paid_at, "The case is paid.");
  if (state.recalled_at) {
    return standing_since(Standing::left_ladder_recalled, *state.recalled_at,
                          "The client recalled the case.");
  }
  if (state.handed_over_at) {
    return standing_since(Standing::handed_over, *state.handed_over_at,
                          "The case was handed over for judicial proceedings.");
  }
  if (state.returned_to_client_at) {
    return standing_since(Standing::returned_to_client, *state.returned_to_client_at,
                          "The ladder ran out; the case went back to the client.");
  }
  return std::nullopt;
}

std::string moves_sentence(const Walk& walk) {
  std::string text;
  for (const std::string& move : walk.moves) text += " Before that, " + move + ".";
  return text;
}

NextAction action_from(const Segment& segment, const Step& step, const Walk& walk) {
  NextAction next;
  next.standing =
      walk.waiting_for_notice_period ? Standing::waiting_for_notice_period : Standing::action_due;
  const int attempt_number = static_cast<int>(walk.position.attempts.size()) + 1;
  next.action =
      Action{walk.position.step_index, step.name,    step.channel, walk.due_at, walk.deadline,
             attempt_number,           step.attempts};
  next.why = "Attempt " + std::to_string(attempt_number) + " of " + std::to_string(step.attempts) +
             " of step " + std::to_string(walk.position.step_index) + " '" + step.name + "' (" +
             std::string(channel_name(step.channel)) + ") of segment '" + segment.name +
             "', due from " + step.earliest.describe();
  if (step.latest) next.why += " until " + step.latest->describe();
  next.why += ".";
  if (walk.waiting_for_notice_period) {
    next.why += " Deferred to " + format_iso8601(walk.due_at) +
                ": a bureau registration needs a written notice sent at least the notice "
                "period before.";
  }
  next.why += moves_sentence(walk);
  return next;
}

}  // namespace

Result<NextAction> next_action(const CaseState& state, const Strategy& strategy, Instant now) {
  if (auto off = standing_off_ladder(state)) return *off;
  const Segment* segment = TRY(choose_segment(state, strategy));
  const Position position = TRY(position_of(state, *segment));
  if (state.agreement.status == AgreementStatus::active) {
    NextAction paused = standing_since(Standing::paused_by_agreement,
                                       state.agreement.made_at.value_or(position.started_at),
                                       "An agreement is active; the ladder is paused at step " +
                                           std::to_string(position.step_index) + " '" +
                                           segment->steps[position.step_index].name + "'.");
    paused.segment = segment->name;
    return paused;
  }
  const CaseTotals totals = TRY(case_totals(state, strategy.reminder_fallback_days));
  const AnchorTimes times = TRY(AnchorTimes::for_case(state, totals));
  const Walk walk = walk_ladder(state, *segment, times, position, now, Lookahead::predict);
  NextAction next;
  switch (walk.end) {
    case Walk::End::returned_to_client:
      next = standing_since(Standing::returned_to_client, walk.ended_at,
                            "The ladder sends the case back to the client." + moves_sentence(walk));
      break;
    case Walk::End::handed_over:
      next = standing_since(Standing::handed_over, walk.ended_at,
                            "The case was handed over for judicial proceedings.");
      break;
    case Walk::End::step_due:
      next = action_from(*segment, segment->steps[walk.position.step_index], walk);
      break;
  }
  next.segment = segment->name;
  return next;
}

}  // namespace duecall::strategy
