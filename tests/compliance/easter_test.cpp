// Easter Sunday from the anonymous Gregorian algorithm, checked against published dates
// including the extremes (the earliest, March 22, and the latest, April 25).
#include "compliance/easter.hpp"

#include <gtest/gtest.h>

namespace duecall::compliance {
namespace {

using namespace date::literals;

TEST(EasterSunday, MatchesPublishedDates) {
  EXPECT_EQ(easter_sunday(2024_y), 2024_y / date::March / 31);
  EXPECT_EQ(easter_sunday(2025_y), 2025_y / date::April / 20);
  EXPECT_EQ(easter_sunday(2026_y), 2026_y / date::April / 5);
  EXPECT_EQ(easter_sunday(2027_y), 2027_y / date::March / 28);
  EXPECT_EQ(easter_sunday(2038_y), 2038_y / date::April / 25);
  EXPECT_EQ(easter_sunday(2285_y), 2285_y / date::March / 22);
  EXPECT_EQ(easter_sunday(2000_y), 2000_y / date::April / 23);
}

TEST(EasterSunday, AlwaysFallsOnASundayBetweenMarch22AndApril25) {
  for (int year = 1900; year <= 2200; ++year) {
    auto easter = easter_sunday(date::year(year));
    EXPECT_EQ(date::weekday(date::sys_days(easter)), date::Sunday) << year;
    EXPECT_GE(easter, date::year(year) / date::March / 22) << year;
    EXPECT_LE(easter, date::year(year) / date::April / 25) << year;
  }
}

}  // namespace
}  // namespace duecall::compliance
