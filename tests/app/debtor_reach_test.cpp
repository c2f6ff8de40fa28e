// Goal: the zones and the state the gate is told about a debtor follow debtor_reach.hpp: the
// own zone, every zone of every state the address names (all zones of a split state), the
// phone's and the country's; the state only when the address names one, the stricter
// profile's when it names several, none when it names none; and a debtor outside the US
// and Brazil is unaffected by any of it.
//
// Method: debtors built in memory; no store is needed, the functions are pure.
#include "app/debtor_reach.hpp"

#include <gtest/gtest.h>

#include "compliance/region_zones.hpp"
#include "domain/brazil_cep_ranges.hpp"
#include "domain/us_zip_prefixes.hpp"

namespace duecall::app {
namespace {

using Names = std::vector<std::string>;
using Region = std::optional<std::string>;

domain::Debtor us_debtor(std::string city, std::string postal_code = "") {
  domain::Debtor debtor;
  debtor.ref = "D-US";
  debtor.country = "US";
  debtor.address = "1 Main St";
  debtor.city = std::move(city);
  debtor.postal_code = std::move(postal_code);
  return debtor;
}

Names zone_names(const domain::Debtor& debtor, std::optional<std::string_view> phone) {
  Names names;
  for (const TimeZone& zone : candidate_zones(debtor, debtor.country, phone)) {
    names.emplace_back(zone.name());
  }
  return names;
}

TEST(CandidateZones, AddTheZoneOfTheAddressStateToThePhonesAndTheCountrys) {
  EXPECT_EQ(zone_names(us_debtor("Los Angeles, CA"), "+12015550123"),
            (Names{"America/Los_Angeles", "America/New_York"}));
  EXPECT_EQ(zone_names(us_debtor("Boston, MA"), std::nullopt), Names{"America/New_York"});
}

TEST(CandidateZones, AddEveryZoneOfASplitState) {
  EXPECT_EQ(zone_names(us_debtor("Pensacola, FL"), std::nullopt),
            (Names{"America/New_York", "America/Chicago"}));
  EXPECT_EQ(zone_names(us_debtor("El Paso, TX"), std::nullopt),
            (Names{"America/Chicago", "America/Denver", "America/New_York"}));
  EXPECT_EQ(zone_names(us_debtor("Gary, IN"), std::nullopt),
            (Names{"America/Indiana/Indianapolis", "America/Chicago", "America/New_York"}));
}

TEST(CandidateZones, AddTheZonesOfTextAndZipStatesWhenTheyDisagree) {
  EXPECT_EQ(zone_names(us_debtor("Seattle, WA", "33101"), std::nullopt),
            (Names{"America/Los_Angeles", "America/New_York", "America/Chicago"}));
}

TEST(CandidateZones, KeepTheDebtorsOwnZoneFirst) {
  auto debtor = us_debtor("Denver, CO");
  debtor.time_zone = "America/Phoenix";
  EXPECT_EQ(zone_names(debtor, std::nullopt),
            (Names{"America/Phoenix", "America/Denver", "America/New_York"}));
}

TEST(CandidateZones, AreUnchangedWithoutAState) {
  EXPECT_EQ(zone_names(us_debtor("Springfield"), "+12015550123"), Names{"America/New_York"});
}

TEST(CandidateZones, AreUnchangedForADebtorOutsideTheUsAndBrazil) {
  domain::Debtor debtor;
  debtor.country = "SI";
  debtor.address = "Glavna 1, MA";  // an upper-case pair of letters means nothing in SI
  debtor.city = "Kranj";
  debtor.postal_code = "02110";
  EXPECT_EQ(zone_names(debtor, "+38640123456"), Names{"Europe/Ljubljana"});
  EXPECT_EQ(*contact_region(debtor, "SI"), Region());
}

TEST(CandidateZones, ReadTheBrazilianStateToo) {
  domain::Debtor debtor;
  debtor.country = "BR";
  debtor.city = "Manaus - AM";
  EXPECT_EQ(zone_names(debtor, std::nullopt),
            (Names{"America/Manaus", "America/Eirunepe", "America/Sao_Paulo"}));
}

TEST(ContactRegion, IsTheStateWhenTheAddressNamesOne) {
  EXPECT_EQ(*contact_region(us_debtor("Austin, TX"), "US"), Region("TX"));
  EXPECT_EQ(*contact_region(us_debtor("Austin", "73301"), "US"), Region("TX"));
}

TEST(ContactRegion, IsNoneWithoutAState) {
  EXPECT_EQ(*contact_region(us_debtor("Springfield"), "US"), Region());
}

TEST(ContactRegion, IsTheStricterStateWhenTextAndZipDisagree) {
  EXPECT_EQ(*contact_region(us_debtor("Boston, MA", "10001"), "US"), Region("MA"));
  EXPECT_EQ(*contact_region(us_debtor("New York, NY", "02110"), "US"), Region("MA"));
  EXPECT_EQ(*contact_region(us_debtor("New York, NY", "90012"), "US"), Region())
      << "NY and CA share Regulation F, which the national profile is";
  domain::Debtor brazilian;
  brazilian.city = "Rio de Janeiro, RJ";
  brazilian.postal_code = "01305-000";
  EXPECT_EQ(*contact_region(brazilian, "BR"), Region())
      << "Brazil's profile for an unknown state is within RJ's and SP's";
}

TEST(ContactRegion, EveryStateTheAddressCanNameHasZones) {
  for (char first = 'A'; first <= 'Z'; ++first) {
    for (char second = 'A'; second <= 'Z'; ++second) {
      const std::string code{first, second};
      if (domain::is_us_state_code(code)) {
        EXPECT_TRUE(compliance::region_zones("US", code).ok()) << code;
      }
      if (domain::is_brazil_state_code(code)) {
        EXPECT_TRUE(compliance::region_zones("BR", code).ok()) << code;
      }
    }
  }
}

}  // namespace
}  // namespace duecall::app
