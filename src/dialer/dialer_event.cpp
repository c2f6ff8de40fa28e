#include "dialer/dialer_event.hpp"

namespace duecall::dialer {

std::string_view dialer_event_kind_name(DialerEventKind kind) {
  switch (kind) {
    case DialerEventKind::kCallPlaced: return "call_placed";
    case DialerEventKind::kCallReleased: return "call_released";
    case DialerEventKind::kCallAnswered: return "call_answered";
    case DialerEventKind::kCallConnected: return "call_connected";
    case DialerEventKind::kCallAbandoned: return "call_abandoned";
    case DialerEventKind::kCallEnded: return "call_ended";
    case DialerEventKind::kAgentReady: return "agent_ready";
  }
  return "unknown";
}

}  // namespace duecall::dialer
