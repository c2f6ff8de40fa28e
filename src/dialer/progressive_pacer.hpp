// Progressive pacing: one line per ready agent. Dials = ready agents − (ringing + answered
// calls waiting). Every answer finds a free agent, so it never abandons; the agent pays the
// whole ring time of every attempt as idle time.
#pragma once

#include "dialer/pacer.hpp"

namespace duecall::dialer {

// The progressive dial count on a floor; the predictive pacer falls back to it.
int progressive_dials(const FloorState& floor);

class ProgressivePacer final : public Pacer {
 public:
  std::string_view name() const override { return "progressive"; }
  int dials_to_place(const FloorState& floor, Instant /*now*/) override {
    return progressive_dials(floor);
  }
};

}  // namespace duecall::dialer
