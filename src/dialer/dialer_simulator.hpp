// The dialer simulator: a deterministic discrete-event model of one campaign's shift, driving
// a Pacer exactly as a live dialer would (events, a tick a second, a decision after each).
//
// Model: the campaign list is dialled in order and each number's fate is drawn once
// (FateList), so every mode meets the same people. Failed or busy numbers are released
// after 2 s; answered ones after their ring time; the rest at the 25 s ring timeout. An
// answered call takes the agent who has been ready longest; one that finds no agent within
// the grace time (2 s) is abandoned. Talk is followed by a fixed wrap-up. Agents are logged
// in all shift; trunks are unlimited. Nothing is dialled outside [shift start, shift end);
// calls in progress at the end are followed to their outcome, but only time inside the
// shift counts towards the shares. Events due at the same instant run in the order they
// were scheduled, so a seed replays exactly.
#pragma once

#include <cstdint>
#include <functional>

#include "core/instant.hpp"
#include "dialer/abandon_ledger.hpp"
#include "dialer/call_model.hpp"
#include "dialer/dialer_event.hpp"
#include "dialer/floor_state.hpp"
#include "dialer/pacing_mode.hpp"
#include "dialer/predictive_pacer.hpp"

namespace duecall::dialer {

struct SimulationConfig {
  PacingMode mode = PacingMode::kPredictive;
  int agents = 20;
  double hours = 8.0;
  double answer_rate = 0.25;
  std::uint64_t seed = 1;
  double ratio = 2.0;  // kRatio's lines per ready agent
  PredictiveConfig predictive;  // kPredictive; its campaign and model are the simulation's
  CallModel model;
  Instant shift_start = from_unix_micros(1'767'603'600'000'000);  // 2026-01-05T09:00:00Z
};

struct SimulationResult {
  PacingMode mode = PacingMode::kPredictive;
  int agents = 0;
  double hours = 0;
  std::int64_t dials = 0;
  std::int64_t answered = 0;
  std::int64_t connected = 0;
  std::int64_t abandoned = 0;
  double talk_seconds = 0;     // inside the shift
  double wrap_up_seconds = 0;  // inside the shift

  double talk_occupancy() const;
  double talk_wrap_share() const;
  double connects_per_agent_hour() const;
  double dials_per_agent_hour() const;
  double abandon_rate() const;
};

// Called after every event has been applied: the event, the floor as it now stands and the
// campaign's ledger. For tests that check invariants step by step.
using SimulationObserver =
    std::function<void(const DialerEvent&, const FloorState&, const AbandonLedger&)>;

inline constexpr const char* kSimulatedCampaign = "simulated";

// REQUIRES: config checked by the caller: agents >= 1, hours > 0, 0 < answer_rate <=
// 1 − model.failed_share.
SimulationResult simulate(const SimulationConfig& config,
                          const SimulationObserver& observer = {});

}  // namespace duecall::dialer
