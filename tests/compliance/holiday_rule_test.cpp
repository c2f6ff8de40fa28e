// Public holidays as a rule: a windowed contact on a holiday in any candidate zone is
// refused until the start of the next local day that is no holiday anywhere. Hours are not
// this rule's business (the gate combines the two; see gate_test.cpp).
#include "compliance/rules/holiday_rule.hpp"

#include <gtest/gtest.h>

#include "compliance/jurisdictions.hpp"
#include "compliance_test_support.hpp"

namespace duecall::compliance {
namespace {

using testing::call_at;
using testing::iso;

HolidayRule rule_of(const Profile& profile) {
  return HolidayRule(profile.holidays, profile.window.channels, profile.default_zones);
}

Verdict evaluate(const HolidayRule& rule, const ContactRequest& request) {
  return rule.evaluate(request, request.at);
}

TEST(HolidayRule, EasterMonday2026IsClosedInSloveniaUntilTuesdayMidnight) {
  auto verdict = evaluate(rule_of(slovenia_profile()), call_at("2026-04-06T10:00:00+02:00"));
  ASSERT_FALSE(verdict.allowed());
  EXPECT_EQ(verdict.refusal->rule, Refusal::contact_on_public_holiday);
  EXPECT_NE(verdict.refusal->detail.find("velikonočni ponedeljek"), std::string::npos);
  EXPECT_NE(verdict.refusal->source.find("ZPDPD"), std::string::npos);
  EXPECT_EQ(iso(verdict.next_allowed_at), "2026-04-06T22:00:00Z");  // Tue 00:00 CEST
}

TEST(HolidayRule, EasterMonday2027FallsTheDayAfterTheClockChange) {
  EXPECT_FALSE(
      evaluate(rule_of(slovenia_profile()), call_at("2027-03-29T10:00:00+02:00")).allowed());
  EXPECT_TRUE(
      evaluate(rule_of(slovenia_profile()), call_at("2027-03-30T00:00:00+02:00")).allowed());
  EXPECT_TRUE(
      evaluate(rule_of(slovenia_profile()), call_at("2027-03-26T10:00:00+01:00")).allowed());
}

TEST(HolidayRule, ConsecutiveHolidaysAreSkippedTogether) {
  // 1 and 2 January, then 25 and 26 December, then 1 and 2 May.
  auto rule = rule_of(slovenia_profile());
  EXPECT_EQ(iso(evaluate(rule, call_at("2026-01-01T09:00:00+01:00")).next_allowed_at),
            "2026-01-02T23:00:00Z");
  EXPECT_EQ(iso(evaluate(rule, call_at("2026-12-25T09:00:00+01:00")).next_allowed_at),
            "2026-12-26T23:00:00Z");
  EXPECT_EQ(iso(evaluate(rule, call_at("2026-05-01T09:00:00+02:00")).next_allowed_at),
            "2026-05-02T22:00:00Z");
}

TEST(HolidayRule, TheEveOfAHolidayIsAnOrdinaryDay) {
  EXPECT_TRUE(
      evaluate(rule_of(slovenia_profile()), call_at("2026-06-24T18:00:00+02:00")).allowed());
  EXPECT_FALSE(
      evaluate(rule_of(slovenia_profile()), call_at("2026-06-25T00:00:00+02:00")).allowed());
}

TEST(HolidayRule, HolidaysDoNotBindEmailOrLetters) {
  auto request = call_at("2026-04-06T10:00:00+02:00");
  request.channel = Channel::email;
  EXPECT_TRUE(evaluate(rule_of(slovenia_profile()), request).allowed());
  request.channel = Channel::letter;
  EXPECT_TRUE(evaluate(rule_of(slovenia_profile()), request).allowed());
}

TEST(HolidayRule, BrazilianCarnivalAndCorpusChristiAreClosedInSaoPaulo) {
  auto rule = rule_of(*brazil_profile("SP"));
  // Easter 2026 is 5 April: Carnival 16-17 Feb, Good Friday 3 Apr, Corpus Christi 4 Jun.
  auto carnival = evaluate(rule, call_at("2026-02-16T10:00:00-03:00"));
  EXPECT_FALSE(carnival.allowed());
  EXPECT_EQ(iso(carnival.next_allowed_at), "2026-02-18T03:00:00Z");  // Ash Wednesday 00:00
  EXPECT_FALSE(evaluate(rule, call_at("2026-04-03T10:00:00-03:00")).allowed());
  EXPECT_FALSE(evaluate(rule, call_at("2026-06-04T10:00:00-03:00")).allowed());
  EXPECT_FALSE(evaluate(rule, call_at("2026-07-09T10:00:00-03:00")).allowed());  // SP only
  EXPECT_TRUE(
      evaluate(rule_of(*brazil_profile("RJ")), call_at("2026-07-09T10:00:00-03:00")).allowed());
}

TEST(HolidayRule, AHolidayInAnyCandidateZoneRefuses) {
  // A debtor who may be in Ljubljana or New York: Christmas Eve is no holiday in either,
  // but once 25 Dec has begun in Ljubljana the contact is refused, and it stays refused
  // until 26 Dec (also a Slovenian holiday) has ended in New York too.
  auto profile = slovenia_profile();
  auto verdict = evaluate(rule_of(profile), call_at("2026-12-24T23:30:00+01:00",
                                                    {"Europe/Ljubljana", "America/New_York"}));
  EXPECT_TRUE(verdict.allowed());
  auto christmas = evaluate(rule_of(profile), call_at("2026-12-25T03:00:00+01:00",
                                                      {"Europe/Ljubljana", "America/New_York"}));
  EXPECT_FALSE(christmas.allowed());
  // Free again when 27 Dec has begun in both: 00:00 in New York is 06:00 in Ljubljana.
  EXPECT_EQ(iso(christmas.next_allowed_at), "2026-12-27T05:00:00Z");
}

}  // namespace
}  // namespace duecall::compliance
