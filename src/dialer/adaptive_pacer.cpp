#include "dialer/adaptive_pacer.hpp"

#include <algorithm>
#include <cmath>

namespace duecall::dialer {

using namespace std::chrono_literals;

namespace {
constexpr std::size_t kSamplesKept = 15;
constexpr auto kLevelPeriod = 15s;
constexpr auto kDropPeriod = 60s;
}  // namespace

double next_adapt_average_level(const AdaptiveConfig& config, const DialLevelInputs& in) {
  double level = in.level;
  if (in.average_total > 0) {
    const double diff_target = in.average_ready - in.average_waiting + config.dl_diff_target;
    double mul = diff_target / in.average_total;
    const double intensity = config.intensity / 100.0;
    mul *= mul < 0 ? std::abs(intensity - 1.0) : intensity + 1.0;
    level *= 1.0 + mul;
    level = std::clamp(level, 1.0, config.maximum_level);
  }
  if (in.calls_last_minute > 20 &&
      static_cast<double>(in.drops_last_minute) / static_cast<double>(in.calls_last_minute) > 0.5) {
    level /= 2.0;
  }
  if (in.calls_today > 50 && in.answers_today > 0 &&
      100.0 * static_cast<double>(in.drops_today) / static_cast<double>(in.answers_today) >
          config.dropped_percentage) {
    level /= 2.0;
  }
  return std::max(level, 1.0);
}

AdaptivePacer::AdaptivePacer(AdaptiveConfig config)
    : config_(config), level_(config.initial_level) {}

void AdaptivePacer::observe(const DialerEvent& event) {
  switch (event.kind) {
    case DialerEventKind::kCallPlaced:
      calls_today_ += 1;
      recent_calls_.push_back(event.at);
      break;
    case DialerEventKind::kCallAnswered:
      answers_today_ += 1;
      break;
    case DialerEventKind::kCallAbandoned:
      drops_today_ += 1;
      recent_drops_.push_back(event.at);
      break;
    default:
      break;
  }
}

void AdaptivePacer::refresh_drop_figures(Instant now) {
  auto older_than_a_minute = [now](std::deque<Instant>& times) {
    while (!times.empty() && times.front() <= now - kDropPeriod) times.pop_front();
  };
  older_than_a_minute(recent_calls_);
  older_than_a_minute(recent_drops_);
  drop_figures_.calls_last_minute = static_cast<std::int64_t>(recent_calls_.size());
  drop_figures_.drops_last_minute = static_cast<std::int64_t>(recent_drops_.size());
  drop_figures_.calls_today = calls_today_;
  drop_figures_.answers_today = answers_today_;
  drop_figures_.drops_today = drops_today_;
}

void AdaptivePacer::tick(const FloorState& floor, Instant now) {
  samples_.push_back({floor.ready(), floor.waiting_calls(), floor.agents_logged_in()});
  if (samples_.size() > kSamplesKept) samples_.pop_front();
  if (!last_drop_refresh_ || now - *last_drop_refresh_ >= kDropPeriod) {
    refresh_drop_figures(now);
    last_drop_refresh_ = now;
  }
  if (!last_level_update_) last_level_update_ = now;
  if (now - *last_level_update_ < kLevelPeriod) return;
  last_level_update_ = now;
  DialLevelInputs inputs = drop_figures_;
  inputs.level = level_;
  for (const Sample& sample : samples_) {
    inputs.average_ready += sample.ready;
    inputs.average_waiting += sample.waiting;
    inputs.average_total += sample.total;
  }
  const double count = static_cast<double>(samples_.size());
  inputs.average_ready /= count;
  inputs.average_waiting /= count;
  inputs.average_total /= count;
  level_ = next_adapt_average_level(config_, inputs);
}

int AdaptivePacer::dials_to_place(const FloorState& floor, Instant /*now*/) {
  const bool in_call_counts = config_.tally == RatioTally::kReadyAndInCall;
  const int agents = floor.ready() + (in_call_counts ? floor.talking() : 0);
  const int existing =
      floor.ringing_calls() + floor.waiting_calls() + (in_call_counts ? floor.talking() : 0);
  const long goal = std::lround(level_ * agents);
  return std::max(0, static_cast<int>(goal) - existing);
}

}  // namespace duecall::dialer
