// The do-not-call list binds the number, so calls, texts and WhatsApp to it are refused
// for good, while e-mail and letters are not affected.
#include "compliance/rules/do_not_call_rule.hpp"

#include <gtest/gtest.h>

#include "compliance_test_support.hpp"

namespace duecall::compliance {
namespace {

TEST(DoNotCallRule, RefusesEveryPhoneChannelForGood) {
  for (Channel channel : {Channel::call, Channel::sms, Channel::whatsapp}) {
    auto request = testing::call_at("2026-03-11T10:00:00+01:00");
    request.channel = channel;
    request.number_on_dnc = true;
    auto verdict = DoNotCallRule().evaluate(request, request.at);
    ASSERT_FALSE(verdict.allowed());
    EXPECT_EQ(refusal_name(verdict.refusal->rule), "number_is_on_do_not_call_list");
    EXPECT_EQ(verdict.refusal->source, DoNotCallRule::kSource);
    EXPECT_FALSE(verdict.next_allowed_at.has_value());
  }
}

TEST(DoNotCallRule, LeavesEmailLettersAndUnlistedNumbersAlone) {
  auto request = testing::call_at("2026-03-11T10:00:00+01:00");
  EXPECT_TRUE(DoNotCallRule().evaluate(request, request.at).allowed());
  request.number_on_dnc = true;
  for (Channel channel : {Channel::email, Channel::letter}) {
    request.channel = channel;
    EXPECT_TRUE(DoNotCallRule().evaluate(request, request.at).allowed());
  }
}

}  // namespace
}  // namespace duecall::compliance
