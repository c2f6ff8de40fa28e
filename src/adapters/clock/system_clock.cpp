#include "adapters/clock/system_clock.hpp"

namespace duecall::adapters {

// The one place that reads the real clock.
Instant SystemClock::now() const {
  return std::chrono::time_point_cast<std::chrono::microseconds>(std::chrono::system_clock::now());
}

}  // namespace duecall::adapters
