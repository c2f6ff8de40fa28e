// Goal: the states a debtor's address points to are read from exactly the places the header
// names (a code ending the address or city text, a postal code after it, the postal_code
// field), disagreeing sources both come back, text first, and nothing is read for other
// countries or from words and numbers elsewhere in the address.
//
// Method: one debtor with an empty address per test, filled in with the fields the case is
// about.
#include "domain/address_regions.hpp"

#include <gtest/gtest.h>

namespace duecall::domain {
namespace {

using Regions = std::vector<std::string>;

Debtor at(std::string address, std::string city = "", std::string postal_code = "") {
  Debtor debtor;
  debtor.address = std::move(address);
  debtor.city = std::move(city);
  debtor.postal_code = std::move(postal_code);
  return debtor;
}

TEST(AddressRegions, ReadsAStateCodeThatEndsTheCityOrTheAddress) {
  EXPECT_EQ(address_regions(at("1 Main St", "Boston, MA"), "US"), Regions{"MA"});
  EXPECT_EQ(address_regions(at("1 Main St, Boston MA"), "US"), Regions{"MA"});
  EXPECT_EQ(address_regions(at("1 Main St, Boston, MA."), "US"), Regions{"MA"});
  EXPECT_EQ(address_regions(at("1 Main St, Boston, MA, USA"), "US"), Regions{"MA"});
  EXPECT_EQ(address_regions(at("1 Main St, Boston, MA, United States"), "US"), Regions{"MA"});
}

TEST(AddressRegions, ReadsTheZipCodeAfterTheStateCode) {
  EXPECT_EQ(address_regions(at("1 Main St, Boston, MA 02110"), "US"), Regions{"MA"});
  EXPECT_EQ(address_regions(at("", "Austin TX 73301-0001"), "US"), Regions{"TX"})
      << "733 is an IRS prefix of Texas inside Oklahoma's range";
}

TEST(AddressRegions, ReadsTheStateOfThePostalCodeField) {
  EXPECT_EQ(address_regions(at("1 Main St", "Boston", "02110"), "US"), Regions{"MA"});
  EXPECT_EQ(address_regions(at("", "", "10001-1234"), "US"), Regions{"NY"});
  EXPECT_EQ(address_regions(at("", "", " 33101 "), "US"), Regions{"FL"});
}

TEST(AddressRegions, ReturnsTextAndZipStatesBothWhenTheyDisagree) {
  EXPECT_EQ(address_regions(at("1 Main St", "Boston, MA", "10001"), "US"), (Regions{"MA", "NY"}));
  EXPECT_EQ(address_regions(at("1 Main St, Boston, MA 10001"), "US"), (Regions{"MA", "NY"}));
  EXPECT_EQ(address_regions(at("1 Main St, Boston, MA 02110", "Newark, NJ", "07102"), "US"),
            (Regions{"MA", "NJ"}));
}

TEST(AddressRegions, NamesEachStateOnceWhenTheSourcesAgree) {
  EXPECT_EQ(address_regions(at("1 Main St, Boston, MA 02110", "Boston, MA", "02110"), "US"),
            Regions{"MA"});
}

TEST(AddressRegions, ReadsNoStateFromWordsOrNumbersInsideTheAddress) {
  EXPECT_TRUE(address_regions(at("12 ELM ST"), "US").empty()) << "ST is no state";
  EXPECT_TRUE(address_regions(at("1 Way in"), "US").empty()) << "lower case is a word";
  EXPECT_TRUE(address_regions(at("OR Tambo Drive 4, Springfield"), "US").empty())
      << "a code counts only at the end";
  EXPECT_TRUE(address_regions(at("PO Box 10001"), "US").empty())
      << "a number that ends the text is a box or house number unless a state precedes it";
  EXPECT_TRUE(address_regions(at("", "", "1234"), "US").empty());
  EXPECT_TRUE(address_regions(at("", "", "09012"), "US").empty()) << "military AE prefix";
  EXPECT_TRUE(address_regions(at(""), "US").empty());
}

TEST(AddressRegions, ReadsBrazilianUfsAndCeps) {
  EXPECT_EQ(address_regions(at("Rua Augusta 10", "São Paulo - SP"), "BR"), Regions{"SP"});
  EXPECT_EQ(address_regions(at("Rua Augusta 10, São Paulo/SP 01305-000"), "BR"), Regions{"SP"});
  EXPECT_EQ(address_regions(at("Av. Atlântica 100", "Rio de Janeiro", "22010-000"), "BR"),
            Regions{"RJ"});
  EXPECT_EQ(
      address_regions(at("Av. Atlântica 100, Rio de Janeiro, RJ, Brasil", "", "01305000"), "BR"),
      (Regions{"RJ", "SP"}));
  EXPECT_TRUE(address_regions(at("Rua Augusta 10, apto 5"), "BR").empty());
}

TEST(AddressRegions, ReadsNothingForOtherCountries) {
  EXPECT_TRUE(address_regions(at("Slovenska cesta 1", "Ljubljana", "1000"), "SI").empty());
  EXPECT_TRUE(address_regions(at("10 Downing St, London SW1A 2AA"), "GB").empty());
  EXPECT_TRUE(address_regions(at("1 Main St, Boston, MA 02110"), "").empty());
  EXPECT_TRUE(address_regions(at("Rua Augusta 10", "São Paulo - SP"), "US").empty())
      << "SP is no US state";
}

}  // namespace
}  // namespace duecall::domain
