#include "compliance/local_clock.hpp"

#include <algorithm>
#include <string>

#include "core/check.hpp"

namespace duecall::compliance {

namespace {
// TimeZone exposes only local conversion; the reverse needs the tz database entry, which
// locate_zone finds by the name TimeZone::find already validated.
const date::time_zone* tz_of(const TimeZone& zone) {
  return date::locate_zone(std::string(zone.name()));
}
}  // namespace

date::local_days local_day_of(const TimeZone& zone, Instant at) {
  return date::floor<date::days>(zone.to_local(at));
}

Instant instant_of_local(const TimeZone& zone, date::local_days day,
                         std::chrono::minutes time_of_day) {
  auto local = date::local_seconds(day) + time_of_day;
  return std::chrono::time_point_cast<std::chrono::microseconds>(
      tz_of(zone)->to_sys(local, date::choose::earliest));
}

Instant end_of_day_period(const std::vector<TimeZone>& zones, Instant at, int days) {
  DC_VERIFY(!zones.empty(), "the gate always supplies the profile's default zones");
  Instant latest = Instant::min();
  for (const TimeZone& zone : zones) {
    latest = std::max(latest, start_of_local_day(zone, local_day_of(zone, at) + date::days(days)));
  }
  return latest;
}

}  // namespace duecall::compliance
