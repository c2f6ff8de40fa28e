#include "compliance/rules/conversation_cooldown_rule.hpp"

#include <optional>
#include <string>

#include "compliance/local_clock.hpp"

namespace duecall::compliance {

Verdict ConversationCooldownRule::evaluate(const ContactRequest& request, Instant at) const {
  if (!channel_is_in(request.channel, cooldown_.channels)) return Verdict::allow(at);
  const auto& zones = zones_for(request, default_zones_);
  std::optional<Instant> released_at;
  std::optional<Instant> conversation_at;
  for (const PastContact& contact : request.history) {
    const bool conversation =
        contact.channel == Channel::call && contact.result == ContactResult::right_party;
    if (!conversation || contact.at > request.at) continue;
    const Instant release = end_of_day_period(zones, contact.at, cooldown_.days);
    if (!released_at || release > *released_at) {
      released_at = release;
      conversation_at = contact.at;
    }
  }
  if (!released_at || *released_at <= at) return Verdict::allow(at);
  return Verdict::refuse(
      {Refusal::call_within_conversation_cooldown, cooldown_.source,
       "telephone conversation at " + format_iso8601(*conversation_at) + "; no call for " +
           std::to_string(cooldown_.days) + " consecutive days counting its day as day 1"},
      *released_at);
}

}  // namespace duecall::compliance
