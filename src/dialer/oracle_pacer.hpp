// The oracle knows every number's fate (FateList), so it is an upper bound for the
// simulator, not a pacer for real trunks. It dials numbers that will not answer at once
// (trunks are unlimited and they cost no agent time) and dials each number that will answer
// exactly one ring time before an agent becomes free for it, so an answer never waits and
// an agent idles only while no answering number can reach it sooner.
//
// It tracks the next number of the list from the kCallPlaced events (calls are named by
// list position) and asks to be woken when the next answering number is due.
#pragma once

#include <vector>

#include "dialer/call_model.hpp"
#include "dialer/number_fate.hpp"
#include "dialer/pacer.hpp"

namespace duecall::dialer {

class OraclePacer final : public Pacer {
 public:
  // `fates` must outlive the pacer and be the list the driver dials.
  OraclePacer(FateList& fates, const CallModel& model);

  std::string_view name() const override { return "oracle"; }
  int dials_to_place(const FloorState& floor, Instant now) override;
  void observe(const DialerEvent& event) override;
  std::optional<Instant> wake_at() const override { return wake_at_; }

 private:
  // When each agent can take its next call, earliest first, after the answers already on
  // their way have claimed theirs.
  std::vector<Instant> unclaimed_agent_times(const FloorState& floor, Instant now);

  FateList& fates_;
  CallModel model_;
  CallId next_number_ = 0;
  std::optional<Instant> wake_at_;
};

}  // namespace duecall::dialer
