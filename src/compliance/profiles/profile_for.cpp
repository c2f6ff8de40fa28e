#include "compliance/jurisdictions.hpp"

#include <string>

namespace duecall::compliance {

Result<Profile> profile_for(std::string_view country, std::optional<std::string_view> region) {
  if (country.empty() || country == "SI") return slovenia_profile();
  if (country == "US") return united_states_profile(region);
  if (country == "GB") return united_kingdom_profile();
  if (country == "BR") return brazil_profile(region);
  return Error::not_found("no compliance profile for country '" + std::string(country) +
                          "' (known: SI, US, GB, BR)");
}

}  // namespace duecall::compliance
