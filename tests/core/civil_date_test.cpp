// Civil dates: ISO and creditor-specific formats, and every way a date can be impossible.
#include "core/civil_date.hpp"

#include <gtest/gtest.h>

namespace duecall {
namespace {

TEST(CivilDate, ParsesIsoDates) {
  auto parsed = CivilDate::parse_iso("2026-09-27");
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed->to_string(), "2026-09-27");
}

TEST(CivilDate, RefusesDaysThatAreNotInTheCalendar) {
  EXPECT_FALSE(CivilDate::parse_iso("2026-02-29").ok());
  EXPECT_TRUE(CivilDate::parse_iso("2028-02-29").ok());
  EXPECT_FALSE(CivilDate::parse_iso("2100-02-29").ok());
  EXPECT_TRUE(CivilDate::parse_iso("2000-02-29").ok());
  EXPECT_FALSE(CivilDate::parse_iso("2026-04-31").ok());
  EXPECT_FALSE(CivilDate::parse_iso("2026-13-01").ok());
  EXPECT_FALSE(CivilDate::parse_iso("2026-00-10").ok());
  EXPECT_FALSE(CivilDate::parse_iso("2026-01-00").ok());
}

TEST(CivilDate, RefusesMalformedIsoText) {
  for (const char* text : {"", "2026-9-27", "27.09.2026", "2026/09/27", "2026-09-27T00:00",
                           "20260927", "2026-09-2x"}) {
    EXPECT_FALSE(CivilDate::parse_iso(text).ok()) << text;
  }
}

TEST(CivilDate, ParsesSlovenianDottedDates) {
  EXPECT_EQ(CivilDate::parse("27.09.2026", "%d.%m.%Y")->to_string(), "2026-09-27");
  EXPECT_EQ(CivilDate::parse("7.9.2026", "%d.%m.%Y")->to_string(), "2026-09-07");
  EXPECT_EQ(CivilDate::parse("07/09/26", "%d/%m/%y")->to_string(), "2026-09-07");
  EXPECT_FALSE(CivilDate::parse("31.04.2026", "%d.%m.%Y").ok());
  EXPECT_FALSE(CivilDate::parse("2026-09-27", "%d.%m.%Y").ok());
  EXPECT_FALSE(CivilDate::parse("27.09.2026 ", "%d.%m.%Y").ok());
  EXPECT_FALSE(CivilDate::parse("27.09.2026", "%d.%m").ok());
  EXPECT_FALSE(CivilDate::parse("27.09.2026", "%d.%m.%Q").ok());
}

TEST(CivilDate, CountsDaysAcrossMonthsAndYears) {
  auto a = CivilDate::from_ymd(2026, 12, 30);
  EXPECT_EQ(a.plus_days(3).to_string(), "2027-01-02");
  EXPECT_EQ(a.plus_days(3).days_since(a), 3);
  EXPECT_EQ(a.days_since(a.plus_days(3)), -3);
}

}  // namespace
}  // namespace duecall
