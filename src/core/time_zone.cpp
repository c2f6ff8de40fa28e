#include "core/time_zone.hpp"

#include <unicode/timezone.h>
#include <unicode/strenum.h>

#include <map>

namespace duecall {

Result<TimeZone> TimeZone::find(std::string_view name) {
  try {
    return TimeZone(date::locate_zone(name));
  } catch (const std::exception&) {
    return Error::invalid_argument("'" + std::string(name) + "' is not an IANA time zone");
  }
}

Result<TimeZone> TimeZone::primary_for_country(std::string_view iso_country) {
  // ICU lists a country's zones in no particular order of population; for the countries we
  // serve, name the zone that holds the capital or most people explicitly.
  static const std::map<std::string, std::string, std::less<>> kPrimary = {
      {"SI", "Europe/Ljubljana"}, {"BR", "America/Sao_Paulo"}, {"US", "America/New_York"},
      {"GB", "Europe/London"},    {"PT", "Europe/Lisbon"},     {"ES", "Europe/Madrid"},
      {"CA", "America/Toronto"},  {"AU", "Australia/Sydney"},  {"RU", "Europe/Moscow"},
      {"MX", "America/Mexico_City"}};
  if (auto known = kPrimary.find(iso_country); known != kPrimary.end()) {
    return find(known->second);
  }
  UErrorCode status = U_ZERO_ERROR;
  std::string country(iso_country);
  std::unique_ptr<icu::StringEnumeration> zones(icu::TimeZone::createTimeZoneIDEnumeration(
      UCAL_ZONE_TYPE_CANONICAL_LOCATION, country.c_str(), nullptr, status));
  if (U_FAILURE(status) || !zones) {
    return Error::not_found("no time zone is known for country " + country);
  }
  const char* id = zones->next(nullptr, status);
  if (U_FAILURE(status) || id == nullptr) {
    return Error::not_found("no time zone is known for country " + country);
  }
  return find(id);
}

CivilDate TimeZone::local_date(Instant instant) const {
  return CivilDate(date::sys_days(
      date::floor<date::days>(zone_->to_local(instant)).time_since_epoch()));
}

date::local_time<std::chrono::microseconds> TimeZone::to_local(Instant instant) const {
  return zone_->to_local(instant);
}

Instant TimeZone::start_of_day(CivilDate day) const {
  date::local_time<std::chrono::microseconds> midnight(day.days().time_since_epoch());
  // A skipped midnight maps to the instant of the clock change with either choice.
  return zone_->to_sys(midnight, date::choose::earliest);
}

}  // namespace duecall
