#include "compliance/rules/abandoned_call_rule.hpp"

#include <optional>
#include <string>

namespace duecall::compliance {

namespace {
bool same_number(const std::string& a, const std::string& b) {
  return a.empty() || b.empty() || a == b;
}
}  // namespace

Verdict AbandonedCallRule::evaluate(const ContactRequest& request, Instant at) const {
  if (request.channel != Channel::call || request.live_agent_guaranteed) {
    return Verdict::allow(at);
  }
  std::optional<Instant> last_abandoned;
  for (const PastContact& contact : request.history) {
    if (contact.channel != Channel::call || !contact.abandoned || contact.at > request.at ||
        !same_number(contact.to, request.to)) {
      continue;
    }
    if (!last_abandoned || contact.at > *last_abandoned) last_abandoned = contact.at;
  }
  if (!last_abandoned || *last_abandoned + gap_.gap <= at) return Verdict::allow(at);
  return Verdict::refuse(
      {Refusal::repeat_call_too_soon_after_abandoned_call, gap_.source,
       "abandoned call at " + format_iso8601(*last_abandoned) + "; " +
           std::to_string(gap_.gap.count()) + " hours must pass unless a live agent is guaranteed"},
      *last_abandoned + gap_.gap);
}

}  // namespace duecall::compliance
