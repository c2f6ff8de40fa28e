#include "core/civil_date.hpp"

#include <cstdio>

namespace duecall {
namespace {

Error bad_date(std::string_view text, std::string_view why) {
  return Error::invalid_argument("'" + std::string(text) + "' is not a valid date: " +
                                 std::string(why));
}

// Reads between min_digits and max_digits decimal digits at `position`.
bool read_number(std::string_view text, std::size_t& position, int min_digits, int max_digits,
                 int& out) {
  int value = 0;
  int count = 0;
  while (position < text.size() && count < max_digits && text[position] >= '0' &&
         text[position] <= '9') {
    value = value * 10 + (text[position] - '0');
    ++position;
    ++count;
  }
  out = value;
  return count >= min_digits;
}

Result<CivilDate> make_date(std::string_view text, int year, int month, int day) {
  date::year_month_day ymd{date::year(year), date::month(static_cast<unsigned>(month)),
                           date::day(static_cast<unsigned>(day))};
  if (month < 1 || month > 12) return bad_date(text, "month out of range");
  if (!ymd.ok()) return bad_date(text, "no such day in the calendar");
  return CivilDate(ymd);
}

}  // namespace

CivilDate CivilDate::from_ymd(int year, unsigned month, unsigned day) {
  return CivilDate(date::year_month_day{date::year(year), date::month(month), date::day(day)});
}

Result<CivilDate> CivilDate::parse_iso(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return bad_date(text, "expected YYYY-MM-DD");
  }
  return parse(text, "%Y-%m-%d");
}

Result<CivilDate> CivilDate::parse(std::string_view text, std::string_view pattern) {
  int year = -1, month = -1, day = -1;
  std::size_t position = 0;
  for (std::size_t p = 0; p < pattern.size(); ++p) {
    if (pattern[p] == '%' && p + 1 < pattern.size()) {
      char field = pattern[++p];
      bool read = false;
      switch (field) {
        case 'd': read = read_number(text, position, 1, 2, day); break;
        case 'm': read = read_number(text, position, 1, 2, month); break;
        case 'Y': read = read_number(text, position, 4, 4, year); break;
        case 'y':
          read = read_number(text, position, 2, 2, year);
          year += 2000;
          break;
        default:
          return Error::invalid_argument("date format '" + std::string(pattern) +
                                         "' uses an unsupported field %" + field);
      }
      if (!read) {
        return bad_date(text, "does not match the format " + std::string(pattern));
      }
    } else {
      if (position >= text.size() || text[position] != pattern[p]) {
        return bad_date(text, "does not match the format " + std::string(pattern));
      }
      ++position;
    }
  }
  if (position != text.size()) {
    return bad_date(text, "does not match the format " + std::string(pattern));
  }
  if (year < 0 || month < 0 || day < 0) {
    return Error::invalid_argument("date format '" + std::string(pattern) +
                                   "' must contain %d, %m and %Y or %y");
  }
  return make_date(text, year, month, day);
}

Status CivilDate::check_pattern(std::string_view pattern) {
  bool day = false, month = false, year = false;
  for (std::size_t p = 0; p + 1 < pattern.size(); ++p) {
    if (pattern[p] != '%') continue;
    char field = pattern[++p];
    if (field == 'd') day = true;
    else if (field == 'm') month = true;
    else if (field == 'Y' || field == 'y') year = true;
    else return Error::invalid_argument("date format '" + std::string(pattern) +
                                        "' uses an unsupported field %" + field);
  }
  if (!day || !month || !year) {
    return Error::invalid_argument("date format '" + std::string(pattern) +
                                   "' must contain %d, %m and %Y or %y");
  }
  return Ok{};
}

std::string CivilDate::to_string() const {
  auto value = ymd();
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(value.year()),
                static_cast<unsigned>(value.month()), static_cast<unsigned>(value.day()));
  return buffer;
}

}  // namespace duecall
