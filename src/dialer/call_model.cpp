#include "dialer/call_model.hpp"

#include <cmath>

namespace duecall::dialer {

double CallModel::ring_cdf(double seconds) const {
  if (seconds <= 0) return 0.0;
  if (seconds >= ring_cap_seconds) return 1.0;
  const double z = (std::log(seconds) - std::log(ring_median_seconds)) / ring_sigma;
  return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

std::chrono::microseconds seconds_to_duration(double seconds) {
  return std::chrono::microseconds(std::llround(seconds * 1e6));
}

double duration_to_seconds(std::chrono::microseconds duration) {
  return static_cast<double>(duration.count()) / 1e6;
}

}  // namespace duecall::dialer
