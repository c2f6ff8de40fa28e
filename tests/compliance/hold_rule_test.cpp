// Holds: every kind refuses every channel while in force, with its own reason and source;
// a hold without an end means "never", a lifted one allows again from the lifting instant.
#include "compliance/rules/hold_rule.hpp"

#include <gtest/gtest.h>

#include "compliance_test_support.hpp"

namespace duecall::compliance {
namespace {

using testing::call_at;
using testing::instant;
using testing::iso;

TEST(HoldRule, EveryKindRefusesEveryChannelWithItsOwnReason) {
  const std::pair<HoldKind, Refusal> expected[] = {
      {HoldKind::dispute, Refusal::debt_is_disputed},
      {HoldKind::cease_contact, Refusal::debtor_asked_to_cease_contact},
      {HoldKind::deceased, Refusal::debtor_is_deceased},
      {HoldKind::insolvency, Refusal::debtor_is_insolvent},
      {HoldKind::represented_by_lawyer, Refusal::debtor_is_represented_by_lawyer},
  };
  for (auto [kind, refusal] : expected) {
    for (Channel channel : kAllChannels) {
      auto request = call_at("2026-03-11T10:00:00+01:00");
      request.channel = channel;
      request.holds.push_back({kind, instant("2026-03-01T00:00:00Z"), std::nullopt});
      auto verdict = HoldRule(kind).evaluate(request, request.at);
      ASSERT_FALSE(verdict.allowed());
      EXPECT_EQ(verdict.refusal->rule, refusal);
      EXPECT_FALSE(verdict.refusal->source.empty());
      EXPECT_FALSE(verdict.next_allowed_at.has_value()) << "a standing hold means never";
    }
  }
}

TEST(HoldRule, AHoldOfAnotherKindIsNotThisRulesBusiness) {
  auto request = call_at("2026-03-11T10:00:00+01:00");
  request.holds.push_back({HoldKind::deceased, instant("2026-03-01T00:00:00Z"), std::nullopt});
  EXPECT_TRUE(HoldRule(HoldKind::dispute).evaluate(request, request.at).allowed());
}

TEST(HoldRule, AHoldPlacedAndLiftedRefusesOnlyInBetween) {
  Hold dispute{HoldKind::dispute, instant("2026-03-02T09:00:00Z"), instant("2026-03-09T14:30:00Z")};
  HoldRule rule(HoldKind::dispute);
  auto before = call_at("2026-03-02T08:59:59Z");
  before.holds.push_back(dispute);
  EXPECT_TRUE(rule.evaluate(before, before.at).allowed());
  auto during = call_at("2026-03-02T09:00:00Z");
  during.holds.push_back(dispute);
  auto verdict = rule.evaluate(during, during.at);
  ASSERT_FALSE(verdict.allowed());
  EXPECT_EQ(iso(verdict.next_allowed_at), "2026-03-09T14:30:00Z");
  EXPECT_NE(verdict.refusal->detail.find("lifted at 2026-03-09T14:30:00Z"), std::string::npos);
  auto after = call_at("2026-03-09T14:30:00Z");
  after.holds.push_back(dispute);
  EXPECT_TRUE(rule.evaluate(after, after.at).allowed());
}

TEST(HoldRule, OverlappingHoldsOfOneKindReleaseWhenTheLastEnds) {
  auto request = call_at("2026-03-03T00:00:00Z");
  request.holds.push_back(
      {HoldKind::insolvency, instant("2026-03-01T00:00:00Z"), instant("2026-03-05T00:00:00Z")});
  request.holds.push_back(
      {HoldKind::insolvency, instant("2026-03-04T00:00:00Z"), instant("2026-03-08T00:00:00Z")});
  EXPECT_EQ(iso(HoldRule(HoldKind::insolvency).evaluate(request, request.at).next_allowed_at),
            "2026-03-08T00:00:00Z");
  request.holds.push_back({HoldKind::insolvency, instant("2026-03-07T00:00:00Z"), std::nullopt});
  EXPECT_FALSE(HoldRule(HoldKind::insolvency).evaluate(request, request.at).next_allowed_at);
}

}  // namespace
}  // namespace duecall::compliance
