// The time zones of a country's first-level regions: a US state, district or territory
// (its USPS code, "MA") or a Brazilian federative unit (its UF, "SP"). A region split
// between zones lists every one (Florida, Texas, Indiana, Kentucky ...), because a debtor
// known only to live in the state may live in any part of it, and the gate must then keep
// to the window of each (12 CFR 1006.6(b)(1)(i) commentary on conflicting locations).
//
// The zones are the IANA zones whose areas cover the region (tzdata's zone1970.tab comments
// and the US DOT time-zone boundaries, 49 CFR part 71); zones with identical rules today are
// listed once. The data is constant and safe to share between threads.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "core/time_zone.hpp"

namespace duecall::compliance {

// Every zone `region` of `country` spans. NotFound for a region we do not know, and for
// every region of a country other than US and BR.
Result<std::vector<TimeZone>> region_zones(std::string_view country, std::string_view region);

// The region codes region_zones knows for `country`, sorted; empty for other countries.
std::vector<std::string> known_regions(std::string_view country);

}  // namespace duecall::compliance
