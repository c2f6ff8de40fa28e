// Ratio pacing (textbook k:1): keep round(k × ready agents) lines busy. Dials =
// round(k × ready) − (ringing + answered calls waiting), never negative. This is VICIdial's
// RATIO with available_only_ratio_tally=Y. k = 1 is progressive.
#pragma once

#include "dialer/pacer.hpp"

namespace duecall::dialer {

class RatioPacer final : public Pacer {
 public:
  // REQUIRES: lines_per_ready_agent >= 1.
  explicit RatioPacer(double lines_per_ready_agent = 2.0);

  std::string_view name() const override { return "ratio"; }
  int dials_to_place(const FloorState& floor, Instant now) override;

 private:
  double lines_per_ready_agent_;
};

}  // namespace duecall::dialer
