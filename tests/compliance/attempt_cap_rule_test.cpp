// Attempt caps over consecutive local days: Regulation F's 7 calls in 7 days (the 7th
// attempt allowed, the 8th refused, and the exact instant the oldest attempt drops out),
// which results count, and the two Massachusetts caps by number kind.
#include "compliance/rules/attempt_cap_rule.hpp"

#include <gtest/gtest.h>

#include "compliance/jurisdictions.hpp"
#include "compliance_test_support.hpp"

namespace duecall::compliance {
namespace {

using testing::call_at;
using testing::iso;
using testing::past_call;

AttemptCapRule cap_named(const Profile& profile, std::string_view name) {
  for (const AttemptCap& cap : profile.caps) {
    if (cap.name == name) return AttemptCapRule(cap, profile.default_zones);
  }
  ADD_FAILURE() << "no cap " << name;
  return AttemptCapRule(AttemptCap{}, profile.default_zones);
}

AttemptCapRule regulation_f() {
  return cap_named(united_states_profile(std::nullopt), "regulation_f_calls");
}

// One call a day at 10:00 New York time from Monday 5 January 2026, `count` days running.
std::vector<PastContact> daily_calls(int count) {
  std::vector<PastContact> calls;
  for (int day = 0; day < count; ++day) {
    const int date = 5 + day;
    calls.push_back(past_call("2026-01-" + std::string(date < 10 ? "0" : "") +
                              std::to_string(date) + "T10:00:00-05:00"));
  }
  return calls;
}

Verdict evaluate(const AttemptCapRule& rule, const ContactRequest& request) {
  return rule.evaluate(request, request.at);
}

TEST(AttemptCapRule, TheSeventhCallInSevenDaysIsAllowed) {
  auto request = call_at("2026-01-11T12:00:00-05:00", {"America/New_York"});
  request.history = daily_calls(6);
  EXPECT_TRUE(evaluate(regulation_f(), request).allowed());
}

TEST(AttemptCapRule, TheEighthCallInSevenDaysIsRefusedUntilTheOldestDropsOut) {
  auto request = call_at("2026-01-11T18:00:00-05:00", {"America/New_York"});
  request.history = daily_calls(7);
  auto verdict = evaluate(regulation_f(), request);
  ASSERT_FALSE(verdict.allowed());
  EXPECT_EQ(verdict.refusal->rule, Refusal::attempt_cap_reached);
  EXPECT_EQ(verdict.refusal->source,
            "12 CFR 1006.14(b)(2)(i)(A); busy lines excluded per 12 CFR 1006.14(b)(3)");
  // The Monday-5 call was day 1 of 7; it stops counting when day 8 (Monday 12) begins.
  EXPECT_EQ(iso(verdict.next_allowed_at), "2026-01-12T05:00:00Z");
}

TEST(AttemptCapRule, TheRollingWindowReleasesAtTheExactInstant) {
  auto request = call_at("2026-01-11T18:00:00-05:00", {"America/New_York"});
  request.history = daily_calls(7);
  EXPECT_FALSE(
      regulation_f().evaluate(request, testing::instant("2026-01-12T04:59:59Z")).allowed());
  EXPECT_TRUE(regulation_f().evaluate(request, testing::instant("2026-01-12T05:00:00Z")).allowed());
}

TEST(AttemptCapRule, SevenCallsSpreadOverMoreThanSevenDaysLeaveRoom) {
  auto request = call_at("2026-01-13T12:00:00-05:00", {"America/New_York"});
  request.history = daily_calls(7);  // Jan 5 .. Jan 11; Jan 5 and 6 are out by Jan 13
  EXPECT_TRUE(evaluate(regulation_f(), request).allowed());
}

TEST(AttemptCapRule, SeveralCallsOnTheOldestDayAllDropOutTogether) {
  auto request = call_at("2026-01-07T12:00:00-05:00", {"America/New_York"});
  for (const char* when :
       {"2026-01-05T09:00:00-05:00", "2026-01-05T10:00:00-05:00", "2026-01-05T11:00:00-05:00",
        "2026-01-06T09:00:00-05:00", "2026-01-06T10:00:00-05:00", "2026-01-07T09:00:00-05:00",
        "2026-01-07T10:00:00-05:00"}) {
    request.history.push_back(past_call(when));
  }
  // When Jan 5's three calls drop out (Jan 12 begins) four are left, under the cap.
  EXPECT_EQ(iso(evaluate(regulation_f(), request).next_allowed_at), "2026-01-12T05:00:00Z");
}

TEST(AttemptCapRule, BusyLinesDoNotCountButVoicemailsDo) {
  auto request = call_at("2026-01-11T18:00:00-05:00", {"America/New_York"});
  request.history = daily_calls(7);
  request.history[0].result = ContactResult::busy;
  EXPECT_TRUE(evaluate(regulation_f(), request).allowed());
  request.history[0].result = ContactResult::voicemail;
  EXPECT_FALSE(evaluate(regulation_f(), request).allowed());
}

TEST(AttemptCapRule, RegulationFCountsCallsOnlyAndBindsCallsOnly) {
  auto request = call_at("2026-01-11T18:00:00-05:00", {"America/New_York"});
  request.history = daily_calls(7);
  request.channel = Channel::sms;
  EXPECT_TRUE(evaluate(regulation_f(), request).allowed());
  request.channel = Channel::call;
  for (auto& contact : request.history) contact.channel = Channel::sms;
  EXPECT_TRUE(evaluate(regulation_f(), request).allowed());
}

TEST(AttemptCapRule, AnUnknownZoneWaitsForTheDayToEndInHawaii) {
  auto request = call_at("2026-01-11T18:00:00-05:00");
  request.history = daily_calls(7);
  // The Jan 5 call was 05:00 on Jan 5 in Honolulu; day 8 there begins at 10:00Z on Jan 12.
  EXPECT_EQ(iso(evaluate(regulation_f(), request).next_allowed_at), "2026-01-12T10:00:00Z");
}

TEST(AttemptCapRule, MassachusettsAllowsTwoCallsAWeekToAMobileNumber) {
  auto profile = united_states_profile("MA");
  auto rule = cap_named(profile, "massachusetts_home_and_mobile");
  auto request = call_at("2026-01-07T12:00:00-05:00");
  request.number_kind = NumberKind::mobile;
  request.history = daily_calls(1);
  request.history[0].number_kind = NumberKind::mobile;
  EXPECT_TRUE(evaluate(rule, request).allowed());
  auto texted = request.history[0];
  texted.channel = Channel::sms;
  texted.at = testing::instant("2026-01-06T10:00:00-05:00");
  request.history.push_back(texted);
  auto verdict = evaluate(rule, request);
  ASSERT_FALSE(verdict.allowed());
  EXPECT_EQ(verdict.refusal->source, "940 CMR 7.04(1)(f); 209 CMR 18.16(1)(d)");
  EXPECT_EQ(iso(verdict.next_allowed_at), "2026-01-12T05:00:00Z");
}

TEST(AttemptCapRule, MassachusettsCountsWorkNumbersSeparatelyOverThirtyDays) {
  auto profile = united_states_profile("MA");
  auto other = cap_named(profile, "massachusetts_other_numbers");
  auto home = cap_named(profile, "massachusetts_home_and_mobile");
  auto request = call_at("2026-01-20T12:00:00-05:00");
  request.number_kind = NumberKind::work;
  for (const char* when : {"2026-01-02T10:00:00-05:00", "2026-01-03T10:00:00-05:00"}) {
    auto call = past_call(when);
    call.number_kind = NumberKind::work;
    request.history.push_back(call);
  }
  auto verdict = evaluate(other, request);
  EXPECT_FALSE(verdict.allowed());
  EXPECT_EQ(iso(verdict.next_allowed_at), "2026-02-01T05:00:00Z");  // Jan 2 + 30 days
  // The work-number calls do not touch the home and mobile budget.
  request.number_kind = NumberKind::home;
  EXPECT_TRUE(evaluate(home, request).allowed());
  EXPECT_TRUE(evaluate(other, request).allowed());
  // A number of unknown kind is held to both caps.
  request.number_kind = NumberKind::unknown;
  EXPECT_FALSE(evaluate(other, request).allowed());
}

TEST(AttemptCapRule, ACapOfZeroNeverAllows) {
  AttemptCap none{"none", 0, 7, {Channel::call}, {}, {}, "test"};
  AttemptCapRule rule(none, {testing::zone("Europe/Ljubljana")});
  auto verdict = evaluate(rule, call_at("2026-01-07T12:00:00+01:00"));
  EXPECT_FALSE(verdict.allowed());
  EXPECT_FALSE(verdict.next_allowed_at.has_value());
}

TEST(AttemptCapRule, ContactsAfterTheRequestAreIgnored) {
  auto request = call_at("2026-01-04T12:00:00-05:00", {"America/New_York"});
  request.history = daily_calls(7);  // all later than the request
  EXPECT_TRUE(evaluate(regulation_f(), request).allowed());
}

}  // namespace
}  // namespace duecall::compliance
