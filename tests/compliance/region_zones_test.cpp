// Goal: every region lists every zone it spans (the split states keep their minority
// zones), each zone is a real IANA zone, and regions we do not know are NotFound.
//
// Method: table lookups against zone names; resolving every listed zone once (builtin_zone
// crashes on a bad name, so a typo fails this test loudly).
#include "compliance/region_zones.hpp"

#include <gtest/gtest.h>

namespace duecall::compliance {
namespace {

std::vector<std::string> names(const Result<std::vector<TimeZone>>& zones) {
  std::vector<std::string> result;
  if (!zones.ok()) return result;
  for (const TimeZone& zone : *zones) result.emplace_back(zone.name());
  return result;
}

using Names = std::vector<std::string>;

TEST(RegionZones, ListEveryZoneOfASplitState) {
  EXPECT_EQ(names(region_zones("US", "FL")), (Names{"America/New_York", "America/Chicago"}));
  EXPECT_EQ(names(region_zones("US", "TX")), (Names{"America/Chicago", "America/Denver"}));
  EXPECT_EQ(names(region_zones("US", "IN")),
            (Names{"America/Indiana/Indianapolis", "America/Chicago"}));
  EXPECT_EQ(names(region_zones("US", "AZ")), (Names{"America/Phoenix", "America/Denver"}))
      << "the Navajo Nation keeps daylight saving time, the rest of Arizona does not";
  EXPECT_EQ(names(region_zones("BR", "AM")), (Names{"America/Manaus", "America/Eirunepe"}));
}

TEST(RegionZones, GiveOneZoneForAStateInOne) {
  EXPECT_EQ(names(region_zones("US", "MA")), Names{"America/New_York"});
  EXPECT_EQ(names(region_zones("US", "CA")), Names{"America/Los_Angeles"});
  EXPECT_EQ(names(region_zones("BR", "SP")), Names{"America/Sao_Paulo"});
}

TEST(RegionZones, KnowEveryUsStateDcAndTerritoryAndEveryUf) {
  EXPECT_EQ(known_regions("US").size(), 56u);
  EXPECT_EQ(known_regions("BR").size(), 27u);
  for (const char* country : {"US", "BR"}) {
    for (const std::string& region : known_regions(country)) {
      EXPECT_FALSE(region_zones(country, region)->empty()) << country << " " << region;
    }
  }
  EXPECT_TRUE(known_regions("SI").empty());
}

TEST(RegionZones, AreNotFoundForUnknownRegionsAndCountries) {
  EXPECT_EQ(region_zones("US", "XX").error().code, ErrorCode::kNotFound);
  EXPECT_EQ(region_zones("US", "SP").error().code, ErrorCode::kNotFound);
  EXPECT_EQ(region_zones("SI", "LJ").error().code, ErrorCode::kNotFound);
  EXPECT_EQ(region_zones("US", "ma").error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace duecall::compliance
