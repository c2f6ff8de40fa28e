#include "dialer/simulation_random.hpp"

#include <cmath>
#include <numbers>

namespace duecall::dialer {

double SimulationRandom::uniform() {
  return static_cast<double>(engine_() >> 11) * 0x1.0p-53;
}

double SimulationRandom::normal() {
  const double u1 = 1.0 - uniform();  // in (0, 1]: log is finite
  const double u2 = uniform();
  return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

}  // namespace duecall::dialer
