// Looks up a built-in zone name. The names are constants in this folder and tzdata is
// installed by scripts/setup, so a failure is a broken deployment, not bad input.
#pragma once

#include <string_view>
#include <vector>

#include "core/time_zone.hpp"

namespace duecall::compliance {

TimeZone builtin_zone(std::string_view name);
std::vector<TimeZone> builtin_zones(std::initializer_list<std::string_view> names);

}  // namespace duecall::compliance
