// Strategy lookups: steps and segments by name, and what counts as a catch-all.
#include "strategy/strategy.hpp"

#include <gtest/gtest.h>

#include "strategy_test_support.hpp"

namespace duecall::strategy {
namespace {

TEST(Strategy, FindsStepsAndSegmentsByName) {
  const Strategy strategy = testing::six_step_ladder();
  ASSERT_NE(strategy.segment_named("all"), nullptr);
  EXPECT_EQ(strategy.segment_named("none"), nullptr);
  EXPECT_EQ(strategy.segment_named("all")->step_index_of("bureau"), 4u);
  EXPECT_EQ(strategy.segment_named("all")->step_index_of("fax"), std::nullopt);
}

TEST(Strategy, AnyCriterionMakesASegmentNarrowerThanACatchAll) {
  Criteria criteria;
  EXPECT_TRUE(criteria.is_catch_all());
  criteria.days_past_due = DaysRange{};
  EXPECT_FALSE(criteria.is_catch_all());
}

}  // namespace
}  // namespace duecall::strategy
