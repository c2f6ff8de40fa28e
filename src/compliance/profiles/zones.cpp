#include "compliance/profiles/zones.hpp"

#include "core/check.hpp"

namespace duecall::compliance {

TimeZone builtin_zone(std::string_view name) {
  auto zone = TimeZone::find(name);
  DC_VERIFY(zone.ok(), "built-in zone names are valid IANA names and tzdata is installed");
  return *zone;
}

std::vector<TimeZone> builtin_zones(std::initializer_list<std::string_view> names) {
  std::vector<TimeZone> zones;
  for (std::string_view name : names) zones.push_back(builtin_zone(name));
  return zones;
}

}  // namespace duecall::compliance
