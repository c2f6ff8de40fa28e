#include "dialer/ring_time_table.hpp"

#include <cmath>

namespace duecall::dialer {

namespace {
constexpr double kStepSeconds = 0.01;
}

RingTimeTable::RingTimeTable(const CallModel& model) {
  const auto points = static_cast<std::size_t>(std::ceil(model.ring_cap_seconds / kStepSeconds));
  cdf_.reserve(points + 1);
  for (std::size_t i = 0; i < points; ++i) cdf_.push_back(model.ring_cdf(i * kStepSeconds));
  cdf_.push_back(1.0);
}

double RingTimeTable::at(double seconds) const {
  if (seconds <= 0) return 0.0;
  const double position = seconds / kStepSeconds;
  const auto index = static_cast<std::size_t>(position);
  if (index + 1 >= cdf_.size()) return 1.0;
  const double fraction = position - static_cast<double>(index);
  return cdf_[index] + fraction * (cdf_[index + 1] - cdf_[index]);
}

}  // namespace duecall::dialer
