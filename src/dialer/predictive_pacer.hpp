// Predictive pacing: dial so that the answers expected in the next ring time match the
// agents expected to be free for them, with a safety term sized from the variance of the
// answers and steered by the campaign's own abandon count.
//
// Model, recomputed at every decision:
//  - p̂, the share of dials answered, and f̂, the share failing at once, are learnt online
//    (Beta priors: 0.25 and 0.10 with a weight of 20 calls each).
//  - Each ringing call that has rung e seconds will still be answered with the posterior
//    π(e) = p̂·S(e) / (p̂·S(e) + (1−p̂−f̂)·[e < no-answer release] + f̂·[e < failed release]),
//    S being the survival of the ring-time law. Answered calls waiting count as 1.
//  - Capacity C = ready agents + Σ over agents in wrap-up of P(a new dial's answer arrives
//    after that agent is free, less the grace time). Agents talking are left out: talk end
//    plus wrap-up is always later than the longest ring plus grace.
//  - It dials the largest n with  D + n·p̂ + z·σ(n) ≤ C, where D = Σ π + waiting and
//    σ²(n) = Σ π(1−π) + n·p̂(1−p̂).
//  - z is an integral controller on the campaign's answers: every abandon raises it by
//    gain·(1 − target), every connected call lowers it by gain·target, so the abandon count
//    tracks target × answers within (range of z)/gain calls whatever the team size. This is
//    the campaign-level margin: large floors end up with a small z, small floors a large one.
//  - It never dials fewer than progressive would.
//
// Fallback (the compliance clamp): it dials exactly as progressive while, in either ledger
// window (24 h or 30 days), one more abandon would lift the campaign's rate above
// cap − fallback margin (default 3 % − 0.5 points). The margin absorbs the answers still
// on their way from lines dialled before the clamp closed; progressive itself cannot
// abandon. Early in a day this also keeps it progressive until about 40 answers exist.
#pragma once

#include <string>

#include "dialer/abandon_ledger.hpp"
#include "dialer/call_model.hpp"
#include "dialer/pacer.hpp"
#include "dialer/ring_time_table.hpp"

namespace duecall::dialer {

struct PredictiveConfig {
  std::string campaign = "default";
  double abandon_cap = 0.03;
  double fallback_margin = 0.005;
  double abandon_target = 0.022;   // the controller's aim, below cap − margin
  double controller_gain = 0.05;
  double initial_z = 1.0;
  double z_min = -3.0;
  double z_max = 6.0;
  double prior_answer_rate = 0.25;
  double prior_failed_share = 0.10;
  double prior_weight = 20.0;
  CallModel model;                 // the ring-time law and release times
};

class PredictivePacer final : public Pacer {
 public:
  // `ledger` must outlive the pacer; the driver records every answer in it before it
  // reports the answer's outcome here.
  PredictivePacer(PredictiveConfig config, const AbandonLedger& ledger);

  std::string_view name() const override { return "predictive"; }
  int dials_to_place(const FloorState& floor, Instant now) override;
  void observe(const DialerEvent& event) override;

  // Returns true iff the compliance clamp holds the pacer at progressive at `now`.
  bool falls_back_to_progressive(Instant now) const;
  double safety_z() const { return z_; }

 private:
  static constexpr int kCheckpoints = 26;  // seconds: the longest ring plus the grace time

  double answer_rate() const;
  double failed_share() const;

  PredictiveConfig config_;
  const AbandonLedger& ledger_;
  RingTimeTable ring_cdf_;
  double z_;
  double answered_ = 0;
  double failed_ = 0;
  double resolved_ = 0;
  bool clamped_ = true;  // as of the last decision
};

}  // namespace duecall::dialer
