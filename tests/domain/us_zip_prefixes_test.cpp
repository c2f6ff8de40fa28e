// Goal: the ZIP-prefix table gives the USPS state for each prefix, including the prefixes
// that lie inside another state's range, and nothing for malformed codes or prefixes that
// name no state; the recognised state codes are exactly the states, DC and the territories.
//
// Method: a table of (ZIP, state) pairs at the edges of the ranges.
#include "domain/us_zip_prefixes.hpp"

#include <gtest/gtest.h>

#include <string>

namespace duecall::domain {
namespace {

TEST(UsZipPrefixes, GiveTheStateAtTheEdgesOfItsRanges) {
  const std::pair<const char*, const char*> kCases[] = {
      {"00501", "NY"}, {"00601", "PR"}, {"00802", "VI"}, {"01001", "MA"}, {"02791", "MA"},
      {"02801", "RI"}, {"05501", "MA"}, {"05601", "VT"}, {"06001", "CT"}, {"08901", "NJ"},
      {"10001", "NY"}, {"19701", "DE"}, {"20001", "DC"}, {"20101", "VA"}, {"20601", "MD"},
      {"26101", "WV"}, {"32004", "FL"}, {"34997", "FL"}, {"39901", "GA"}, {"46201", "IN"},
      {"56901", "DC"}, {"73301", "TX"}, {"73401", "OK"}, {"88510", "TX"}, {"89501", "NV"},
      {"96813", "HI"}, {"97201", "OR"}, {"99501", "AK"}, {"99950", "AK"}};
  for (const auto& [zip, state] : kCases) {
    auto found = us_state_of_zip(zip);
    ASSERT_TRUE(found.has_value()) << zip;
    EXPECT_EQ(*found, state) << zip;
  }
}

TEST(UsZipPrefixes, AcceptZipPlusFourInBothForms) {
  EXPECT_EQ(us_state_of_zip("02110-1234"), "MA");
  EXPECT_EQ(us_state_of_zip("021101234"), "MA");
}

TEST(UsZipPrefixes, GiveNothingForMalformedCodesAndPrefixesWithoutAState) {
  for (const char* zip : {"", "0211", "021100", "02110-12", "0211O", "02110 1234", "09001", "34001",
                          "96201", "96910", "00001"}) {
    EXPECT_FALSE(us_state_of_zip(zip).has_value()) << zip;
  }
}

TEST(UsZipPrefixes, RecogniseTheStatesDcAndTerritoriesInUpperCase) {
  int count = 0;
  for (char first = 'A'; first <= 'Z'; ++first) {
    for (char second = 'A'; second <= 'Z'; ++second) {
      if (is_us_state_code(std::string{first, second})) ++count;
    }
  }
  EXPECT_EQ(count, 50 + 1 + 5) << "50 states, DC, PR, VI, GU, AS, MP";
  EXPECT_FALSE(is_us_state_code("ma"));
  EXPECT_FALSE(is_us_state_code("AE")) << "military mail is in no state";
}

}  // namespace
}  // namespace duecall::domain
