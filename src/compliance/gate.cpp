#include "compliance/gate.hpp"

#include <algorithm>

#include "compliance/jurisdictions.hpp"
#include "compliance/rules/rule_set.hpp"
#include "core/check.hpp"

namespace duecall::compliance {

namespace {

// Rules agree within a handful of rounds in practice (window, then holiday, then window
// again); the bound only stops rules that never agree, e.g. a cap that keeps pushing the
// instant into closed hours forever, which the profiles we build cannot produce.
constexpr int kMaxRounds = 256;

}  // namespace

ComplianceGate::ComplianceGate(Profile profile)
    : profile_(std::move(profile)), rules_(build_rules(profile_)) {
  DC_VERIFY(!profile_.default_zones.empty(),
            "jurisdictions.hpp and profile_from_json always give a profile a default zone");
}

Decision ComplianceGate::decide(const ContactRequest& request) const {
  // Contacts later than the request cannot have happened yet; dropping them once here is
  // what lets every rule treat the history as fixed while the search moves forward.
  ContactRequest asked = request;
  std::erase_if(asked.history, [&](const PastContact& contact) { return contact.at > request.at; });

  Decision decision;
  Instant candidate = request.at;
  for (int round = 0; round < kMaxRounds; ++round) {
    Instant latest = candidate;
    bool every_rule_allows = true;
    bool some_rule_never_allows = false;
    for (const auto& rule : rules_) {
      Verdict verdict = rule->evaluate(asked, candidate);
      if (verdict.allowed()) continue;
      every_rule_allows = false;
      if (round == 0) decision.reasons.push_back(std::move(*verdict.refusal));
      if (!verdict.next_allowed_at) {
        some_rule_never_allows = true;
      } else {
        DC_VERIFY(*verdict.next_allowed_at > candidate,
                  "a refusing rule names an instant later than the one it refused");
        latest = std::max(latest, *verdict.next_allowed_at);
      }
    }
    if (round == 0) decision.allowed = every_rule_allows;
    if (every_rule_allows) {
      decision.next_allowed_at = candidate;
      return decision;
    }
    if (some_rule_never_allows) return decision;
    candidate = latest;
  }
  return decision;
}

Result<Decision> decide(const ContactRequest& request, const ClientOverrides& overrides) {
  std::optional<std::string_view> region;
  if (request.region) region = *request.region;
  Profile profile = TRY(profile_for(request.country, region));
  Profile tightened = TRY(tighten(profile, overrides));
  return ComplianceGate(std::move(tightened)).decide(request);
}

}  // namespace duecall::compliance
