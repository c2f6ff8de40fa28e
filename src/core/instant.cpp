#include "core/instant.hpp"

#include <date/date.h>

#include <cstdio>

namespace duecall {

std::string format_iso8601(Instant instant) {
  auto days = date::floor<date::days>(instant);
  date::year_month_day ymd(days);
  date::hh_mm_ss<std::chrono::microseconds> time(instant - days);
  char buffer[40];
  int length = std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02lld",
                             static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                             static_cast<unsigned>(ymd.day()),
                             static_cast<int>(time.hours().count()),
                             static_cast<int>(time.minutes().count()),
                             static_cast<long long>(time.seconds().count()));
  std::string out(buffer, length);
  if (time.subseconds().count() != 0) {
    std::snprintf(buffer, sizeof buffer, ".%06lld",
                  static_cast<long long>(time.subseconds().count()));
    out += buffer;
  }
  out += 'Z';
  return out;
}

Result<Instant> parse_iso8601(std::string_view text) {
  auto bad = [&](std::string_view why) -> Error {
    return Error::invalid_argument("'" + std::string(text) +
                                   "' is not an ISO 8601 instant: " + std::string(why));
  };
  if (text.size() < 16 || text[4] != '-' || text[7] != '-' || (text[10] != 'T' && text[10] != ' ') ||
      text[13] != ':') {
    return bad("expected YYYY-MM-DDTHH:MM[:SS]Z");
  }
  auto digits = [&](std::size_t at, std::size_t count, int& out) {
    out = 0;
    for (std::size_t i = at; i < at + count; ++i) {
      if (i >= text.size() || text[i] < '0' || text[i] > '9') return false;
      out = out * 10 + (text[i] - '0');
    }
    return true;
  };
  int year, month, day, hour, minute, second = 0;
  if (!digits(0, 4, year) || !digits(5, 2, month) || !digits(8, 2, day) || !digits(11, 2, hour) ||
      !digits(14, 2, minute)) {
    return bad("expected digits");
  }
  std::size_t position = 16;
  std::int64_t micros = 0;
  if (position < text.size() && text[position] == ':') {
    if (!digits(position + 1, 2, second)) return bad("bad seconds");
    position += 3;
    if (position < text.size() && text[position] == '.') {
      ++position;
      int scale_digits = 0;
      while (position < text.size() && text[position] >= '0' && text[position] <= '9') {
        if (scale_digits < 6) {
          micros = micros * 10 + (text[position] - '0');
          ++scale_digits;
        }
        ++position;
      }
      if (scale_digits == 0) return bad("no digits after the decimal point");
      for (; scale_digits < 6; ++scale_digits) micros *= 10;
    }
  }
  date::year_month_day ymd{date::year(year), date::month(static_cast<unsigned>(month)),
                           date::day(static_cast<unsigned>(day))};
  if (!ymd.ok()) return bad("no such day in the calendar");
  if (hour > 23 || minute > 59 || second > 59) return bad("time out of range");
  std::int64_t offset_minutes = 0;
  if (position >= text.size()) return bad("missing time zone designator (Z or ±HH:MM)");
  if (text[position] == 'Z' || text[position] == 'z') {
    ++position;
  } else if (text[position] == '+' || text[position] == '-') {
    int sign = text[position] == '-' ? -1 : 1;
    int offset_hours, offset_mins;
    if (!digits(position + 1, 2, offset_hours) || position + 3 >= text.size() ||
        text[position + 3] != ':' || !digits(position + 4, 2, offset_mins)) {
      return bad("bad UTC offset");
    }
    offset_minutes = sign * (offset_hours * 60 + offset_mins);
    position += 6;
  } else {
    return bad("missing time zone designator (Z or ±HH:MM)");
  }
  if (position != text.size()) return bad("unexpected trailing characters");
  Instant result = date::sys_days(ymd) + std::chrono::hours(hour) + std::chrono::minutes(minute) +
                   std::chrono::seconds(second) + std::chrono::microseconds(micros) -
                   std::chrono::minutes(offset_minutes);
  return result;
}

}  // namespace duecall
