#include "strategy/ladder_walk.hpp"

#include <algorithm>

#include "core/check.hpp"

namespace duecall::strategy {

namespace {

// What one step says about the case standing on it.
struct StepVerdict {
  bool exhausted = false;
  Instant at;  // exhausted: when; otherwise: when the next attempt is due
  std::optional<Instant> deadline;
  bool waiting_for_notice_period = false;
  std::string why;  // exhausted: why, as a sentence fragment
};

StepVerdict exhausted_at(Instant at, std::string why) {
  return {true, at, {}, false, why};
}

StepVerdict judge_step(const CaseState& state, const Step& step, const AnchorTimes& times,
                       const Position& position, Instant now) {
  const Instant start = position.started_at;
  if (step.channel == Channel::bureau) {
    if (state.bureau_registration == BureauRegistration::not_allowed) {
      return exhausted_at(start, "was skipped: this case may not be registered with a bureau");
    }
    if (!state.notice_sent_at)
      return exhausted_at(start, "was skipped: no written notice was sent");
  }
  const int made = static_cast<int>(position.attempts.size());
  if (made >= step.attempts) {
    return exhausted_at(std::max(start, position.attempts.back()),
                        "used its " + std::to_string(step.attempts) + " attempt(s)");
  }
  StepVerdict verdict;
  verdict.at = std::max(times.resolve(step.earliest, start), start);
  if (made > 0) {
    verdict.at =
        std::max(verdict.at, position.attempts.back() + std::chrono::hours(step.spacing_hours));
  }
  if (step.channel == Channel::bureau) {
    const Instant notice_period_over =
        times.plus_days(*state.notice_sent_at, state.bureau_notice_days);
    if (notice_period_over > verdict.at) {
      verdict.at = notice_period_over;
      verdict.waiting_for_notice_period = true;
    }
  }
  if (step.latest) {
    const Instant deadline = times.resolve(*step.latest, start);
    if (verdict.at >= deadline || now >= deadline) {
      return exhausted_at(std::max(start, deadline), "closed at its deadline " +
                                                         format_iso8601(deadline) + " (" +
                                                         step.latest->describe() + ")");
    }
    verdict.deadline = deadline;
  }
  return verdict;
}

std::string step_label(const Segment& segment, std::size_t step_idx) {
  return "step " + std::to_string(step_idx) + " '" + segment.steps[step_idx].name + "'";
}

}  // namespace

Result<Position> position_of(const CaseState& state, const Segment& segment) {
  if (state.step_index >= segment.steps.size()) {
    return Error::failed_precondition("the case is at step " + std::to_string(state.step_index) +
                                      " but segment '" + segment.name + "' has " +
                                      std::to_string(segment.steps.size()) + " steps");
  }
  Instant previous = state.step_start();
  for (Instant attempt : state.attempts) {
    if (attempt < previous) {
      return Error::failed_precondition("the case's attempts at " + format_iso8601(attempt) +
                                        " are out of time order or before the step started");
    }
    previous = attempt;
  }
  return Position{state.step_index, state.step_start(), state.attempts};
}

Walk walk_ladder(const CaseState& state, const Segment& segment, const AnchorTimes& times,
                 Position from, Instant now, Lookahead lookahead) {
  Walk walk;
  walk.position = std::move(from);
  // Each pass either returns or moves to a strictly later step (validated on_exhaustion),
  // so the loop runs at most once per step.
  for (std::size_t pass = 0; pass <= segment.steps.size(); ++pass) {
    const std::size_t step_idx = walk.position.step_index;
    const Step& step = segment.steps[step_idx];
    if (step.channel == Channel::judicial && !walk.position.attempts.empty()) {
      walk.end = Walk::End::handed_over;
      walk.ended_at = walk.position.attempts.front();
      return walk;
    }
    const StepVerdict verdict = judge_step(state, step, times, walk.position, now);
    if (!verdict.exhausted) {
      walk.due_at = verdict.at;
      walk.deadline = verdict.deadline;
      walk.waiting_for_notice_period = verdict.waiting_for_notice_period;
      return walk;
    }
    if (lookahead == Lookahead::commit_past_moves && verdict.at > now) return walk;
    walk.moves.push_back(step_label(segment, step_idx) + " " + verdict.why);
    if (step.on_exhaustion.kind == Exhaustion::Kind::return_to_client) {
      walk.end = Walk::End::returned_to_client;
      walk.ended_at = verdict.at;
      return walk;
    }
    DC_VERIFY(step.on_exhaustion.step_index > step_idx &&
                  step.on_exhaustion.step_index < segment.steps.size(),
              "validation keeps exhaustion targets later in the ladder");
    walk.position = Position{step.on_exhaustion.step_index, verdict.at, {}};
  }
  DC_VERIFY(false, "the ladder walk visits each step at most once");
  return walk;
}

}  // namespace duecall::strategy
