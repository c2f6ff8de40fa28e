// A Rule is one named compliance constraint, built from a jurisdiction Profile. It answers
// for one instant whether it allows the requested contact, and if not, why and when it
// first would (see Verdict for the exactness contract). Rules hold only immutable data
// copied from the profile; evaluating one has no side effects and reads no clock, so rules
// may be shared across threads.
#pragma once

#include <string_view>
#include <vector>

#include "compliance/contact_request.hpp"
#include "compliance/verdict.hpp"
#include "core/instant.hpp"

namespace duecall::compliance {

class Rule {
 public:
  virtual ~Rule() = default;
  // A short stable name for logs and tests, e.g. "contact_window".
  virtual std::string_view name() const = 0;
  // Evaluates the rule for `request` as if it were made at `at` instead of `request.at`.
  // REQUIRES: at >= request.at, and `request.history` holds no entry later than request.at
  // (the gate filters it), so that the answer cannot depend on contacts yet to come.
  virtual Verdict evaluate(const ContactRequest& request, Instant at) const = 0;
};

}  // namespace duecall::compliance

namespace duecall::compliance {

// The zones a rule must satisfy: the request's candidates, or the profile's defaults when
// the debtor's zone is not known at all.
inline const std::vector<TimeZone>& zones_for(const ContactRequest& request,
                                              const std::vector<TimeZone>& default_zones) {
  return request.candidate_zones.empty() ? default_zones : request.candidate_zones;
}

}  // namespace duecall::compliance
