// CivilDate is a day in the proleptic Gregorian calendar with no time zone: a due date, the
// day a reminder went out. It is always a real calendar day (no 31 April, no 29 February
// outside leap years). Stored and printed as ISO 8601 "YYYY-MM-DD", which sorts as text.
#pragma once

#include <date/date.h>

#include <compare>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace duecall {

class CivilDate {
 public:
  explicit CivilDate(date::year_month_day ymd) : days_(date::sys_days(ymd)) {}
  explicit CivilDate(date::sys_days days) : days_(days) {}
  static CivilDate from_ymd(int year, unsigned month, unsigned day);

  // Parses ISO 8601 "YYYY-MM-DD".
  static Result<CivilDate> parse_iso(std::string_view text);
  // Parses with a strftime-style pattern of %d, %m, %Y, %y (years 2000-2099) and literal
  // characters, e.g. "%d.%m.%Y". Day and month accept one or two digits.
  static Result<CivilDate> parse(std::string_view text, std::string_view pattern);
  // Refuses a pattern that parse() could never match: unknown fields, or no day, month or year.
  static Status check_pattern(std::string_view pattern);

  date::year_month_day ymd() const { return date::year_month_day(days_); }
  date::sys_days days() const { return days_; }
  date::weekday weekday() const { return date::weekday(days_); }
  CivilDate plus_days(int days) const { return CivilDate(days_ + date::days(days)); }
  // Whole days from `earlier` to this date (negative when this date is earlier).
  int days_since(CivilDate earlier) const { return (days_ - earlier.days_).count(); }

  std::string to_string() const;
  auto operator<=>(const CivilDate&) const = default;

 private:
  date::sys_days days_;
};

}  // namespace duecall
