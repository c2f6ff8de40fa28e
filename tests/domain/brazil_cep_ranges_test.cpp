// Goal: the CEP ranges give Correios' UF at both ends of each range, including the states
// with two ranges, and nothing for malformed or unassigned CEPs; the 27 UF codes are known.
//
// Method: a table of (CEP, UF) pairs at the range edges.
#include "domain/brazil_cep_ranges.hpp"

#include <gtest/gtest.h>

#include <string>

namespace duecall::domain {
namespace {

TEST(BrazilCepRanges, GiveTheUfAtTheEdgesOfItsRanges) {
  const std::pair<const char*, const char*> kCases[] = {
      {"01000-000", "SP"}, {"19999-999", "SP"}, {"20000-000", "RJ"}, {"29999999", "ES"},
      {"30000-000", "MG"}, {"49000-000", "SE"}, {"57000-000", "AL"}, {"65999-999", "MA"},
      {"68899-999", "PA"}, {"68900-000", "AP"}, {"69299-999", "AM"}, {"69300-000", "RR"},
      {"69400-000", "AM"}, {"69900-000", "AC"}, {"70000-000", "DF"}, {"72800-000", "GO"},
      {"73000-000", "DF"}, {"73700-000", "GO"}, {"76800-000", "RO"}, {"77000-000", "TO"},
      {"78899-999", "MT"}, {"78900-000", "RO"}, {"79000-000", "MS"}, {"80000-000", "PR"},
      {"88000-000", "SC"}, {"99999-999", "RS"}};
  for (const auto& [cep, state] : kCases) {
    auto found = brazil_state_of_cep(cep);
    ASSERT_TRUE(found.has_value()) << cep;
    EXPECT_EQ(*found, state) << cep;
  }
}

TEST(BrazilCepRanges, GiveNothingForMalformedOrUnassignedCeps) {
  for (const char* cep :
       {"", "0130510", "01305-00", "01305_000", "0130A-000", "00999-999", "013050000"}) {
    EXPECT_FALSE(brazil_state_of_cep(cep).has_value()) << cep;
  }
}

TEST(BrazilCepRanges, KnowTheTwentySevenUfs) {
  int count = 0;
  for (char first = 'A'; first <= 'Z'; ++first) {
    for (char second = 'A'; second <= 'Z'; ++second) {
      if (is_brazil_state_code(std::string{first, second})) ++count;
    }
  }
  EXPECT_EQ(count, 27);
  EXPECT_FALSE(is_brazil_state_code("sp"));
}

}  // namespace
}  // namespace duecall::domain
