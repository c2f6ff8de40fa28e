// The ladder walk: how it reads a stored position, and the difference between committing
// only past moves (catch_up) and predicting future ones (next_action).
#include "strategy/ladder_walk.hpp"

#include <gtest/gtest.h>

#include "strategy_test_support.hpp"

namespace duecall::strategy {
namespace {

using namespace testing;  // NOLINT: the helpers are the test's vocabulary

struct Fixture {
  Strategy strategy = six_step_ladder();
  CaseState state = case_at("2026-03-11T09:00:00+01:00");
  const Segment& segment() const { return strategy.segments[0]; }
  AnchorTimes times() const {
    return *AnchorTimes::for_case(state, *case_totals(state, strategy.reminder_fallback_days));
  }
};

TEST(LadderWalk, APositionStartsAtIntakeWhenTheStepStartIsUnset) {
  Fixture fixture;
  auto position = position_of(fixture.state, fixture.segment());
  ASSERT_TRUE(position.ok());
  EXPECT_EQ(position->started_at, fixture.state.intake_at);
}

TEST(LadderWalk, AnAttemptBeforeTheStepStartIsRefused) {
  Fixture fixture;
  fixture.state.attempts.push_back(instant("2026-03-11T07:00:00Z"));
  EXPECT_FALSE(position_of(fixture.state, fixture.segment()).ok());
}

TEST(LadderWalk, CommittingStopsBeforeAFutureMoveWhilePredictingFollowsIt) {
  Fixture fixture;
  const Position start = *position_of(fixture.state, fixture.segment());
  const Instant now = instant("2026-03-11T12:00:00Z");
  const Walk committed = walk_ladder(fixture.state, fixture.segment(), fixture.times(), start, now,
                                     Lookahead::commit_past_moves);
  EXPECT_EQ(committed.end, Walk::End::step_due);
  EXPECT_EQ(committed.position.step_index, 0u);
  fixture.state.attempts.push_back(instant("2026-03-11T08:00:00Z"));
  const Position attempted = *position_of(fixture.state, fixture.segment());
  const Walk predicted = walk_ladder(fixture.state, fixture.segment(), fixture.times(), attempted,
                                     now, Lookahead::predict);
  EXPECT_EQ(predicted.position.step_index, 1u);
  EXPECT_EQ(predicted.moves.size(), 1u);
}

TEST(LadderWalk, SkipsSeveralStepsInOneWalk) {
  // Entered the calls step long after everything closed: calls close at once, the SMS is
  // due at once.
  Fixture fixture;
  fixture.state.step_index = 1;
  fixture.state.step_started_at = instant("2026-06-01T08:00:00Z");
  const Walk walk = walk_ladder(fixture.state, fixture.segment(), fixture.times(),
                                *position_of(fixture.state, fixture.segment()),
                                instant("2026-06-01T08:00:00Z"), Lookahead::predict);
  EXPECT_EQ(walk.position.step_index, 2u);
  EXPECT_EQ(iso(walk.due_at), "2026-06-01T08:00:00Z");
}

}  // namespace
}  // namespace duecall::strategy
