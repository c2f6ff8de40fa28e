// TimeZone names an IANA zone ("Europe/Ljubljana") from the system tz database (tzdata) and
// converts UTC instants to the zone's wall clock. Zones are immutable and shared; lookups
// are safe from any thread.
#pragma once

#include <date/tz.h>

#include <string>
#include <string_view>

#include "core/civil_date.hpp"
#include "core/instant.hpp"
#include "core/result.hpp"

namespace duecall {

class TimeZone {
 public:
  static Result<TimeZone> find(std::string_view name);
  // The zone that most of a country's population lives in (SI: Europe/Ljubljana,
  // BR: America/Sao_Paulo, US: America/New_York), from ICU's zone data.
  static Result<TimeZone> primary_for_country(std::string_view iso_country);

  std::string_view name() const { return zone_->name(); }
  CivilDate local_date(Instant instant) const;
  date::local_time<std::chrono::microseconds> to_local(Instant instant) const;
  // The first instant of `day` on this zone's wall clock: local midnight, or the end of the
  // gap when a clock change skips midnight.
  Instant start_of_day(CivilDate day) const;
  bool operator==(const TimeZone& other) const { return zone_ == other.zone_; }

 private:
  explicit TimeZone(const date::time_zone* zone) : zone_(zone) {}
  const date::time_zone* zone_;
};

}  // namespace duecall
