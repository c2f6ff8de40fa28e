#include "app/compliance_overrides.hpp"

#include "compliance/client_overrides_json.hpp"

namespace duecall::app {

Result<compliance::ClientOverrides> compliance_overrides_of(const domain::Client& client) {
  return compliance::client_overrides_from_json(client.policy.compliance);
}

Status check_compliance_overrides(const domain::Client& client) {
  compliance::ClientOverrides overrides = TRY(compliance_overrides_of(client));
  const std::string field_prefix = std::string(compliance::kClientOverridesPath) + ".";
  return compliance::check_tightens_every_profile(client.country, overrides, field_prefix);
}

}  // namespace duecall::app
