// The campaign state machine and the abandonment cap's notation, as pure functions: every
// (state, action) pair against the allowed table, and caps typed as percentages and
// fractions, valid and not.
#include <gtest/gtest.h>

#include "domain/campaign.hpp"

namespace duecall::domain {
namespace {

TEST(CampaignTransition, AllowsExactlyTheTableOfChanges) {
  using S = CampaignState;
  using A = CampaignAction;
  struct Row {
    S from;
    A action;
    std::optional<S> to;
  };
  const Row rows[] = {
      {S::kCreated, A::kStart, S::kRunning}, {S::kCreated, A::kPause, std::nullopt},
      {S::kCreated, A::kStop, S::kStopped},  {S::kRunning, A::kStart, std::nullopt},
      {S::kRunning, A::kPause, S::kPaused},  {S::kRunning, A::kStop, S::kStopped},
      {S::kPaused, A::kStart, S::kRunning},  {S::kPaused, A::kPause, std::nullopt},
      {S::kPaused, A::kStop, S::kStopped},   {S::kStopped, A::kStart, std::nullopt},
      {S::kStopped, A::kPause, std::nullopt}, {S::kStopped, A::kStop, std::nullopt},
  };
  for (const Row& row : rows) {
    auto next = campaign_transition(row.from, row.action);
    std::string label = std::string(campaign_state_name(row.from)) + " " +
                        std::string(campaign_action_name(row.action));
    if (row.to) {
      ASSERT_TRUE(next.ok()) << label;
      EXPECT_EQ(*next, *row.to) << label;
    } else {
      ASSERT_FALSE(next.ok()) << label;
      EXPECT_EQ(next.error().code, ErrorCode::kFailedPrecondition) << label;
    }
  }
}

TEST(AbandonCap, ReadsPercentagesAndFractionsToBasisPoints) {
  EXPECT_EQ(*parse_abandon_cap("3%"), 300);
  EXPECT_EQ(*parse_abandon_cap("2.5 %"), 250);
  EXPECT_EQ(*parse_abandon_cap("0.03"), 300);
  EXPECT_EQ(*parse_abandon_cap("0.0125"), 125);
  EXPECT_EQ(*parse_abandon_cap("0%"), 0);
  EXPECT_EQ(*parse_abandon_cap("100%"), 10000);
  EXPECT_EQ(*parse_abandon_cap("1"), 10000);
  for (const char* bad : {"", "%", "abc", "-1%", "100.01%", "1.5", "0.00001", "3.333%", "3,5%"}) {
    EXPECT_FALSE(parse_abandon_cap(bad).ok()) << bad;
  }
}

TEST(AbandonCap, PrintsBasisPointsAsAPercentage) {
  EXPECT_EQ(format_basis_points(300), "3%");
  EXPECT_EQ(format_basis_points(250), "2.5%");
  EXPECT_EQ(format_basis_points(3333), "33.33%");
  EXPECT_EQ(format_basis_points(5), "0.05%");
}

TEST(CampaignNames, AreNeitherEmptyNorAllDigits) {
  EXPECT_TRUE(check_campaign_name("spring 2026").ok());
  EXPECT_FALSE(check_campaign_name("").ok());
  EXPECT_FALSE(check_campaign_name("2026").ok());
  EXPECT_FALSE(check_campaign_name(std::string(101, 'a')).ok());
}

TEST(CampaignModes, RoundTripThroughTheirNames) {
  for (auto mode : {CampaignMode::kPreview, CampaignMode::kProgressive, CampaignMode::kPredictive}) {
    EXPECT_EQ(*parse_campaign_mode(campaign_mode_name(mode)), mode);
  }
  EXPECT_FALSE(parse_campaign_mode("Predictive").ok());
}

}  // namespace
}  // namespace duecall::domain
