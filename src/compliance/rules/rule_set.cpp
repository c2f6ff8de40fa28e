#include "compliance/rules/rule_set.hpp"

#include "compliance/rules/abandoned_call_rule.hpp"
#include "compliance/rules/attempt_cap_rule.hpp"
#include "compliance/rules/contact_window_rule.hpp"
#include "compliance/rules/conversation_cooldown_rule.hpp"
#include "compliance/rules/do_not_call_rule.hpp"
#include "compliance/rules/hold_rule.hpp"
#include "compliance/rules/holiday_rule.hpp"

namespace duecall::compliance {

std::vector<std::unique_ptr<Rule>> build_rules(const Profile& profile) {
  std::vector<std::unique_ptr<Rule>> rules;
  // Holds and the do-not-call list come first: they are the reasons an agent most needs to
  // see, and they usually mean "never".
  for (HoldKind kind : kAllHoldKinds) rules.push_back(std::make_unique<HoldRule>(kind));
  rules.push_back(std::make_unique<DoNotCallRule>());
  rules.push_back(std::make_unique<ContactWindowRule>(profile.window, profile.default_zones));
  rules.push_back(std::make_unique<HolidayRule>(profile.holidays, profile.window.channels,
                                                profile.default_zones));
  for (const AttemptCap& cap : profile.caps) {
    rules.push_back(std::make_unique<AttemptCapRule>(cap, profile.default_zones));
  }
  if (profile.conversation_cooldown) {
    rules.push_back(std::make_unique<ConversationCooldownRule>(*profile.conversation_cooldown,
                                                               profile.default_zones));
  }
  if (profile.abandoned_call_gap) {
    rules.push_back(std::make_unique<AbandonedCallRule>(*profile.abandoned_call_gap));
  }
  return rules;
}

}  // namespace duecall::compliance
