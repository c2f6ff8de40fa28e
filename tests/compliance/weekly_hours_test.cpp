// Weekly hours: parsing and printing "HH:MM-HH:MM", the invariants it refuses to break,
// and which days are open.
#include "compliance/weekly_hours.hpp"

#include <gtest/gtest.h>

namespace duecall::compliance {
namespace {

using std::chrono::hours;
using std::chrono::minutes;

TEST(DailyHours, ParsesAndPrintsIntervals) {
  auto parsed = parse_daily_hours("08:00-19:00");
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed->open, hours(8));
  EXPECT_EQ(parsed->close, hours(19));
  EXPECT_EQ(format_daily_hours(*parsed), "08:00-19:00");
  EXPECT_EQ(format_daily_hours(*parse_daily_hours("07:30-24:00")), "07:30-24:00");
}

TEST(DailyHours, RefusesMalformedEmptyOrOvernightIntervals) {
  for (const char* text :
       {"", "8-19", "08:00", "08:00-", "19:00-08:00", "08:00-08:00", "08:00-24:01", "25:00-26:00",
        "08:60-19:00", "ab:cd-ef:gh", "08:00-19:00x"}) {
    EXPECT_FALSE(parse_daily_hours(text).ok()) << text;
  }
}

TEST(DailyHours, ContainsOnlyIntervalsWithinItself) {
  DailyHours working{hours(8), hours(19)};
  EXPECT_TRUE(working.contains({hours(9), hours(17)}));
  EXPECT_TRUE(working.contains(working));
  EXPECT_FALSE(working.contains({hours(7) + minutes(59), hours(17)}));
  EXPECT_FALSE(working.contains({hours(9), hours(19) + minutes(1)}));
}

TEST(WeeklyHours, MondayToFridayLeavesTheWeekendClosed) {
  auto week = WeeklyHours::monday_to_friday({hours(8), hours(19)});
  EXPECT_TRUE(week.on(date::Monday).has_value());
  EXPECT_TRUE(week.on(date::Friday).has_value());
  EXPECT_FALSE(week.on(date::Saturday).has_value());
  EXPECT_FALSE(week.on(date::Sunday).has_value());
  EXPECT_FALSE(week.always_closed());
  EXPECT_TRUE(WeeklyHours().always_closed());
  EXPECT_FALSE(week.with(date::Monday, std::nullopt) == week);
}

TEST(WeeklyHours, NamesWeekdaysForJsonAndErrors) {
  EXPECT_EQ(weekday_name(date::Saturday), "saturday");
  EXPECT_EQ(*parse_weekday("sunday"), date::Sunday);
  EXPECT_FALSE(parse_weekday("Sunday").ok());
}

}  // namespace
}  // namespace duecall::compliance
