// AbandonedCallRule: a number that received an abandoned call (answered, but no agent
// within 2 s) must not be called again within the profile's gap (72 hours in the UK,
// Ofcom persistent-misuse policy) unless a live agent is guaranteed for the new call.
// The gap is elapsed time, not local days, so DST does not move it. Numbers are compared
// by `to`; an empty `to` on either side counts as the same number.
#pragma once

#include "compliance/profile.hpp"
#include "compliance/rule.hpp"

namespace duecall::compliance {

class AbandonedCallRule final : public Rule {
 public:
  explicit AbandonedCallRule(AbandonedCallGap gap) : gap_(std::move(gap)) {}
  std::string_view name() const override { return "abandoned_call_gap"; }
  Verdict evaluate(const ContactRequest& request, Instant at) const override;

 private:
  AbandonedCallGap gap_;
};

}  // namespace duecall::compliance
