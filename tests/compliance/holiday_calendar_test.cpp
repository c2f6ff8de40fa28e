// Holiday calendars: Slovenian and Brazilian holidays for given years, movable ones derived
// from Easter, and holidays that only exist from a given year on.
#include "compliance/holiday_calendar.hpp"

#include <gtest/gtest.h>

#include "compliance/jurisdictions.hpp"

namespace duecall::compliance {
namespace {

using namespace date::literals;

std::optional<std::string> on(const HolidayCalendar& calendar, date::year_month_day day) {
  return calendar.holiday_on(day);
}

TEST(HolidayCalendar, KnowsEverySlovenianHolidayOf2026) {
  auto calendar = slovenian_holidays();
  for (auto day :
       {2026_y / 1 / 1, 2026_y / 1 / 2, 2026_y / 2 / 8, 2026_y / 4 / 5, 2026_y / 4 / 6,
        2026_y / 4 / 27, 2026_y / 5 / 1, 2026_y / 5 / 2, 2026_y / 5 / 24, 2026_y / 6 / 25,
        2026_y / 8 / 15, 2026_y / 10 / 31, 2026_y / 11 / 1, 2026_y / 12 / 25, 2026_y / 12 / 26}) {
    EXPECT_TRUE(on(calendar, day).has_value()) << day;
  }
  EXPECT_EQ(on(calendar, 2026_y / 4 / 6), "velikonočni ponedeljek");
  EXPECT_EQ(on(calendar, 2026_y / 5 / 24), "binkoštna nedelja");
}

TEST(HolidayCalendar, EasterMondayMovesWithEaster) {
  auto calendar = slovenian_holidays();
  EXPECT_EQ(on(calendar, 2027_y / 3 / 29), "velikonočni ponedeljek");
  EXPECT_FALSE(on(calendar, 2027_y / 4 / 6).has_value());
  EXPECT_FALSE(on(calendar, 2026_y / 3 / 29).has_value());
}

TEST(HolidayCalendar, OrdinaryDaysAreNotHolidays) {
  auto calendar = slovenian_holidays();
  for (auto day :
       {2026_y / 1 / 3, 2026_y / 4 / 3, 2026_y / 4 / 7, 2026_y / 12 / 24, 2026_y / 6 / 4}) {
    EXPECT_FALSE(on(calendar, day).has_value()) << day;
  }
}

TEST(HolidayCalendar, BrazilDerivesCarnivalGoodFridayAndCorpusChristiFromEaster) {
  auto calendar = brazilian_holidays(std::nullopt);
  EXPECT_EQ(on(calendar, 2026_y / 2 / 16), "Carnaval (segunda-feira)");
  EXPECT_EQ(on(calendar, 2026_y / 2 / 17), "Carnaval (terça-feira)");
  EXPECT_EQ(on(calendar, 2026_y / 4 / 3), "Sexta-feira Santa");
  EXPECT_EQ(on(calendar, 2026_y / 6 / 4), "Corpus Christi");
  EXPECT_EQ(on(calendar, 2027_y / 2 / 8), "Carnaval (segunda-feira)");
  EXPECT_EQ(on(calendar, 2027_y / 5 / 27), "Corpus Christi");
  EXPECT_FALSE(on(calendar, 2026_y / 7 / 9).has_value());
  EXPECT_EQ(on(brazilian_holidays("SP"), 2026_y / 7 / 9), "Revolução Constitucionalista");
}

TEST(HolidayCalendar, AHolidayCountsOnlyFromItsFirstYear) {
  auto calendar = brazilian_holidays(std::nullopt);
  EXPECT_FALSE(on(calendar, 2023_y / 11 / 20).has_value());
  EXPECT_TRUE(on(calendar, 2024_y / 11 / 20).has_value());
}

TEST(HolidayCalendar, TheTwentyNinthOfFebruaryOccursOnlyInLeapYears) {
  HolidayCalendar calendar{{Holiday::fixed("leap day", 2, 29)}, "test"};
  EXPECT_TRUE(on(calendar, 2028_y / 2 / 29).has_value());
  EXPECT_FALSE(on(calendar, 2027_y / 3 / 1).has_value());
  EXPECT_FALSE(Holiday::fixed("leap day", 2, 29).in_year(2027_y).has_value());
}

}  // namespace
}  // namespace duecall::compliance
