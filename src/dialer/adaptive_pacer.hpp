// Adaptive pacing after VICIdial's ADAPT_AVERAGE (bin/AST_VDadapt.pl v2.4 and
// AST_VDauto_dial.pl): a ratio dialler whose dial level L is retuned by a multiplicative
// controller on agent idleness, with a brake on the day's drop rate.
//
//  - Once a second it samples ready agents, answered calls waiting, and logged-in agents,
//    and keeps the last 15 samples.
//  - Once a minute it refreshes the drop figures: calls placed and dropped in the last
//    minute, and today's calls, answers and drops.
//  - Every 15 s: diff = avg(ready) − avg(waiting) + dl_diff_target; mul = diff / avg(total);
//    intensity scales mul; L ← L × (1 + mul), clipped to [1, maximum]. Then, with the last
//    refreshed drop figures: more than 20 calls in the last minute with over 50 % dropped
//    halves L; more than 50 calls today with drops/answers above the dropped percentage
//    halves L (the ADAPT_AVERAGE brake). Finally L is floored at 1.
//  - Dials = round(L × agent count) − existing calls. The agent count and the existing calls
//    follow available_only_ratio_tally: with kReadyAndInCall (VICIdial's default "N"), agents
//    talking count as agents and their connected calls as existing calls; with kReadyOnly,
//    only ready agents count and only ringing and waiting calls are existing calls.
#pragma once

#include <cstdint>
#include <deque>

#include "dialer/pacer.hpp"

namespace duecall::dialer {

enum class RatioTally { kReadyAndInCall, kReadyOnly };

struct AdaptiveConfig {
  double initial_level = 1.0;
  double maximum_level = 3.0;         // adaptive_maximum_level
  double dropped_percentage = 3.0;    // adaptive_dropped_percentage
  double intensity = 0.0;             // adaptive_intensity, −40 … 40
  double dl_diff_target = 0.0;        // adaptive_dl_diff_target
  RatioTally tally = RatioTally::kReadyAndInCall;
};

// The figures one dial-level update reads.
struct DialLevelInputs {
  double level = 1.0;
  double average_ready = 0;
  double average_waiting = 0;
  double average_total = 0;
  std::int64_t calls_last_minute = 0;
  std::int64_t drops_last_minute = 0;
  std::int64_t calls_today = 0;
  std::int64_t answers_today = 0;
  std::int64_t drops_today = 0;
};

// One ADAPT_AVERAGE update of the dial level.
double next_adapt_average_level(const AdaptiveConfig& config, const DialLevelInputs& inputs);

class AdaptivePacer final : public Pacer {
 public:
  explicit AdaptivePacer(AdaptiveConfig config = {});

  std::string_view name() const override { return "adaptive"; }
  int dials_to_place(const FloorState& floor, Instant now) override;
  void observe(const DialerEvent& event) override;
  void tick(const FloorState& floor, Instant now) override;

  double level() const { return level_; }

 private:
  struct Sample {
    int ready;
    int waiting;
    int total;
  };
  void refresh_drop_figures(Instant now);

  AdaptiveConfig config_;
  double level_;
  std::deque<Sample> samples_;
  std::optional<Instant> last_level_update_;
  std::optional<Instant> last_drop_refresh_;
  std::deque<Instant> recent_calls_;  // placement times within the last minute
  std::deque<Instant> recent_drops_;  // abandon times within the last minute
  std::int64_t calls_today_ = 0;
  std::int64_t answers_today_ = 0;
  std::int64_t drops_today_ = 0;
  DialLevelInputs drop_figures_;      // as of the last refresh
};

}  // namespace duecall::dialer
