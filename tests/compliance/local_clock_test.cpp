// Local wall-clock times to instants on the DST change days of Europe/Ljubljana
// (2026-03-29, 2026-10-25) and America/New_York (2026-03-08, 2026-11-01): 08:00 exists
// once on each; skipped times map to the change, repeated ones to their first occurrence.
#include "compliance/local_clock.hpp"

#include <gtest/gtest.h>

#include "compliance_test_support.hpp"

namespace duecall::compliance {
namespace {

using namespace date::literals;
using std::chrono::hours;
using std::chrono::minutes;
using testing::iso;
using testing::zone;

date::local_days day(date::year_month_day ymd) {
  return date::local_days(ymd);
}

TEST(LocalClock, EightOClockOnTheLjubljanaChangeDays) {
  auto ljubljana = zone("Europe/Ljubljana");
  EXPECT_EQ(iso(instant_of_local(ljubljana, day(2026_y / 3 / 28), hours(8))),
            "2026-03-28T07:00:00Z");
  EXPECT_EQ(iso(instant_of_local(ljubljana, day(2026_y / 3 / 29), hours(8))),
            "2026-03-29T06:00:00Z");
  EXPECT_EQ(iso(instant_of_local(ljubljana, day(2026_y / 10 / 25), hours(8))),
            "2026-10-25T07:00:00Z");
  EXPECT_EQ(iso(instant_of_local(ljubljana, day(2026_y / 10 / 24), hours(8))),
            "2026-10-24T06:00:00Z");
}

TEST(LocalClock, EightOClockOnTheNewYorkChangeDays) {
  auto new_york = zone("America/New_York");
  EXPECT_EQ(iso(instant_of_local(new_york, day(2026_y / 3 / 8), hours(8))), "2026-03-08T12:00:00Z");
  EXPECT_EQ(iso(instant_of_local(new_york, day(2026_y / 11 / 1), hours(8))),
            "2026-11-01T13:00:00Z");
  EXPECT_EQ(iso(instant_of_local(new_york, day(2026_y / 11 / 1), hours(21))),
            "2026-11-02T02:00:00Z");
}

TEST(LocalClock, ASkippedTimeMapsToTheChangeAndARepeatedOneToItsFirstOccurrence) {
  auto ljubljana = zone("Europe/Ljubljana");
  EXPECT_EQ(iso(instant_of_local(ljubljana, day(2026_y / 3 / 29), hours(2) + minutes(30))),
            "2026-03-29T01:00:00Z");
  EXPECT_EQ(iso(instant_of_local(ljubljana, day(2026_y / 10 / 25), hours(2) + minutes(30))),
            "2026-10-25T00:30:00Z");
}

TEST(LocalClock, LocalDayAndDayPeriods) {
  auto new_york = zone("America/New_York");
  auto at = testing::instant("2026-01-06T03:00:00Z");  // 22:00 on 5 Jan in New York
  EXPECT_EQ(local_day_of(new_york, at), day(2026_y / 1 / 5));
  EXPECT_EQ(iso(end_of_day_period({new_york}, at, 7)), "2026-01-12T05:00:00Z");
  // The same instant is already 6 Jan in Ljubljana, whose day 8 begins later: 13 Jan
  // 00:00 CET. With both zones possible, the later end holds.
  EXPECT_EQ(iso(end_of_day_period({new_york, zone("Europe/Ljubljana")}, at, 7)),
            "2026-01-12T23:00:00Z");
}

}  // namespace
}  // namespace duecall::compliance
