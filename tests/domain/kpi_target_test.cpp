// Goal: targets take only sensible figures, team names follow the shift-name rule, and a
// target is met exactly when the figure reaches it on average over the working days.
#include "domain/kpi_target.hpp"

#include <gtest/gtest.h>

namespace duecall::domain {
namespace {

TEST(KpiTarget, RefusesNegativeAndAbsurdFigures) {
  EXPECT_TRUE(make_kpi_target(0, 0).ok());
  EXPECT_TRUE(make_kpi_target(kMaxTargetPerDay, 3).ok());
  EXPECT_FALSE(make_kpi_target(-1, 3).ok());
  EXPECT_FALSE(make_kpi_target(40, kMaxTargetPerDay + 1).ok());
}

TEST(KpiTarget, AcceptsTeamNamesOfLowerCaseLettersDigitsDashesAndUnderscores) {
  EXPECT_TRUE(check_team_name("north-2").ok());
  EXPECT_TRUE(check_team_name("a_b").ok());
  EXPECT_FALSE(check_team_name("").ok());
  EXPECT_FALSE(check_team_name("North").ok());
  EXPECT_FALSE(check_team_name("a b").ok());
  EXPECT_FALSE(check_team_name(std::string(33, 'a')).ok());
}

TEST(KpiTarget, IsMetWhenTheTotalReachesTheTargetTimesTheWorkingDays) {
  AppliedTarget target{"team", "north", {.calls_per_day = 40, .agreements_per_day = 2}};
  auto exactly = check_against_target(3, 120, 6, target);
  EXPECT_EQ(exactly.calls_met, true);
  EXPECT_EQ(exactly.agreements_met, true);
  auto short_by_one = check_against_target(3, 119, 5, target);
  EXPECT_EQ(short_by_one.calls_met, false);
  EXPECT_EQ(short_by_one.agreements_met, false);
  EXPECT_EQ(short_by_one.calls_per_day.ratio(), "39.67");
  auto untargeted = check_against_target(3, 119, 5, std::nullopt);
  EXPECT_EQ(untargeted.calls_met, std::nullopt);
}

}  // namespace
}  // namespace duecall::domain
