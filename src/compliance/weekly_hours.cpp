#include "compliance/weekly_hours.hpp"

#include <charconv>
#include <cstdio>

#include "core/check.hpp"

namespace duecall::compliance {

namespace {

constexpr std::string_view kWeekdayNames[] = {"sunday",   "monday", "tuesday", "wednesday",
                                              "thursday", "friday", "saturday"};

std::optional<std::chrono::minutes> parse_clock(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') return std::nullopt;
  int hours = 0;
  int minutes = 0;
  auto h = std::from_chars(text.data(), text.data() + 2, hours);
  auto m = std::from_chars(text.data() + 3, text.data() + 5, minutes);
  if (h.ec != std::errc() || h.ptr != text.data() + 2) return std::nullopt;
  if (m.ec != std::errc() || m.ptr != text.data() + 5) return std::nullopt;
  if (hours > 24 || minutes > 59 || (hours == 24 && minutes != 0)) return std::nullopt;
  return std::chrono::hours(hours) + std::chrono::minutes(minutes);
}

bool valid(const DailyHours& hours) {
  return hours.open >= std::chrono::minutes(0) && hours.open < hours.close &&
         hours.close <= std::chrono::hours(24);
}

}  // namespace

Result<DailyHours> parse_daily_hours(std::string_view text) {
  auto dash = text.find('-');
  std::optional<std::chrono::minutes> open;
  std::optional<std::chrono::minutes> close;
  if (dash != std::string_view::npos) {
    open = parse_clock(text.substr(0, dash));
    close = parse_clock(text.substr(dash + 1));
  }
  if (!open || !close || !valid({*open, *close})) {
    return Error::invalid_argument("'" + std::string(text) +
                                   "' is not an interval like 08:00-19:00 within one day");
  }
  return DailyHours{*open, *close};
}

std::string format_daily_hours(const DailyHours& hours) {
  char text[16];
  std::snprintf(text, sizeof text, "%02d:%02d-%02d:%02d", static_cast<int>(hours.open.count() / 60),
                static_cast<int>(hours.open.count() % 60),
                static_cast<int>(hours.close.count() / 60),
                static_cast<int>(hours.close.count() % 60));
  return text;
}

WeeklyHours WeeklyHours::monday_to_friday(DailyHours hours) {
  WeeklyHours week;
  for (unsigned day = 1; day <= 5; ++day) week = week.with(date::weekday(day), hours);
  return week;
}

WeeklyHours WeeklyHours::every_day(DailyHours hours) {
  WeeklyHours week;
  for (unsigned day = 0; day < 7; ++day) week = week.with(date::weekday(day), hours);
  return week;
}

WeeklyHours WeeklyHours::with(date::weekday day, std::optional<DailyHours> hours) const {
  DC_VERIFY(!hours || valid(*hours), "callers build hours with parse_daily_hours or constants");
  WeeklyHours copy = *this;
  copy.by_weekday_[day.c_encoding()] = hours;
  return copy;
}

bool WeeklyHours::always_closed() const {
  for (const auto& day : by_weekday_) {
    if (day) return false;
  }
  return true;
}

std::string_view weekday_name(date::weekday day) {
  return kWeekdayNames[day.c_encoding()];
}

Result<date::weekday> parse_weekday(std::string_view name) {
  for (unsigned index = 0; index < 7; ++index) {
    if (kWeekdayNames[index] == name) return date::weekday(index);
  }
  return Error::invalid_argument("'" + std::string(name) + "' is not a weekday (monday ...)");
}

}  // namespace duecall::compliance
