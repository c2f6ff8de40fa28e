#include "compliance/holiday_calendar.hpp"

#include "compliance/easter.hpp"

namespace duecall::compliance {

Holiday Holiday::fixed(std::string name, unsigned month, unsigned day, int first_year) {
  return {std::move(name), date::month(month) / date::day(day), 0, first_year};
}

Holiday Holiday::from_easter(std::string name, int days_from_easter, int first_year) {
  return {std::move(name), std::nullopt, days_from_easter, first_year};
}

std::optional<date::year_month_day> Holiday::in_year(date::year year) const {
  if (static_cast<int>(year) < first_year) return std::nullopt;
  if (fixed_date) {
    date::year_month_day day = year / fixed_date->month() / fixed_date->day();
    if (!day.ok()) return std::nullopt;  // Feb 29 in a common year
    return day;
  }
  return date::year_month_day(date::sys_days(easter_sunday(year)) + date::days(days_from_easter));
}

std::optional<std::string> HolidayCalendar::holiday_on(date::year_month_day day) const {
  for (const Holiday& holiday : holidays) {
    // An Easter offset can cross a year boundary only for offsets beyond about 250 days,
    // which no calendar uses; checking the day's own year is enough.
    if (holiday.in_year(day.year()) == day) return holiday.name;
  }
  return std::nullopt;
}

}  // namespace duecall::compliance
