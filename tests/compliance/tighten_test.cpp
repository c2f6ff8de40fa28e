// Client overrides: every kind of tightening is accepted, every loosening is refused with
// an error that names the field, and nothing changes when there are no overrides.
#include "compliance/tighten.hpp"

#include <gtest/gtest.h>

#include "compliance/jurisdictions.hpp"

namespace duecall::compliance {
namespace {

using std::chrono::hours;

void expect_refused_naming(const Result<Profile>& result, const std::string& field) {
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(result.error().message.find("'" + field + "'"), std::string::npos)
      << result.error().message;
}

TEST(Tighten, NoOverridesChangeNothing) {
  auto tightened = tighten(slovenia_profile(), {});
  ASSERT_TRUE(tightened.ok());
  EXPECT_EQ(tightened->window.hours, slovenia_profile().window.hours);
}

TEST(Tighten, AcceptsNarrowerHoursAndClosedDays) {
  ClientOverrides overrides;
  overrides.hours =
      WeeklyHours::monday_to_friday({hours(9), hours(17)}).with(date::Friday, std::nullopt);
  auto tightened = tighten(slovenia_profile(), overrides);
  ASSERT_TRUE(tightened.ok());
  EXPECT_EQ(tightened->window.hours.on(date::Monday)->open, hours(9));
  EXPECT_FALSE(tightened->window.hours.on(date::Friday).has_value());
  EXPECT_NE(tightened->window.source.find("narrowed by client policy"), std::string::npos);
}

TEST(Tighten, RefusesHoursThatStartEarlierOrEndLater) {
  ClientOverrides overrides;
  overrides.hours = WeeklyHours::monday_to_friday({hours(7), hours(19)});
  expect_refused_naming(tighten(slovenia_profile(), overrides), "hours.monday");
  overrides.hours = WeeklyHours::monday_to_friday({hours(8), hours(20)});
  expect_refused_naming(tighten(slovenia_profile(), overrides), "hours.monday");
}

TEST(Tighten, RefusesOpeningADayTheProfileKeepsClosed) {
  ClientOverrides overrides;
  overrides.hours =
      slovenia_profile().window.hours.with(date::Saturday, DailyHours{hours(9), hours(12)});
  expect_refused_naming(tighten(slovenia_profile(), overrides), "hours.saturday");
  auto sp = *brazil_profile("SP");
  overrides.hours = sp.window.hours.with(date::Saturday, DailyHours{hours(8), hours(16)});
  expect_refused_naming(tighten(sp, overrides), "hours.saturday");
}

TEST(Tighten, AcceptsLowerCapsAndLongerPeriods) {
  ClientOverrides overrides;
  overrides.caps.push_back({"regulation_f_calls", 3, 10});
  auto tightened = tighten(united_states_profile(std::nullopt), overrides);
  ASSERT_TRUE(tightened.ok());
  EXPECT_EQ(tightened->caps[0].max_attempts, 3);
  EXPECT_EQ(tightened->caps[0].period_days, 10);
}

TEST(Tighten, RefusesHigherCapsShorterPeriodsAndUnknownCaps) {
  ClientOverrides higher;
  higher.caps.push_back({"regulation_f_calls", 8, std::nullopt});
  expect_refused_naming(tighten(united_states_profile(std::nullopt), higher),
                        "caps.regulation_f_calls.max_attempts");
  ClientOverrides shorter;
  shorter.caps.push_back({"regulation_f_calls", std::nullopt, 6});
  expect_refused_naming(tighten(united_states_profile(std::nullopt), shorter),
                        "caps.regulation_f_calls.period_days");
  ClientOverrides unknown;
  unknown.caps.push_back({"no_such_cap", 1, std::nullopt});
  expect_refused_naming(tighten(united_states_profile(std::nullopt), unknown), "caps.no_such_cap");
}

TEST(Tighten, AddsTheClientsOwnCapsHolidaysAndChannels) {
  ClientOverrides overrides;
  overrides.extra_caps.push_back({"client_weekly_calls", 3, 7, {Channel::call}, {}, {}, ""});
  overrides.extra_holidays.push_back(Holiday::fixed("company day", 9, 1));
  overrides.extra_windowed_channels.push_back(Channel::email);
  auto tightened = tighten(slovenia_profile(), overrides);
  ASSERT_TRUE(tightened.ok());
  ASSERT_EQ(tightened->caps.size(), 1u);
  EXPECT_EQ(tightened->caps[0].source, kClientPolicySource);
  EXPECT_EQ(tightened->holidays.holidays.size(), 16u);
  EXPECT_TRUE(channel_is_in(Channel::email, tightened->window.channels));
  ClientOverrides duplicate;
  duplicate.extra_caps.push_back({"regulation_f_calls", 3, 7, {Channel::call}, {}, {}, ""});
  expect_refused_naming(tighten(united_states_profile(std::nullopt), duplicate),
                        "extra_caps.regulation_f_calls");
}

TEST(Tighten, PausesMayOnlyGrowLonger) {
  ClientOverrides longer;
  longer.conversation_cooldown_days = 10;
  longer.abandoned_call_gap = hours(96);
  EXPECT_TRUE(tighten(united_states_profile(std::nullopt), longer).ok());
  EXPECT_TRUE(tighten(united_kingdom_profile(), longer).ok());
  auto si = tighten(slovenia_profile(), longer);
  ASSERT_TRUE(si.ok());
  EXPECT_EQ(si->conversation_cooldown->days, 10);
  EXPECT_EQ(si->abandoned_call_gap->gap, hours(96));
  ClientOverrides shorter_cooldown;
  shorter_cooldown.conversation_cooldown_days = 6;
  expect_refused_naming(tighten(united_states_profile(std::nullopt), shorter_cooldown),
                        "conversation_cooldown_days");
  ClientOverrides shorter_gap;
  shorter_gap.abandoned_call_gap = hours(48);
  expect_refused_naming(tighten(united_kingdom_profile(), shorter_gap), "abandoned_call_gap_hours");
}

TEST(Tighten, NamesTheFieldAfterTheCallersPrefix) {
  ClientOverrides overrides;
  overrides.hours = WeeklyHours::monday_to_friday({hours(7), hours(19)});
  expect_refused_naming(tighten(slovenia_profile(), overrides, "$.compliance."),
                        "$.compliance.hours.monday");
  ClientOverrides higher;
  higher.caps.push_back({"regulation_f_calls", 8, std::nullopt});
  expect_refused_naming(tighten(united_states_profile(std::nullopt), higher, "$.compliance."),
                        "$.compliance.caps.regulation_f_calls.max_attempts");
}

}  // namespace
}  // namespace duecall::compliance
