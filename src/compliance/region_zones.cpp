#include "compliance/region_zones.hpp"

#include <algorithm>
#include <array>
#include <span>

#include "compliance/profiles/zones.hpp"

namespace duecall::compliance {

namespace {

struct RegionZones {
  const char* region;
  std::array<const char*, 3> zones;  // unused slots are nullptr
};

// Where a state is split, the second and third zones hold the smaller parts: the Florida
// panhandle (Central), western Kentucky and Tennessee (Central), north-west and south-west
// Indiana (Central), the Michigan counties bordering Wisconsin (Central), western Kansas,
// Nebraska and the Dakotas (Mountain), El Paso and Hudspeth counties in Texas (Mountain),
// northern Idaho (Pacific), Malheur County in Oregon (Mountain), West Wendover in Nevada
// (Mountain), the Navajo Nation in Arizona (Mountain with daylight saving time) and the
// Aleutian Islands west of 169°30' in Alaska (Hawaii-Aleutian).
constexpr RegionZones kUnitedStates[] = {
    {"AK", {"America/Anchorage", "America/Adak"}},
    {"AL", {"America/Chicago"}},
    {"AR", {"America/Chicago"}},
    {"AS", {"Pacific/Pago_Pago"}},
    {"AZ", {"America/Phoenix", "America/Denver"}},
    {"CA", {"America/Los_Angeles"}},
    {"CO", {"America/Denver"}},
    {"CT", {"America/New_York"}},
    {"DC", {"America/New_York"}},
    {"DE", {"America/New_York"}},
    {"FL", {"America/New_York", "America/Chicago"}},
    {"GA", {"America/New_York"}},
    {"GU", {"Pacific/Guam"}},
    {"HI", {"Pacific/Honolulu"}},
    {"IA", {"America/Chicago"}},
    {"ID", {"America/Boise", "America/Los_Angeles"}},
    {"IL", {"America/Chicago"}},
    {"IN", {"America/Indiana/Indianapolis", "America/Chicago"}},
    {"KS", {"America/Chicago", "America/Denver"}},
    {"KY", {"America/New_York", "America/Chicago"}},
    {"LA", {"America/Chicago"}},
    {"MA", {"America/New_York"}},
    {"MD", {"America/New_York"}},
    {"ME", {"America/New_York"}},
    {"MI", {"America/Detroit", "America/Menominee"}},
    {"MN", {"America/Chicago"}},
    {"MO", {"America/Chicago"}},
    {"MP", {"Pacific/Saipan"}},
    {"MS", {"America/Chicago"}},
    {"MT", {"America/Denver"}},
    {"NC", {"America/New_York"}},
    {"ND", {"America/Chicago", "America/Denver"}},
    {"NE", {"America/Chicago", "America/Denver"}},
    {"NH", {"America/New_York"}},
    {"NJ", {"America/New_York"}},
    {"NM", {"America/Denver"}},
    {"NV", {"America/Los_Angeles", "America/Denver"}},
    {"NY", {"America/New_York"}},
    {"OH", {"America/New_York"}},
    {"OK", {"America/Chicago"}},
    {"OR", {"America/Los_Angeles", "America/Boise"}},
    {"PA", {"America/New_York"}},
    {"PR", {"America/Puerto_Rico"}},
    {"RI", {"America/New_York"}},
    {"SC", {"America/New_York"}},
    {"SD", {"America/Chicago", "America/Denver"}},
    {"TN", {"America/Chicago", "America/New_York"}},
    {"TX", {"America/Chicago", "America/Denver"}},
    {"UT", {"America/Denver"}},
    {"VA", {"America/New_York"}},
    {"VI", {"America/St_Thomas"}},
    {"VT", {"America/New_York"}},
    {"WA", {"America/Los_Angeles"}},
    {"WI", {"America/Chicago"}},
    {"WV", {"America/New_York"}},
    {"WY", {"America/Denver"}},
};

// Brazil abolished daylight saving time in 2019; the zones still differ in offset (Acre
// -05, the Amazon and the Centre-West -04, the rest -03) and in history.
constexpr RegionZones kBrazil[] = {
    {"AC", {"America/Rio_Branco"}},
    {"AL", {"America/Maceio"}},
    {"AM", {"America/Manaus", "America/Eirunepe"}},
    {"AP", {"America/Belem"}},
    {"BA", {"America/Bahia"}},
    {"CE", {"America/Fortaleza"}},
    {"DF", {"America/Sao_Paulo"}},
    {"ES", {"America/Sao_Paulo"}},
    {"GO", {"America/Sao_Paulo"}},
    {"MA", {"America/Fortaleza"}},
    {"MG", {"America/Sao_Paulo"}},
    {"MS", {"America/Campo_Grande"}},
    {"MT", {"America/Cuiaba"}},
    {"PA", {"America/Belem"}},
    {"PB", {"America/Fortaleza"}},
    {"PE", {"America/Recife", "America/Noronha"}},
    {"PI", {"America/Fortaleza"}},
    {"PR", {"America/Sao_Paulo"}},
    {"RJ", {"America/Sao_Paulo"}},
    {"RN", {"America/Fortaleza"}},
    {"RO", {"America/Porto_Velho"}},
    {"RR", {"America/Boa_Vista"}},
    {"RS", {"America/Sao_Paulo"}},
    {"SC", {"America/Sao_Paulo"}},
    {"SE", {"America/Maceio"}},
    {"SP", {"America/Sao_Paulo"}},
    {"TO", {"America/Araguaina"}},
};

std::span<const RegionZones> table_of(std::string_view country) {
  if (country == "US") return kUnitedStates;
  if (country == "BR") return kBrazil;
  return {};
}

}  // namespace

Result<std::vector<TimeZone>> region_zones(std::string_view country, std::string_view region) {
  for (const RegionZones& entry : table_of(country)) {
    if (entry.region != region) continue;
    std::vector<TimeZone> zones;
    for (const char* name : entry.zones) {
      if (name != nullptr) zones.push_back(builtin_zone(name));
    }
    return zones;
  }
  return Error::not_found("region '" + std::string(region) + "' of country '" +
                          std::string(country) + "' has no known time zones");
}

std::vector<std::string> known_regions(std::string_view country) {
  std::vector<std::string> regions;
  for (const RegionZones& entry : table_of(country)) regions.emplace_back(entry.region);
  std::sort(regions.begin(), regions.end());
  return regions;
}

}  // namespace duecall::compliance
