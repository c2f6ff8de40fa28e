// SimulationRandom: the simulator's only source of randomness. std::mt19937_64 is fully
// specified by the standard, but the standard distributions are not (each library may
// turn the same bits into different numbers), so the uniform and normal draws are written
// here from the raw 64-bit output. The same seed gives the same draws on every platform.
#pragma once

#include <cstdint>
#include <random>

namespace duecall::dialer {

class SimulationRandom {
 public:
  explicit SimulationRandom(std::uint64_t seed) : engine_(seed) {}

  // Uniform on [0, 1) with 53 bits of precision.
  double uniform();
  // Standard normal by Box–Muller; always consumes exactly two uniforms, so the number of
  // engine steps per draw is fixed.
  double normal();

 private:
  std::mt19937_64 engine_;
};

}  // namespace duecall::dialer
