// ConversationCooldownRule: after a telephone conversation with the debtor about this debt
// (a right-party call), no call within D consecutive local days, "the date of the
// telephone conversation [being] the first day of the seven-consecutive-day period"
// (12 CFR 1006.14(b)(2)(i)(B)). A conversation on Monday therefore blocks calls through
// Sunday and releases them at 00:00 the next Monday, local time (the latest such midnight
// among the candidate zones).
#pragma once

#include <vector>

#include "compliance/profile.hpp"
#include "compliance/rule.hpp"

namespace duecall::compliance {

class ConversationCooldownRule final : public Rule {
 public:
  ConversationCooldownRule(ConversationCooldown cooldown, std::vector<TimeZone> default_zones)
      : cooldown_(std::move(cooldown)), default_zones_(std::move(default_zones)) {}
  std::string_view name() const override { return "conversation_cooldown"; }
  Verdict evaluate(const ContactRequest& request, Instant at) const override;

 private:
  ConversationCooldown cooldown_;
  std::vector<TimeZone> default_zones_;
};

}  // namespace duecall::compliance
