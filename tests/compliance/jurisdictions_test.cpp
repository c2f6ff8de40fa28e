// The built-in profiles: which one a country and state select, the figures each holds, and
// that every constraint names its source.
#include "compliance/jurisdictions.hpp"

#include <gtest/gtest.h>

namespace duecall::compliance {
namespace {

using std::chrono::hours;

void expect_every_source_named(const Profile& profile) {
  EXPECT_FALSE(profile.window.source.empty()) << profile.id;
  if (!profile.holidays.holidays.empty()) {
    EXPECT_FALSE(profile.holidays.source.empty());
  }
  for (const AttemptCap& cap : profile.caps) {
    EXPECT_FALSE(cap.source.empty()) << cap.name;
  }
  if (profile.conversation_cooldown) {
    EXPECT_FALSE(profile.conversation_cooldown->source.empty());
  }
  if (profile.abandoned_call_gap) {
    EXPECT_FALSE(profile.abandoned_call_gap->source.empty());
  }
  EXPECT_FALSE(profile.default_zones.empty()) << profile.id;
}

TEST(Jurisdictions, ProfileForPicksByCountryAndState) {
  EXPECT_EQ(profile_for("", std::nullopt)->id, "SI");
  EXPECT_EQ(profile_for("SI", "anything")->id, "SI");
  EXPECT_EQ(profile_for("US", std::nullopt)->id, "US");
  EXPECT_EQ(profile_for("US", "MA")->id, "US-MA");
  EXPECT_EQ(profile_for("US", "TX")->id, "US-TX");
  EXPECT_EQ(profile_for("GB", std::nullopt)->id, "GB");
  EXPECT_EQ(profile_for("BR", "SP")->id, "BR-SP");
  EXPECT_EQ(profile_for("BR", std::nullopt)->id, "BR");
  EXPECT_EQ(profile_for("BR", "MG")->id, "BR-MG");
  EXPECT_FALSE(profile_for("DE", std::nullopt).ok());
  EXPECT_FALSE(profile_for("BR", "XX").ok());
}

TEST(Jurisdictions, EveryProfileNamesItsSources) {
  for (auto profile :
       {profile_for("SI", std::nullopt), profile_for("US", std::nullopt), profile_for("US", "MA"),
        profile_for("GB", std::nullopt), profile_for("BR", std::nullopt), profile_for("BR", "SP"),
        profile_for("BR", "RJ"), profile_for("BR", "AM")}) {
    ASSERT_TRUE(profile.ok());
    expect_every_source_named(*profile);
  }
}

TEST(Jurisdictions, SloveniaCallsOnWorkingDaysOnly) {
  auto si = slovenia_profile();
  EXPECT_EQ(si.window.hours, WeeklyHours::monday_to_friday({hours(8), hours(19)}));
  EXPECT_EQ(si.default_zones.front().name(), "Europe/Ljubljana");
  EXPECT_EQ(si.holidays.holidays.size(), 15u);
  EXPECT_TRUE(si.caps.empty());
}

TEST(Jurisdictions, MassachusettsAddsTwoCapsToRegulationF) {
  auto ma = united_states_profile("MA");
  ASSERT_EQ(ma.caps.size(), 3u);
  EXPECT_EQ(ma.caps[0].name, "regulation_f_calls");
  EXPECT_EQ(ma.caps[1].max_attempts, 2);
  EXPECT_EQ(ma.caps[1].period_days, 7);
  EXPECT_EQ(ma.caps[2].max_attempts, 2);
  EXPECT_EQ(ma.caps[2].period_days, 30);
  EXPECT_EQ(united_states_profile(std::nullopt).caps.size(), 1u);
}

TEST(Jurisdictions, BrazilianStatesWithoutALawGetTheStrictestWindowInTheirOwnZone) {
  auto mg = *brazil_profile("MG");
  auto national = *brazil_profile(std::nullopt);
  EXPECT_EQ(mg.window.hours, national.window.hours);
  ASSERT_EQ(mg.default_zones.size(), 1u);
  EXPECT_EQ(mg.default_zones.front().name(), "America/Sao_Paulo");
  EXPECT_EQ(brazil_profile("AM")->default_zones.front().name(), "America/Manaus");
  EXPECT_TRUE(brazil_profile("SP")->window.hours.on(date::Saturday).has_value());
  EXPECT_FALSE(brazil_profile("RJ")->window.hours.on(date::Saturday).has_value());
}

TEST(Jurisdictions, AKnownUsStatesZonesStandInForAnUnknownZone) {
  auto tx = united_states_profile("TX");
  ASSERT_EQ(tx.default_zones.size(), 2u);
  EXPECT_EQ(tx.default_zones[0].name(), "America/Chicago");
  EXPECT_EQ(tx.default_zones[1].name(), "America/Denver");
  EXPECT_EQ(united_states_profile("MA").default_zones.size(), 1u);
  EXPECT_EQ(united_states_profile("XX").default_zones.size(),
            united_states_profile(std::nullopt).default_zones.size())
      << "a state we do not know keeps every zone of the fifty states";
}

TEST(Jurisdictions, BrazilsProfileForAnUnknownStateKeepsEveryStatesHolidays) {
  auto national = *brazil_profile(std::nullopt);
  EXPECT_EQ(national.holidays.holiday_on(date::year(2026) / 7 / 9), "Revolução Constitucionalista")
      << "the debtor may live in São Paulo";
  EXPECT_FALSE(brazil_profile("RJ")->holidays.holiday_on(date::year(2026) / 7 / 9).has_value());
  EXPECT_NE(national.holidays.source.find("SP Lei Estadual 9.497/1997"), std::string::npos);
}

}  // namespace
}  // namespace duecall::compliance
