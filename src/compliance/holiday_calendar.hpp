// A HolidayCalendar lists the public holidays on which a profile forbids contact, as rules
// rather than per-year tables: a fixed day of the year ("12-25") or an offset from Easter
// Sunday (Easter Monday is +1, Good Friday -2, Pentecost +49, Corpus Christi +60), each
// optionally from a first year on (Brazil's Nov 20 is national from 2024).
//
// Invariant: a fixed holiday names a valid month-day; Feb 29 is allowed and simply does
// not occur in common years. A calendar is immutable data and safe to share.
#pragma once

#include <date/date.h>

#include <optional>
#include <string>
#include <vector>

namespace duecall::compliance {

struct Holiday {
  std::string name;
  std::optional<date::month_day> fixed_date;  // empty: the holiday moves with Easter
  int days_from_easter = 0;                   // used only when fixed_date is empty
  int first_year = 0;                         // the first year the holiday is observed

  static Holiday fixed(std::string name, unsigned month, unsigned day, int first_year = 0);
  static Holiday from_easter(std::string name, int days_from_easter, int first_year = 0);
  // The holiday's date in `year`, or empty when it does not occur that year.
  std::optional<date::year_month_day> in_year(date::year year) const;
  bool operator==(const Holiday&) const = default;
};

struct HolidayCalendar {
  std::vector<Holiday> holidays;
  std::string source;  // the act that lists them, or the policy that adopts them

  // The name of the holiday on `day`, or empty when `day` is not a holiday.
  std::optional<std::string> holiday_on(date::year_month_day day) const;
};

}  // namespace duecall::compliance
