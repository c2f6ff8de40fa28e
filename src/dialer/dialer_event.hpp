// DialerEvent is one thing that happened on the floor, as a pacer and the event log see it.
// Times are the instant the event happened; `agent` is the agent's index in
// FloorState::agents, or -1 when no agent is involved.
#pragma once

#include <string_view>

#include "core/instant.hpp"
#include "dialer/floor_state.hpp"

namespace duecall::dialer {

enum class DialerEventKind {
  kCallPlaced,     // a number was dialled
  kCallReleased,   // busy, failed or not answered: the line is free, nobody spoke
  kCallAnswered,   // a person answered; an agent must take the call within the grace time
  kCallConnected,  // an agent took an answered call
  kCallAbandoned,  // an answered call found no agent within the grace time
  kCallEnded,      // the conversation ended; the agent starts wrap-up
  kAgentReady,     // wrap-up over; the agent can take a call
};

std::string_view dialer_event_kind_name(DialerEventKind kind);

struct DialerEvent {
  DialerEventKind kind = DialerEventKind::kCallPlaced;
  Instant at{};
  CallId call = 0;
  int agent = -1;
};

}  // namespace duecall::dialer
