#include "compliance/rules/holiday_rule.hpp"

#include <string>

#include "compliance/local_clock.hpp"
#include "core/check.hpp"

namespace duecall::compliance {

namespace {

// Holidays come at most a few days in a row; the bounds only guard against a calendar
// (from JSON) that lists a long run of days, which then reads as "never".
constexpr int kMaxConsecutiveHolidays = 31;
constexpr int kMaxRounds = 64;

std::optional<std::string> holiday_on(const HolidayCalendar& calendar, date::local_days day) {
  return calendar.holiday_on(date::year_month_day(date::sys_days(day.time_since_epoch())));
}

}  // namespace

Verdict HolidayRule::evaluate(const ContactRequest& request, Instant at) const {
  if (calendar_.holidays.empty() || !channel_is_in(request.channel, channels_)) {
    return Verdict::allow(at);
  }
  const auto& zones = zones_for(request, default_zones_);
  Instant candidate = at;
  std::optional<std::string> first_refusal;
  for (int round = 0; round < kMaxRounds; ++round) {
    bool no_zone_on_holiday = true;
    for (const TimeZone& zone : zones) {
      date::local_days day = local_day_of(zone, candidate);
      std::optional<std::string> holiday = holiday_on(calendar_, day);
      if (!holiday) continue;
      if (!first_refusal) {
        first_refusal =
            date::format("%F", day) + " is " + *holiday + " in " + std::string(zone.name());
      }
      int skipped = 0;
      while (holiday_on(calendar_, day) && skipped++ < kMaxConsecutiveHolidays) {
        day += date::days(1);
      }
      if (skipped > kMaxConsecutiveHolidays) {
        return Verdict::refuse({Refusal::contact_on_public_holiday, calendar_.source,
                                *first_refusal + "; no working day follows within " +
                                    std::to_string(kMaxConsecutiveHolidays) + " days"},
                               std::nullopt);
      }
      candidate = start_of_local_day(zone, day);
      no_zone_on_holiday = false;
    }
    if (no_zone_on_holiday) {
      if (candidate == at) return Verdict::allow(at);
      return Verdict::refuse({Refusal::contact_on_public_holiday, calendar_.source, *first_refusal},
                             candidate);
    }
  }
  DC_VERIFY(first_refusal.has_value(), "a round that found no holiday would have returned");
  return Verdict::refuse({Refusal::contact_on_public_holiday, calendar_.source,
                          *first_refusal + "; no working day follows within the search bound"},
                         std::nullopt);
}

}  // namespace duecall::compliance
