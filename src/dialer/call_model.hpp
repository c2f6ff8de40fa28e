// CallModel holds the timing assumptions of outbound calls: how long an answered call
// rings, when unanswered and failed calls are released, how long conversations and wrap-up
// last, and the grace time within which an answered call must reach an agent. The
// simulator draws from it; the predictive pacer uses its ring-time law as its prior.
#pragma once

#include <chrono>

namespace duecall::dialer {

struct CallModel {
  double failed_share = 0.10;            // busy or failed numbers
  double failed_release_seconds = 2.0;
  double ring_median_seconds = 8.0;      // answered calls: lognormal ring time ...
  double ring_sigma = 0.5;
  double ring_cap_seconds = 24.0;        // ... capped here
  double no_answer_release_seconds = 25.0;
  double talk_mean_seconds = 180.0;      // lognormal conversation, by its mean
  double talk_sigma = 0.6;
  double wrap_up_seconds = 30.0;
  double connect_grace_seconds = 2.0;    // an answer waits this long for an agent

  // P(ring time <= t) for an answered call, with the cap.
  double ring_cdf(double seconds) const;
};

// Seconds as a duration, rounded to the microsecond.
std::chrono::microseconds seconds_to_duration(double seconds);
double duration_to_seconds(std::chrono::microseconds duration);

}  // namespace duecall::dialer
