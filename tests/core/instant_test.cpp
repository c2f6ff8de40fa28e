// Instants print and parse as ISO 8601 in UTC; offsets are folded into UTC on parsing.
#include "core/instant.hpp"

#include <gtest/gtest.h>

#include "core/time_zone.hpp"

namespace duecall {
namespace {

TEST(Instant, RoundTripsThroughIso8601) {
  auto parsed = parse_iso8601("2026-11-23T10:04:08Z");
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(format_iso8601(*parsed), "2026-11-23T10:04:08Z");
  auto fractional = parse_iso8601("2026-11-23T10:04:08.25Z");
  ASSERT_TRUE(fractional.ok());
  EXPECT_EQ(format_iso8601(*fractional), "2026-11-23T10:04:08.250000Z");
}

TEST(Instant, FoldsOffsetsIntoUtc) {
  EXPECT_EQ(format_iso8601(*parse_iso8601("2026-11-23T08:00:00+01:00")), "2026-11-23T07:00:00Z");
  EXPECT_EQ(format_iso8601(*parse_iso8601("2026-11-23T20:30-03:00")), "2026-11-23T23:30:00Z");
}

TEST(Instant, RefusesMalformedOrZonelessText) {
  for (const char* text : {"2026-11-23", "2026-11-23T10:04:08", "2026-11-23T25:00:00Z",
                           "2026-02-30T10:00:00Z", "2026-11-23T10:04:08Zjunk", "yesterday"}) {
    EXPECT_FALSE(parse_iso8601(text).ok()) << text;
  }
}

TEST(TimeZone, GivesTheLocalDateOnEitherSideOfMidnight) {
  auto ljubljana = TimeZone::find("Europe/Ljubljana").value();
  // 23:30 UTC in winter is 00:30 the next day in Ljubljana (UTC+1).
  EXPECT_EQ(ljubljana.local_date(*parse_iso8601("2026-11-23T23:30:00Z")).to_string(),
            "2026-11-24");
  EXPECT_EQ(ljubljana.local_date(*parse_iso8601("2026-11-23T22:59:00Z")).to_string(),
            "2026-11-23");
  EXPECT_FALSE(TimeZone::find("Europe/Atlantis").ok());
  EXPECT_EQ(TimeZone::primary_for_country("SI")->name(), "Europe/Ljubljana");
  EXPECT_EQ(TimeZone::primary_for_country("HR")->name(), "Europe/Zagreb");
}

}  // namespace
}  // namespace duecall
