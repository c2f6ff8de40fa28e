#include "compliance/easter.hpp"

namespace duecall::compliance {

date::year_month_day easter_sunday(date::year year) {
  // Variable names follow the published algorithm so it can be checked line by line.
  const int y = static_cast<int>(year);
  const int a = y % 19;
  const int b = y / 100;
  const int c = y % 100;
  const int d = b / 4;
  const int e = b % 4;
  const int f = (b + 8) / 25;
  const int g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4;
  const int k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return date::year_month_day(year, date::month(static_cast<unsigned>(month)),
                              date::day(static_cast<unsigned>(day)));
}

}  // namespace duecall::compliance
