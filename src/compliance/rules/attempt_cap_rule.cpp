#include "compliance/rules/attempt_cap_rule.hpp"

#include <algorithm>
#include <functional>
#include <string>

#include "compliance/local_clock.hpp"

namespace duecall::compliance {

bool AttemptCapRule::counts(const PastContact& contact) const {
  return channel_is_in(contact.channel, cap_.channels) && cap_.covers(contact.number_kind) &&
         std::find(cap_.uncounted_results.begin(), cap_.uncounted_results.end(), contact.result) ==
             cap_.uncounted_results.end();
}

Verdict AttemptCapRule::evaluate(const ContactRequest& request, Instant at) const {
  if (!channel_is_in(request.channel, cap_.channels) || !cap_.covers(request.number_kind)) {
    return Verdict::allow(at);
  }
  const std::string limit = cap_.name + " allows " + std::to_string(cap_.max_attempts) + " in " +
                            std::to_string(cap_.period_days) + " consecutive days";
  if (cap_.max_attempts <= 0) {
    return Verdict::refuse({Refusal::attempt_cap_reached, cap_.source, limit}, std::nullopt);
  }
  const auto& zones = zones_for(request, default_zones_);
  std::vector<Instant> drop_outs;  // when each contact still counting stops counting
  for (const PastContact& contact : request.history) {
    if (contact.at > request.at || !counts(contact)) continue;
    const Instant drop_out = end_of_day_period(zones, contact.at, cap_.period_days);
    if (drop_out > at) drop_outs.push_back(drop_out);
  }
  const auto cap = static_cast<std::size_t>(cap_.max_attempts);
  if (drop_outs.size() < cap) return Verdict::allow(at);
  std::sort(drop_outs.begin(), drop_outs.end(), std::greater<>());
  return Verdict::refuse({Refusal::attempt_cap_reached, cap_.source,
                          std::to_string(drop_outs.size()) + " counted contacts; " + limit},
                         drop_outs[cap - 1]);
}

}  // namespace duecall::compliance
