#include "dialer/oracle_pacer.hpp"

#include <algorithm>

namespace duecall::dialer {

OraclePacer::OraclePacer(FateList& fates, const CallModel& model)
    : fates_(fates), model_(model) {}

void OraclePacer::observe(const DialerEvent& event) {
  if (event.kind == DialerEventKind::kCallPlaced) {
    next_number_ = std::max(next_number_, event.call + 1);
  }
}

std::vector<Instant> OraclePacer::unclaimed_agent_times(const FloorState& floor, Instant now) {
  const auto wrap_up = seconds_to_duration(model_.wrap_up_seconds);
  std::vector<Instant> agent_times;
  for (const AgentView& agent : floor.agents) {
    switch (agent.state) {
      case AgentState::kReady: agent_times.push_back(now); break;
      case AgentState::kWrapUp: agent_times.push_back(agent.wrap_up_ends); break;
      case AgentState::kTalking:
        agent_times.push_back(agent.since + fates_.at(*agent.call).talk + wrap_up);
        break;
    }
  }
  std::vector<Instant> answers;
  for (const WaitingCall& call : floor.waiting) answers.push_back(call.answered_at);
  for (const RingingCall& call : floor.ringing) {
    const NumberFate& fate = fates_.at(call.id);
    if (fate.fate == CallFate::kAnswered) answers.push_back(call.placed_at + fate.ring);
  }
  std::sort(agent_times.begin(), agent_times.end());
  std::sort(answers.begin(), answers.end());
  // In time order, each answer takes the earliest agent; the oracle's own dialling keeps
  // every answer at or after its agent's time, so this matches what the floor will do.
  const std::size_t claimed = std::min(answers.size(), agent_times.size());
  agent_times.erase(agent_times.begin(), agent_times.begin() + static_cast<long>(claimed));
  return agent_times;
}

int OraclePacer::dials_to_place(const FloorState& floor, Instant now) {
  std::vector<Instant> free_at = unclaimed_agent_times(floor, now);
  wake_at_.reset();
  int dials = 0;
  std::size_t next_agent = 0;
  for (CallId number = next_number_;; ++number) {
    const NumberFate& fate = fates_.at(number);
    if (fate.fate != CallFate::kAnswered) {
      ++dials;
      continue;
    }
    if (next_agent == free_at.size()) break;  // every agent is spoken for
    const Instant dial_at = free_at[next_agent] - fate.ring;
    if (dial_at > now) {
      wake_at_ = dial_at;
      break;
    }
    ++dials;
    ++next_agent;
  }
  return dials;
}

}  // namespace duecall::dialer
