#include "dialer/number_fate.hpp"

#include <algorithm>
#include <cmath>

#include "core/check.hpp"

namespace duecall::dialer {

FateList::FateList(const CallModel& model, double answer_rate, std::uint64_t seed)
    : model_(model), answer_rate_(answer_rate), random_(seed) {
  DC_VERIFY(answer_rate > 0 && answer_rate <= 1.0 - model.failed_share,
            "the command line checks the answer rate");
}

const NumberFate& FateList::at(std::uint64_t index) {
  while (fates_.size() <= index) {
    // Always five uniforms per number, whatever its fate, so that fates never shift.
    const double which = random_.uniform();
    const double ring_normal = random_.normal();
    const double talk_normal = random_.normal();
    NumberFate fate;
    if (which < model_.failed_share) {
      fate.fate = CallFate::kFailed;
      fate.ring = seconds_to_duration(model_.failed_release_seconds);
    } else if (which < model_.failed_share + answer_rate_) {
      fate.fate = CallFate::kAnswered;
      const double ring = std::exp(std::log(model_.ring_median_seconds) +
                                   model_.ring_sigma * ring_normal);
      fate.ring = seconds_to_duration(std::min(ring, model_.ring_cap_seconds));
      // A lognormal's mean is exp(mu + sigma²/2): solve mu from the mean.
      const double mu = std::log(model_.talk_mean_seconds) -
                        model_.talk_sigma * model_.talk_sigma / 2.0;
      fate.talk = seconds_to_duration(std::exp(mu + model_.talk_sigma * talk_normal));
    } else {
      fate.fate = CallFate::kNotAnswered;
      fate.ring = seconds_to_duration(model_.no_answer_release_seconds);
    }
    fates_.push_back(fate);
  }
  return fates_[index];
}

}  // namespace duecall::dialer
