#include "dialer/floor_state.hpp"

#include <algorithm>

namespace duecall::dialer {

int FloorState::agents_in(AgentState state) const {
  return static_cast<int>(std::count_if(agents.begin(), agents.end(),
                                        [state](const AgentView& a) { return a.state == state; }));
}

}  // namespace duecall::dialer
