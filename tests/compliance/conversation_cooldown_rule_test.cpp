// The Regulation F pause after a telephone conversation: the conversation's date is day 1
// of 7, so calls are released when day 8 begins in the debtor's zone (12 CFR
// 1006.14(b)(2)(i)(B)). Only a right-party call is a conversation, and only calls wait.
#include "compliance/rules/conversation_cooldown_rule.hpp"

#include <gtest/gtest.h>

#include "compliance/jurisdictions.hpp"
#include "compliance_test_support.hpp"

namespace duecall::compliance {
namespace {

using testing::call_at;
using testing::instant;
using testing::iso;
using testing::past_call;

ConversationCooldownRule regulation_f() {
  auto profile = united_states_profile(std::nullopt);
  return ConversationCooldownRule(*profile.conversation_cooldown, profile.default_zones);
}

ContactRequest after_monday_conversation(std::string_view when) {
  auto request = call_at(when, {"America/New_York"});
  request.history.push_back(past_call("2026-01-05T10:00:00-05:00", ContactResult::right_party));
  return request;
}

TEST(ConversationCooldownRule, NoCallOnTheDaysOneToSevenCountingTheConversationDay) {
  for (const char* when :
       {"2026-01-05T15:00:00-05:00", "2026-01-08T12:00:00-05:00", "2026-01-11T23:59:59-05:00"}) {
    auto request = after_monday_conversation(when);
    auto verdict = regulation_f().evaluate(request, request.at);
    ASSERT_FALSE(verdict.allowed()) << when;
    EXPECT_EQ(verdict.refusal->rule, Refusal::call_within_conversation_cooldown);
    EXPECT_EQ(verdict.refusal->source, "12 CFR 1006.14(b)(2)(i)(B)");
    EXPECT_EQ(iso(verdict.next_allowed_at), "2026-01-12T05:00:00Z") << when;
  }
}

TEST(ConversationCooldownRule, CallsResumeWhenTheEighthDayBegins) {
  auto request = after_monday_conversation("2026-01-11T23:59:59-05:00");
  EXPECT_FALSE(regulation_f().evaluate(request, instant("2026-01-12T04:59:59Z")).allowed());
  EXPECT_TRUE(regulation_f().evaluate(request, instant("2026-01-12T05:00:00Z")).allowed());
}

TEST(ConversationCooldownRule, OnlyARightPartyCallIsAConversation) {
  for (ContactResult result :
       {ContactResult::no_answer, ContactResult::busy, ContactResult::voicemail,
        ContactResult::wrong_number, ContactResult::third_party}) {
    auto request = call_at("2026-01-06T12:00:00-05:00", {"America/New_York"});
    request.history.push_back(past_call("2026-01-05T10:00:00-05:00", result));
    EXPECT_TRUE(regulation_f().evaluate(request, request.at).allowed());
  }
}

TEST(ConversationCooldownRule, TextsAndEmailsNeedNotWait) {
  auto request = after_monday_conversation("2026-01-06T12:00:00-05:00");
  request.channel = Channel::sms;
  EXPECT_TRUE(regulation_f().evaluate(request, request.at).allowed());
  request.channel = Channel::email;
  EXPECT_TRUE(regulation_f().evaluate(request, request.at).allowed());
}

TEST(ConversationCooldownRule, TheLatestConversationSetsTheRelease) {
  auto request = after_monday_conversation("2026-01-08T12:00:00-05:00");
  request.history.push_back(past_call("2026-01-07T10:00:00-05:00", ContactResult::right_party));
  EXPECT_EQ(iso(regulation_f().evaluate(request, request.at).next_allowed_at),
            "2026-01-14T05:00:00Z");
}

TEST(ConversationCooldownRule, ACooldownAcrossTheSpringChangeEndsAtLocalMidnight) {
  // Conversation Wednesday 4 March (EST); day 8 is Wednesday 11 March, by then EDT.
  auto request = call_at("2026-03-05T12:00:00-05:00", {"America/New_York"});
  request.history.push_back(past_call("2026-03-04T10:00:00-05:00", ContactResult::right_party));
  EXPECT_EQ(iso(regulation_f().evaluate(request, request.at).next_allowed_at),
            "2026-03-11T04:00:00Z");
}

}  // namespace
}  // namespace duecall::compliance
