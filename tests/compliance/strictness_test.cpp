// Goal: "at least as strict" holds exactly when every constraint of the looser profile is
// matched or narrowed (window, channels, holidays, caps, pauses), and strictest_region
// picks, for a debtor whose state is uncertain, a profile that keeps every candidate's law:
// the national one where it covers them all, Massachusetts among US states, an error when
// nothing covers them all.
//
// Method: built-in profiles compared with each other, and copies changed one field at a
// time in both directions.
#include "compliance/strictness.hpp"

#include <gtest/gtest.h>

#include "compliance/jurisdictions.hpp"

namespace duecall::compliance {
namespace {

using std::chrono::hours;

TEST(Strictness, EveryProfileIsAtLeastAsStrictAsItself) {
  for (auto profile : {slovenia_profile(), united_states_profile("MA"), united_kingdom_profile(),
                       *brazil_profile("SP"), *brazil_profile(std::nullopt)}) {
    EXPECT_TRUE(at_least_as_strict(profile, profile)) << profile.id;
  }
}

TEST(Strictness, MassachusettsIsStricterThanAnyOtherState) {
  auto ma = united_states_profile("MA");
  auto ny = united_states_profile("NY");
  EXPECT_TRUE(at_least_as_strict(ma, ny));
  EXPECT_FALSE(at_least_as_strict(ny, ma)) << "New York has no Massachusetts caps";
  EXPECT_TRUE(at_least_as_strict(ny, united_states_profile("CA")))
      << "states without rules of their own differ only in default zones, which do not count";
}

TEST(Strictness, BrazilsProfileForAnUnknownStateCoversEveryState) {
  auto national = *brazil_profile(std::nullopt);
  for (const char* state : {"SP", "RJ", "ES", "AL", "AM", "MG", "AC"}) {
    EXPECT_TRUE(at_least_as_strict(national, *brazil_profile(state))) << state;
  }
  EXPECT_FALSE(at_least_as_strict(*brazil_profile("SP"), *brazil_profile("RJ")))
      << "São Paulo allows Saturdays and evenings until 20:00";
  EXPECT_FALSE(at_least_as_strict(*brazil_profile("RJ"), *brazil_profile("SP")))
      << "Rio de Janeiro calls on 9 July, São Paulo's holiday";
}

TEST(Strictness, EachFieldCanMakeAProfileLooser) {
  const Profile base = united_states_profile("MA");
  auto expect_looser = [&](const Profile& changed, const char* what) {
    EXPECT_TRUE(at_least_as_strict(base, changed)) << what;
    EXPECT_FALSE(at_least_as_strict(changed, base)) << what;
  };
  Profile wider = base;
  wider.window.hours = WeeklyHours::every_day({hours(7), hours(21)});
  expect_looser(wider, "earlier opening");
  Profile fewer_channels = base;
  fewer_channels.window.channels.pop_back();
  expect_looser(fewer_channels, "e-mail out of the window");
  Profile higher_cap = base;
  higher_cap.caps[1].max_attempts = 3;
  expect_looser(higher_cap, "higher cap");
  Profile shorter_period = base;
  shorter_period.caps[2].period_days = 20;
  expect_looser(shorter_period, "shorter period");
  Profile narrower_kinds = base;
  narrower_kinds.caps[0].number_kinds = {NumberKind::mobile};
  expect_looser(narrower_kinds, "cap on mobiles only");
  Profile more_uncounted = base;
  more_uncounted.caps[0].uncounted_results.push_back(ContactResult::voicemail);
  expect_looser(more_uncounted, "voicemails not counted");
  Profile shorter_cooldown = base;
  shorter_cooldown.conversation_cooldown->days = 5;
  expect_looser(shorter_cooldown, "shorter cooldown");
  Profile no_cooldown = base;
  no_cooldown.conversation_cooldown.reset();
  expect_looser(no_cooldown, "no cooldown");
  Profile with_gap = base;
  with_gap.abandoned_call_gap = AbandonedCallGap{hours(72), "test"};
  EXPECT_TRUE(at_least_as_strict(with_gap, base));
  EXPECT_FALSE(at_least_as_strict(base, with_gap));
  Profile with_holiday = base;
  with_holiday.holidays.holidays.push_back(Holiday::fixed("test day", 7, 4));
  EXPECT_TRUE(at_least_as_strict(with_holiday, base));
  EXPECT_FALSE(at_least_as_strict(base, with_holiday));
}

TEST(Strictness, AHolidayObservedLaterIsNoCoverForOneObservedEarlier) {
  Profile earlier = slovenia_profile();
  earlier.holidays.holidays = {Holiday::fixed("day", 11, 20, 2020)};
  Profile later = earlier;
  later.holidays.holidays = {Holiday::fixed("another name", 11, 20, 2024)};
  EXPECT_TRUE(at_least_as_strict(earlier, later));
  EXPECT_FALSE(at_least_as_strict(later, earlier));
  Profile easter = earlier;
  easter.holidays.holidays = {Holiday::from_easter("Easter Monday", 1)};
  Profile pentecost = earlier;
  pentecost.holidays.holidays = {Holiday::from_easter("Whit Monday", 50)};
  EXPECT_FALSE(at_least_as_strict(easter, pentecost));
}

using Region = std::optional<std::string>;

TEST(StrictestRegion, IsTheOnlyCandidateOrNoneWithoutCandidates) {
  EXPECT_EQ(*strictest_region("US", {}), Region());
  EXPECT_EQ(*strictest_region("US", {"TX"}), Region("TX"));
  EXPECT_EQ(*strictest_region("BR", {"SP"}), Region("SP"));
}

TEST(StrictestRegion, IsMassachusettsWheneverItIsAmongUsCandidates) {
  EXPECT_EQ(*strictest_region("US", {"NY", "MA"}), Region("MA"));
  EXPECT_EQ(*strictest_region("US", {"MA", "CA", "TX"}), Region("MA"));
}

TEST(StrictestRegion, IsTheNationalProfileWhenItCoversEveryCandidate) {
  EXPECT_EQ(*strictest_region("US", {"NY", "CA"}), Region());
  EXPECT_EQ(*strictest_region("BR", {"SP", "RJ"}), Region());
}

TEST(StrictestRegion, PassesOnUnknownRegions) {
  EXPECT_FALSE(strictest_region("BR", {"SP", "XX"}).ok());
}

}  // namespace
}  // namespace duecall::compliance
