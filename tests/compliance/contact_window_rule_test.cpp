// The calling window, rule by itself: boundaries to the second (the window is half-open),
// the next opening across weekends and DST changes in Europe/Ljubljana and
// America/New_York, the intersection of several candidate zones, the Saturday hours of
// São Paulo, and the channels the window does and does not bind. Instants are written with
// their local offset so the local wall clock can be read off the test.
#include "compliance/rules/contact_window_rule.hpp"

#include <gtest/gtest.h>

#include "compliance/jurisdictions.hpp"
#include "compliance_test_support.hpp"

namespace duecall::compliance {
namespace {

using testing::call_at;
using testing::instant;
using testing::iso;

ContactWindowRule rule_of(const Profile& profile) {
  return ContactWindowRule(profile.window, profile.default_zones);
}

Verdict evaluate(const ContactWindowRule& rule, const ContactRequest& request) {
  return rule.evaluate(request, request.at);
}

TEST(ContactWindowRule, SloveniaOpensAtEightAndClosesAtNineteenToTheSecond) {
  auto rule = rule_of(slovenia_profile());
  auto early = evaluate(rule, call_at("2026-03-11T07:59:59+01:00"));
  EXPECT_FALSE(early.allowed());
  EXPECT_EQ(iso(early.next_allowed_at), "2026-03-11T07:00:00Z");  // 08:00 CET
  EXPECT_TRUE(evaluate(rule, call_at("2026-03-11T08:00:00+01:00")).allowed());
  EXPECT_TRUE(evaluate(rule, call_at("2026-03-11T18:59:59+01:00")).allowed());
  auto late = evaluate(rule, call_at("2026-03-11T19:00:00+01:00"));
  EXPECT_FALSE(late.allowed());
  EXPECT_EQ(iso(late.next_allowed_at), "2026-03-12T07:00:00Z");
}

TEST(ContactWindowRule, RefusalNamesTheRuleTheSourceAndTheLocalTime) {
  auto verdict = evaluate(rule_of(slovenia_profile()), call_at("2026-03-11T19:00:00+01:00"));
  ASSERT_TRUE(verdict.refusal.has_value());
  EXPECT_EQ(verdict.refusal->rule, Refusal::contact_outside_permitted_hours);
  EXPECT_EQ(refusal_name(verdict.refusal->rule), "contact_outside_permitted_hours");
  EXPECT_NE(verdict.refusal->source.find("duecall policy for SI"), std::string::npos);
  EXPECT_NE(verdict.refusal->detail.find("2026-03-11 19:00:00 Europe/Ljubljana (wednesday)"),
            std::string::npos)
      << verdict.refusal->detail;
}

TEST(ContactWindowRule, FridayEveningInSloveniaWaitsForMondayMorning) {
  auto verdict = evaluate(rule_of(slovenia_profile()), call_at("2026-03-13T19:00:00+01:00"));
  EXPECT_FALSE(verdict.allowed());
  EXPECT_EQ(iso(verdict.next_allowed_at), "2026-03-16T07:00:00Z");
  auto saturday = evaluate(rule_of(slovenia_profile()), call_at("2026-03-14T10:00:00+01:00"));
  EXPECT_EQ(iso(saturday.next_allowed_at), "2026-03-16T07:00:00Z");
}

TEST(ContactWindowRule, LjubljanaSpringForwardWeekendOpensMondayAtEightSummerTime) {
  // Clocks went from 02:00 CET to 03:00 CEST on Sunday 2026-03-29.
  auto verdict = evaluate(rule_of(slovenia_profile()), call_at("2026-03-27T19:00:00+01:00"));
  EXPECT_EQ(iso(verdict.next_allowed_at), "2026-03-30T06:00:00Z");
}

TEST(ContactWindowRule, LjubljanaFallBackWeekendOpensMondayAtEightWinterTime) {
  // Clocks went from 03:00 CEST back to 02:00 CET on Sunday 2026-10-25.
  auto verdict = evaluate(rule_of(slovenia_profile()), call_at("2026-10-23T19:00:00+02:00"));
  EXPECT_EQ(iso(verdict.next_allowed_at), "2026-10-26T07:00:00Z");
}

TEST(ContactWindowRule, OnTheLjubljanaChangeDaysThemselvesEightOClockIsExact) {
  // A seven-day window in Ljubljana, so that the Sunday of the change is open.
  ContactWindow every_day{WeeklyHours::every_day({std::chrono::hours(8), std::chrono::hours(19)}),
                          {Channel::call},
                          "test"};
  ContactWindowRule rule(every_day, slovenia_profile().default_zones);
  // Spring forward: 08:00 CEST is 06:00Z; the night before closed at 19:00 CET (18:00Z).
  EXPECT_EQ(iso(evaluate(rule, call_at("2026-03-28T19:00:00+01:00")).next_allowed_at),
            "2026-03-29T06:00:00Z");
  EXPECT_FALSE(evaluate(rule, call_at("2026-03-29T07:59:59+02:00")).allowed());
  EXPECT_TRUE(evaluate(rule, call_at("2026-03-29T08:00:00+02:00")).allowed());
  EXPECT_FALSE(evaluate(rule, call_at("2026-03-29T19:00:00+02:00")).allowed());
  // Fall back: 08:00 CET is 07:00Z.
  EXPECT_EQ(iso(evaluate(rule, call_at("2026-10-25T01:30:00+02:00")).next_allowed_at),
            "2026-10-25T07:00:00Z");
  EXPECT_FALSE(evaluate(rule, call_at("2026-10-25T07:59:59+01:00")).allowed());
  EXPECT_TRUE(evaluate(rule, call_at("2026-10-25T08:00:00+01:00")).allowed());
  EXPECT_TRUE(evaluate(rule, call_at("2026-10-25T18:59:59+01:00")).allowed());
}

TEST(ContactWindowRule, NewYorkSpringForwardDayOpensAtEightDaylightTime) {
  auto rule = rule_of(united_states_profile(std::nullopt));
  const std::vector<std::string_view> new_york = {"America/New_York"};
  // Saturday 21:00 EST is 02:00Z Sunday; Sunday 08:00 EDT is 12:00Z, ten hours later.
  EXPECT_EQ(iso(evaluate(rule, call_at("2026-03-07T21:00:00-05:00", new_york)).next_allowed_at),
            "2026-03-08T12:00:00Z");
  EXPECT_FALSE(evaluate(rule, call_at("2026-03-08T07:59:59-04:00", new_york)).allowed());
  EXPECT_TRUE(evaluate(rule, call_at("2026-03-08T08:00:00-04:00", new_york)).allowed());
  EXPECT_TRUE(evaluate(rule, call_at("2026-03-08T20:59:59-04:00", new_york)).allowed());
  EXPECT_FALSE(evaluate(rule, call_at("2026-03-08T21:00:00-04:00", new_york)).allowed());
}

TEST(ContactWindowRule, NewYorkFallBackDayOpensAtEightStandardTime) {
  auto rule = rule_of(united_states_profile(std::nullopt));
  const std::vector<std::string_view> new_york = {"America/New_York"};
  // Saturday 21:00 EDT is 01:00Z Sunday; Sunday 08:00 EST is 13:00Z, twelve hours later.
  EXPECT_EQ(iso(evaluate(rule, call_at("2026-10-31T21:00:00-04:00", new_york)).next_allowed_at),
            "2026-11-01T13:00:00Z");
  EXPECT_FALSE(evaluate(rule, call_at("2026-11-01T07:59:59-05:00", new_york)).allowed());
  EXPECT_TRUE(evaluate(rule, call_at("2026-11-01T08:00:00-05:00", new_york)).allowed());
  EXPECT_FALSE(evaluate(rule, call_at("2026-11-01T21:00:00-05:00", new_york)).allowed());
}

TEST(ContactWindowRule, UncertainUsZoneAllowsOnlyWhenEveryCandidateIsInsideTheWindow) {
  auto rule = rule_of(united_states_profile(std::nullopt));
  const std::vector<std::string_view> both = {"America/New_York", "America/Los_Angeles"};
  // 10:59:59 in New York is 07:59:59 in Los Angeles: too early there.
  auto early = evaluate(rule, call_at("2026-01-14T10:59:59-05:00", both));
  EXPECT_FALSE(early.allowed());
  EXPECT_NE(early.refusal->detail.find("America/Los_Angeles"), std::string::npos);
  EXPECT_EQ(iso(early.next_allowed_at), "2026-01-14T16:00:00Z");  // 08:00 in LA
  EXPECT_TRUE(evaluate(rule, call_at("2026-01-14T11:00:00-05:00", both)).allowed());
  EXPECT_TRUE(evaluate(rule, call_at("2026-01-14T20:59:59-05:00", both)).allowed());
  // 21:00 in New York is only 18:00 in Los Angeles, but New York is closed.
  auto late = evaluate(rule, call_at("2026-01-14T21:00:00-05:00", both));
  EXPECT_FALSE(late.allowed());
  EXPECT_NE(late.refusal->detail.find("America/New_York"), std::string::npos);
  EXPECT_EQ(iso(late.next_allowed_at), "2026-01-15T16:00:00Z");
}

TEST(ContactWindowRule, UnknownUsZoneUsesEveryStateZone) {
  // From Eastern to Hawaii: the common window is 13:00-21:00 Eastern in winter.
  auto rule = rule_of(united_states_profile(std::nullopt));
  EXPECT_EQ(iso(evaluate(rule, call_at("2026-01-14T12:59:59-05:00")).next_allowed_at),
            "2026-01-14T18:00:00Z");
  EXPECT_TRUE(evaluate(rule, call_at("2026-01-14T13:00:00-05:00")).allowed());
}

TEST(ContactWindowRule, ZonesWithNoCommonHoursNeverAllow) {
  // Ljubljana closes at 19:00 just as Honolulu (11 or 12 hours behind) opens at 08:00.
  auto rule = rule_of(slovenia_profile());
  auto verdict =
      evaluate(rule, call_at("2026-01-14T12:00:00Z", {"Europe/Ljubljana", "Pacific/Honolulu"}));
  EXPECT_FALSE(verdict.allowed());
  EXPECT_FALSE(verdict.next_allowed_at.has_value());
}

TEST(ContactWindowRule, SaoPauloSaturdayEndsAtFourteen) {
  auto rule = rule_of(*brazil_profile("SP"));
  EXPECT_TRUE(evaluate(rule, call_at("2026-03-14T08:00:00-03:00")).allowed());
  EXPECT_TRUE(evaluate(rule, call_at("2026-03-14T13:59:00-03:00")).allowed());
  EXPECT_TRUE(evaluate(rule, call_at("2026-03-14T13:59:59-03:00")).allowed());
  auto two_pm = evaluate(rule, call_at("2026-03-14T14:00:00-03:00"));
  EXPECT_FALSE(two_pm.allowed());
  EXPECT_EQ(iso(two_pm.next_allowed_at), "2026-03-16T11:00:00Z");                // Monday 08:00
  EXPECT_FALSE(evaluate(rule, call_at("2026-03-15T10:00:00-03:00")).allowed());  // Sunday
  EXPECT_TRUE(evaluate(rule, call_at("2026-03-13T19:59:59-03:00")).allowed());
  EXPECT_FALSE(evaluate(rule, call_at("2026-03-13T20:00:00-03:00")).allowed());
}

TEST(ContactWindowRule, BrazilWithoutAStateUsesTheStrictestWindowInEveryZone) {
  auto rule = rule_of(*brazil_profile(std::nullopt));
  // 09:00-18:00 on weekdays in every zone from Noronha (-2) to Acre (-5): it opens with
  // 09:00 in Acre (11:00 in Brasília) and closes with 18:00 in Noronha (17:00 in Brasília).
  EXPECT_FALSE(evaluate(rule, call_at("2026-03-13T10:59:59-03:00")).allowed());
  EXPECT_TRUE(evaluate(rule, call_at("2026-03-13T11:00:00-03:00")).allowed());
  EXPECT_TRUE(evaluate(rule, call_at("2026-03-13T16:59:59-03:00")).allowed());
  EXPECT_FALSE(evaluate(rule, call_at("2026-03-13T17:00:00-03:00")).allowed());
  EXPECT_FALSE(evaluate(rule, call_at("2026-03-14T12:00:00-03:00")).allowed());  // Saturday
}

TEST(ContactWindowRule, EmailAndLettersAreNotBoundInSloveniaButEmailIsInTheUs) {
  auto request = call_at("2026-03-11T23:00:00+01:00", {"Europe/Ljubljana"});
  request.channel = Channel::email;
  EXPECT_TRUE(evaluate(rule_of(slovenia_profile()), request).allowed());
  request.channel = Channel::letter;
  EXPECT_TRUE(evaluate(rule_of(slovenia_profile()), request).allowed());
  request.channel = Channel::sms;
  EXPECT_FALSE(evaluate(rule_of(slovenia_profile()), request).allowed());
  auto us = call_at("2026-03-11T23:00:00-05:00", {"America/New_York"});
  us.channel = Channel::email;
  EXPECT_FALSE(evaluate(rule_of(united_states_profile(std::nullopt)), us).allowed());
  us.channel = Channel::letter;
  EXPECT_TRUE(evaluate(rule_of(united_states_profile(std::nullopt)), us).allowed());
}

TEST(ContactWindowRule, AWeekWithNoOpenDayNeverAllows) {
  ContactWindowRule rule({WeeklyHours(), {Channel::call}, "test"},
                         slovenia_profile().default_zones);
  auto verdict = evaluate(rule, call_at("2026-03-11T10:00:00+01:00"));
  EXPECT_FALSE(verdict.allowed());
  EXPECT_FALSE(verdict.next_allowed_at.has_value());
}

}  // namespace
}  // namespace duecall::compliance
