// Goal: rates print exactly, rounded half up to two decimals, and have no value when there
// is nothing to divide by. Method: fractions chosen to land on and beside the halfway point.
#include "domain/kpi_rate.hpp"

#include <gtest/gtest.h>

namespace duecall::domain {
namespace {

TEST(KpiRate, PrintsPercentRoundedHalfUp) {
  EXPECT_EQ((KpiRate{2, 3}).percent(), "66.67");
  EXPECT_EQ((KpiRate{1, 3}).percent(), "33.33");
  EXPECT_EQ((KpiRate{1, 32}).percent(), "3.13");  // 3.125
  EXPECT_EQ((KpiRate{1, 8}).percent(), "12.50");
  EXPECT_EQ((KpiRate{0, 5}).percent(), "0.00");
  EXPECT_EQ((KpiRate{5, 5}).percent(), "100.00");
  EXPECT_EQ((KpiRate{1, 1000000}).percent(), "0.00");
}

TEST(KpiRate, PrintsRatiosRoundedHalfUp) {
  EXPECT_EQ((KpiRate{59, 2}).ratio(), "29.50");
  EXPECT_EQ((KpiRate{1, 8}).ratio(), "0.13");  // 0.125
  EXPECT_EQ((KpiRate{10, 3}).ratio(), "3.33");
}

TEST(KpiRate, HasNoValueWithoutADenominator) {
  EXPECT_FALSE((KpiRate{0, 0}).defined());
  EXPECT_EQ((KpiRate{0, 0}).percent(), std::nullopt);
  EXPECT_EQ((KpiRate{0, 0}).ratio(), std::nullopt);
}

}  // namespace
}  // namespace duecall::domain
