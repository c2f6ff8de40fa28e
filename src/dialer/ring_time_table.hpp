// RingTimeTable tabulates a CallModel's ring-time law for answered calls, P(ring <= t), on a
// 10 ms grid with linear interpolation, so the predictive pacer can evaluate it thousands
// of times per decision without a logarithm and an erfc each time.
#pragma once

#include <vector>

#include "dialer/call_model.hpp"

namespace duecall::dialer {

class RingTimeTable {
 public:
  explicit RingTimeTable(const CallModel& model);
  // P(ring time <= seconds); 0 below 0, 1 at and beyond the cap.
  double at(double seconds) const;

 private:
  std::vector<double> cdf_;  // cdf_[i] = P(ring <= i × step)
};

}  // namespace duecall::dialer
