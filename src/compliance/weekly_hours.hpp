// WeeklyHours says, for each day of the week, the local wall-clock interval in which
// contact is permitted, or that the day is closed. Intervals are half-open: [open, close),
// so with 08:00-19:00 the instant 18:59:59 is inside and 19:00:00 is not.
//
// Invariants: 0 <= open < close <= 24:00 for every open day. An interval never crosses
// midnight; no jurisdiction we serve permits night-time contact, and keeping each day
// self-contained is what lets the window rule reason one local day at a time.
#pragma once

#include <array>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include <date/date.h>

#include "core/result.hpp"

namespace duecall::compliance {

struct DailyHours {
  std::chrono::minutes open;
  std::chrono::minutes close;

  // Returns true iff every moment of `inner` is also inside this interval.
  bool contains(const DailyHours& inner) const {
    return open <= inner.open && inner.close <= close;
  }
  bool operator==(const DailyHours&) const = default;
};

// Parses "08:00-19:00" ("24:00" is allowed as a close).
Result<DailyHours> parse_daily_hours(std::string_view text);
std::string format_daily_hours(const DailyHours& hours);

class WeeklyHours {
 public:
  // Every day closed; open days are added with `with`.
  WeeklyHours() = default;
  static WeeklyHours monday_to_friday(DailyHours hours);
  static WeeklyHours every_day(DailyHours hours);

  // Returns a copy with `day` open for `hours` (or closed, for std::nullopt).
  // REQUIRES: hours is valid (see the invariants); parse_daily_hours checks user input.
  WeeklyHours with(date::weekday day, std::optional<DailyHours> hours) const;
  const std::optional<DailyHours>& on(date::weekday day) const {
    return by_weekday_[day.c_encoding()];
  }
  // Returns true iff no day is open.
  bool always_closed() const;
  bool operator==(const WeeklyHours&) const = default;

 private:
  std::array<std::optional<DailyHours>, 7> by_weekday_;  // indexed by c_encoding, Sunday = 0
};

// "monday", "tuesday", ... as used in JSON and in error messages.
std::string_view weekday_name(date::weekday day);
Result<date::weekday> parse_weekday(std::string_view name);

}  // namespace duecall::compliance
