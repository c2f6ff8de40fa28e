// NumberFate is what will happen when a number of the campaign list is dialled: failed or
// busy, not answered, or answered after a ring time and then talked to for a talk time.
// FateList draws the fates lazily, in list order, from one seeded stream with a fixed number
// of draws per number, so every pacing mode dialling the same list meets the same people
// (common random numbers) however far it gets.
#pragma once

#include <chrono>
#include <cstdint>
#include <vector>

#include "dialer/call_model.hpp"
#include "dialer/simulation_random.hpp"

namespace duecall::dialer {

enum class CallFate { kFailed, kNotAnswered, kAnswered };

struct NumberFate {
  CallFate fate = CallFate::kFailed;
  std::chrono::microseconds ring{};  // until answered or released
  std::chrono::microseconds talk{};  // kAnswered only, once connected
};

class FateList {
 public:
  // REQUIRES: 0 < answer_rate <= 1 − model.failed_share.
  FateList(const CallModel& model, double answer_rate, std::uint64_t seed);

  // The fate of the number at `index` (0-based), drawing up to it if needed.
  const NumberFate& at(std::uint64_t index);

 private:
  CallModel model_;
  double answer_rate_;
  SimulationRandom random_;
  std::vector<NumberFate> fates_;
};

}  // namespace duecall::dialer
