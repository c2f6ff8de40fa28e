// FloorState is the snapshot a pacer decides on: every logged-in agent with what it is doing
// and since when, the calls still ringing with the time they were placed, and the answered
// calls waiting for an agent. A live dialer and the simulator keep one up to date and hand it
// to the pacer after every event; the pacer never changes it.
//
// Invariants (checked by the simulator's tests after every event): an agent holds at most
// one call; a ready agent holds none; a call is in at most one of ringing, waiting or an
// agent's hands.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/instant.hpp"

namespace duecall::dialer {

// A call is named by the position of its number in the campaign list (0-based), so the
// simulator's oracle can look up that number's fate.
using CallId = std::uint64_t;

enum class AgentState { kReady, kTalking, kWrapUp };

struct AgentView {
  AgentState state = AgentState::kReady;
  Instant since{};                   // when the agent entered this state
  Instant wrap_up_ends{};            // kWrapUp only: when the agent will be ready again
  std::optional<CallId> call;        // kTalking only
};

struct RingingCall {
  CallId id = 0;
  Instant placed_at{};
};

struct WaitingCall {
  CallId id = 0;
  Instant answered_at{};
};

struct FloorState {
  std::vector<AgentView> agents;
  std::vector<RingingCall> ringing;  // in the order placed
  std::vector<WaitingCall> waiting;  // in the order answered

  int agents_logged_in() const { return static_cast<int>(agents.size()); }
  int agents_in(AgentState state) const;
  int ready() const { return agents_in(AgentState::kReady); }
  int talking() const { return agents_in(AgentState::kTalking); }
  int in_wrap_up() const { return agents_in(AgentState::kWrapUp); }
  int ringing_calls() const { return static_cast<int>(ringing.size()); }
  int waiting_calls() const { return static_cast<int>(waiting.size()); }
};

}  // namespace duecall::dialer
