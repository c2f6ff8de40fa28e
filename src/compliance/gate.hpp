// The compliance gate answers "may we contact this debtor on this channel at this instant,
// and if not, when is the earliest instant we may?" It is a pure function of a Profile and
// a ContactRequest: no I/O, no clock, no state between calls.
//
// The earliest instant is a fixed point: start at the request's instant, ask every rule,
// jump to the latest of the refusing rules' own earliest instants, and ask again until all
// allow at once. Because each rule's earliest instant is exact (Verdict), so is the
// result, and no instant between the request and the answer is allowed. The search is
// bounded; a bound that is reached (rules that never agree) reads as "never".
//
// A ComplianceGate owns the Rules built from one profile and may be shared between threads.
#pragma once

#include <memory>
#include <vector>

#include "compliance/contact_request.hpp"
#include "compliance/decision.hpp"
#include "compliance/profile.hpp"
#include "compliance/rule.hpp"
#include "compliance/tighten.hpp"
#include "core/result.hpp"

namespace duecall::compliance {

class ComplianceGate {
 public:
  explicit ComplianceGate(Profile profile);

  // Decides `request` under this gate's profile; request.country and request.region are
  // not consulted (the profile already is the jurisdiction).
  Decision decide(const ContactRequest& request) const;

  const Profile& profile() const { return profile_; }
  const std::vector<std::unique_ptr<Rule>>& rules() const { return rules_; }

 private:
  Profile profile_;
  std::vector<std::unique_ptr<Rule>> rules_;
};

// Decides `request` under the built-in profile for its country and region, narrowed by
// the client's overrides. Fails when there is no profile for the country or an override
// would loosen it.
Result<Decision> decide(const ContactRequest& request, const ClientOverrides& overrides = {});

}  // namespace duecall::compliance
