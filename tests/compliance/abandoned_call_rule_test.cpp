// The UK pause after an abandoned call: 72 hours of elapsed time to the same number, waived
// when a live agent is guaranteed for the new call.
#include "compliance/rules/abandoned_call_rule.hpp"

#include <gtest/gtest.h>

#include "compliance/jurisdictions.hpp"
#include "compliance_test_support.hpp"

namespace duecall::compliance {
namespace {

using testing::call_at;
using testing::iso;
using testing::past_call;

AbandonedCallRule ofcom() {
  return AbandonedCallRule(*united_kingdom_profile().abandoned_call_gap);
}

ContactRequest after_abandoned_call(std::string_view when) {
  auto request = call_at(when, {"Europe/London"});
  request.to = "+447700900123";
  auto abandoned = past_call("2026-06-01T11:00:00+01:00", ContactResult::right_party);
  abandoned.abandoned = true;
  abandoned.to = "+447700900123";
  request.history.push_back(abandoned);
  return request;
}

TEST(AbandonedCallRule, TheSameNumberWaitsSeventyTwoHoursToTheSecond) {
  auto just_before = after_abandoned_call("2026-06-04T10:59:59+01:00");
  auto verdict = ofcom().evaluate(just_before, just_before.at);
  ASSERT_FALSE(verdict.allowed());
  EXPECT_EQ(verdict.refusal->rule, Refusal::repeat_call_too_soon_after_abandoned_call);
  EXPECT_NE(verdict.refusal->source.find("Ofcom"), std::string::npos);
  EXPECT_EQ(iso(verdict.next_allowed_at), "2026-06-04T10:00:00Z");
  auto on_time = after_abandoned_call("2026-06-04T11:00:00+01:00");
  EXPECT_TRUE(ofcom().evaluate(on_time, on_time.at).allowed());
}

TEST(AbandonedCallRule, AGuaranteedLiveAgentMayCallAtOnce) {
  auto request = after_abandoned_call("2026-06-01T12:00:00+01:00");
  request.live_agent_guaranteed = true;
  EXPECT_TRUE(ofcom().evaluate(request, request.at).allowed());
}

TEST(AbandonedCallRule, AnotherNumberNeedNotWaitButAnUnrecordedOneMust) {
  auto request = after_abandoned_call("2026-06-01T12:00:00+01:00");
  request.to = "+447700900999";
  EXPECT_TRUE(ofcom().evaluate(request, request.at).allowed());
  request.to.clear();
  EXPECT_FALSE(ofcom().evaluate(request, request.at).allowed());
}

TEST(AbandonedCallRule, AnsweredCallsAndTextsAreNotAffected) {
  auto request = after_abandoned_call("2026-06-01T12:00:00+01:00");
  request.history[0].abandoned = false;
  EXPECT_TRUE(ofcom().evaluate(request, request.at).allowed());
  request.history[0].abandoned = true;
  request.channel = Channel::sms;
  EXPECT_TRUE(ofcom().evaluate(request, request.at).allowed());
}

TEST(AbandonedCallRule, TheGapIsElapsedTimeAcrossTheClockChange) {
  // Abandoned Friday 23 Oct 2026 12:00 BST; the clocks go back on Sunday 25 Oct, so 72
  // hours later it is Monday 26 Oct 11:00 GMT.
  auto request = call_at("2026-10-24T12:00:00+01:00", {"Europe/London"});
  auto abandoned = past_call("2026-10-23T12:00:00+01:00");
  abandoned.abandoned = true;
  request.history.push_back(abandoned);
  EXPECT_EQ(iso(ofcom().evaluate(request, request.at).next_allowed_at), "2026-10-26T11:00:00Z");
}

}  // namespace
}  // namespace duecall::compliance
