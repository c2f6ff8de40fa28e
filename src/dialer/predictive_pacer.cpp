#include "dialer/predictive_pacer.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "dialer/progressive_pacer.hpp"

namespace duecall::dialer {

PredictivePacer::PredictivePacer(PredictiveConfig config, const AbandonLedger& ledger)
    : config_(std::move(config)),
      ledger_(ledger),
      ring_cdf_(config_.model),
      z_(config_.initial_z) {}

double PredictivePacer::answer_rate() const {
  return (answered_ + config_.prior_answer_rate * config_.prior_weight) /
         (resolved_ + config_.prior_weight);
}

double PredictivePacer::failed_share() const {
  return (failed_ + config_.prior_failed_share * config_.prior_weight) /
         (resolved_ + config_.prior_weight);
}

void PredictivePacer::observe(const DialerEvent& event) {
  switch (event.kind) {
    case DialerEventKind::kCallAnswered:
      answered_ += 1;
      resolved_ += 1;
      break;
    case DialerEventKind::kCallReleased:
      resolved_ += 1;
      break;
    case DialerEventKind::kCallConnected:
      if (!clamped_) z_ -= config_.controller_gain * config_.abandon_target;
      break;
    case DialerEventKind::kCallAbandoned:
      z_ += config_.controller_gain * (1.0 - config_.abandon_target);
      break;
    default:
      break;
  }
  z_ = std::clamp(z_, config_.z_min, config_.z_max);
}

bool PredictivePacer::falls_back_to_progressive(Instant now) const {
  const double threshold = config_.abandon_cap - config_.fallback_margin;
  for (LedgerWindow window : {LedgerWindow::kDay, LedgerWindow::kThirtyDays}) {
    const WindowCounts counts = ledger_.counts(config_.campaign, now, window);
    const double with_one_more = static_cast<double>(counts.abandoned + 1) /
                                 static_cast<double>(counts.answered + 1);
    if (with_one_more > threshold) return true;
  }
  return false;
}

int PredictivePacer::dials_to_place(const FloorState& floor, Instant now) {
  const int floor_dials = progressive_dials(floor);
  clamped_ = falls_back_to_progressive(now);
  if (clamped_) return floor_dials;

  const CallModel& model = config_.model;
  const double p = answer_rate();
  const double f = failed_share();
  // Checkpoints t = 1 … kHorizon s ahead: answers by t must not outrun agents free by
  // t + grace (Hall's condition for serving answers in time order).
  std::array<double, kCheckpoints> demand{};
  std::array<double, kCheckpoints> variance{};
  std::array<double, kCheckpoints> supply{};
  std::array<double, kCheckpoints> new_dial_share{};  // P(a new dial is answered by t)
  for (int k = 0; k < kCheckpoints; ++k) {
    const double t = k + 1.0;
    demand[k] = floor.waiting_calls();
    supply[k] = floor.ready();
    new_dial_share[k] = p * ring_cdf_.at(t);
  }
  for (const RingingCall& call : floor.ringing) {
    const double rung = duration_to_seconds(now - call.placed_at);
    const double survival = 1.0 - ring_cdf_.at(rung);
    const double answer_weight = p * survival;
    const double no_answer_weight = (1.0 - p - f) * (rung < model.no_answer_release_seconds);
    const double failed_weight = f * (rung < model.failed_release_seconds);
    const double total = answer_weight + no_answer_weight + failed_weight;
    if (answer_weight <= 0 || total <= 0) continue;
    const double answers = answer_weight / total;  // P(it will still be answered)
    const double cdf_rung = 1.0 - survival;
    for (int k = 0; k < kCheckpoints; ++k) {
      const double by_t = answers * (ring_cdf_.at(rung + k + 1.0) - cdf_rung) / survival;
      demand[k] += by_t;
      variance[k] += by_t * (1.0 - by_t);
    }
  }
  for (const AgentView& agent : floor.agents) {
    if (agent.state != AgentState::kWrapUp) continue;
    const double free_in =
        duration_to_seconds(agent.wrap_up_ends - now) - model.connect_grace_seconds;
    const int first = std::max(0, static_cast<int>(std::ceil(free_in)) - 1);
    for (int k = first; k < kCheckpoints; ++k) supply[k] += 1.0;
  }
  auto fits = [&](int n) {
    for (int k = 0; k < kCheckpoints; ++k) {
      const double q = new_dial_share[k];
      const double sigma = std::sqrt(variance[k] + n * q * (1.0 - q));
      if (demand[k] + n * q + z_ * sigma > supply[k]) return false;
    }
    return true;
  };
  // The left side grows with n, so the largest n that fits is found by stepping up; the
  // bound keeps a broken estimate from dialling the whole list.
  const int bound = 4 * floor.agents_logged_in() + 4;
  int n = 0;
  while (n < bound && fits(n + 1)) ++n;
  return std::max(n, floor_dials);
}

}  // namespace duecall::dialer
