#include "dialer/ratio_pacer.hpp"

#include <algorithm>
#include <cmath>

#include "core/check.hpp"
#include "dialer/progressive_pacer.hpp"

namespace duecall::dialer {

int progressive_dials(const FloorState& floor) {
  return std::max(0, floor.ready() - floor.ringing_calls() - floor.waiting_calls());
}

RatioPacer::RatioPacer(double lines_per_ready_agent)
    : lines_per_ready_agent_(lines_per_ready_agent) {
  DC_VERIFY(lines_per_ready_agent >= 1.0, "a ratio below 1:1 would idle ready agents");
}

int RatioPacer::dials_to_place(const FloorState& floor, Instant /*now*/) {
  long goal = std::lround(lines_per_ready_agent_ * floor.ready());
  return std::max(0, static_cast<int>(goal) - floor.ringing_calls() - floor.waiting_calls());
}

}  // namespace duecall::dialer
