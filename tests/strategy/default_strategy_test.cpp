// The default strategy: its document is valid, and a case that never answers walks each
// segment's ladder in the order and at the times Slovenian early-collection practice asks
// for. The walk takes every action the moment it is due.
#include "strategy/default_strategy.hpp"

#include <gtest/gtest.h>

#include "strategy/advance.hpp"
#include "strategy/strategy_json.hpp"
#include "strategy_test_support.hpp"

namespace duecall::strategy {
namespace {

using namespace testing;  // NOLINT: the helpers are the test's vocabulary

struct Taken {
  std::string step;
  std::string channel;
  std::string at;
};

// Takes every action when due until the case leaves the ladder; returns what was done.
std::vector<Taken> walk_unanswered(CaseState state, const Strategy& strategy, Standing& end) {
  std::vector<Taken> taken;
  Instant now = state.intake_at;
  for (int action_idx = 0; action_idx < 50; ++action_idx) {
    auto next = next_action(state, strategy, now);
    EXPECT_TRUE(next.ok()) << next.error().message;
    if (!next.ok() || !next->has_action()) {
      end = next.ok() ? next->standing : Standing::action_due;
      return taken;
    }
    now = std::max(now, next->action->due_at);
    taken.push_back({next->action->step_name, std::string(channel_name(next->action->channel)),
                     format_iso8601(now)});
    auto advanced = advance(state, strategy, AttemptMade{next->action->step_index, now});
    EXPECT_TRUE(advanced.ok()) << advanced.error().message;
    if (!advanced.ok()) return taken;
    state = *advanced;
  }
  ADD_FAILURE() << "the ladder did not end within 50 actions";
  return taken;
}

TEST(DefaultStrategy, TheDocumentIsValid) {
  auto parsed = strategy_from_json(kDefaultStrategyJson);
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  EXPECT_EQ(parsed->id, "si-default");
  ASSERT_EQ(parsed->segments.size(), 3u);
  EXPECT_EQ(parsed->segments[0].name, "small_balance");
  EXPECT_EQ(parsed->segments[1].name, "late_placement");
  EXPECT_EQ(parsed->segments[2].name, "standard");
  EXPECT_TRUE(parsed->segments[2].when.is_catch_all());
  EXPECT_EQ(default_strategy().segments.size(), 3u);
}

TEST(DefaultStrategy, EveryLadderStartsWithAContactWithin24HoursOfIntake) {
  for (const Segment& segment : default_strategy().segments) {
    const Step& first = segment.steps.front();
    EXPECT_TRUE(first.channel == Channel::ivr || first.channel == Channel::call) << segment.name;
    EXPECT_EQ(first.earliest, (Offset{Anchor::intake, 0, 0})) << segment.name;
    EXPECT_EQ(first.latest, (Offset{Anchor::intake, 0, 24})) << segment.name;
  }
}

TEST(DefaultStrategy, AStandardCaseWalksTheWholeLadderToJudicialHandover) {
  // Intake Wednesday 2026-03-11 09:00; reminder 2026-03-10; 500.00 EUR, 10 days past due.
  Standing end{};
  const auto taken = walk_unanswered(case_at("2026-03-11T09:00:00+01:00"), default_strategy(), end);
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"first_contact", "2026-03-11T08:00:00Z"},
      {"first_contact", "2026-03-11T12:00:00Z"},
      {"reminder_calls", "2026-03-13T23:00:00Z"},
      {"reminder_calls", "2026-03-14T23:00:00Z"},
      {"reminder_calls", "2026-03-15T23:00:00Z"},
      {"reminder_calls", "2026-03-16T23:00:00Z"},
      {"reminder_calls", "2026-03-17T23:00:00Z"},
      {"reminder_calls", "2026-03-18T23:00:00Z"},
      {"sms_reminder", "2026-03-18T23:00:00Z"},
      {"reminder_letter", "2026-03-20T23:00:00Z"},
      {"extrajudicial_notice", "2026-04-03T22:00:00Z"},
      {"bureau_registration", "2026-04-18T22:00:00Z"},
      {"judicial_handover", "2026-05-18T22:00:00Z"}};
  ASSERT_EQ(taken.size(), expected.size());
  for (std::size_t action_idx = 0; action_idx < expected.size(); ++action_idx) {
    EXPECT_EQ(taken[action_idx].step, expected[action_idx].first) << action_idx;
    EXPECT_EQ(taken[action_idx].at, expected[action_idx].second) << action_idx;
  }
  EXPECT_EQ(end, Standing::handed_over);
}

TEST(DefaultStrategy, ACaseThatMayNotBeRegisteredGoesFromNoticeToJudicial) {
  CaseState state = case_at("2026-03-11T09:00:00+01:00");
  state.bureau_registration = BureauRegistration::not_allowed;
  Standing end{};
  const auto taken = walk_unanswered(state, default_strategy(), end);
  ASSERT_GE(taken.size(), 2u);
  EXPECT_EQ(taken[taken.size() - 2].step, "extrajudicial_notice");
  EXPECT_EQ(taken.back().step, "judicial_handover");
}

TEST(DefaultStrategy, ASmallBalanceGoesBackToTheClientAfterTheNotice) {
  CaseState state = case_at("2026-03-11T09:00:00+01:00");
  state.claims[0].balance = eur(4999);
  Standing end{};
  const auto taken = walk_unanswered(state, default_strategy(), end);
  EXPECT_EQ(end, Standing::returned_to_client);
  ASSERT_FALSE(taken.empty());
  EXPECT_EQ(taken.back().step, "notice_follow_up_call");
  for (const Taken& action : taken) {
    EXPECT_NE(action.channel, "bureau");
    EXPECT_NE(action.channel, "judicial");
  }
}

TEST(DefaultStrategy, FiftyEurosIsNoLongerASmallBalance) {
  CaseState state = case_at("2026-03-11T09:00:00+01:00");
  state.claims[0].balance = eur(5000);
  EXPECT_EQ(testing::next(state, default_strategy(), "2026-03-11T08:00:00Z").segment, "standard");
}

TEST(DefaultStrategy, ALatePlacementIsCalledFromIntake) {
  CaseState state = case_at("2026-03-11T09:00:00+01:00");
  state.claims[0].due_date = day("2026-02-08");  // 31 days past due
  state.claims[0].reminder_sent_on = day("2026-02-15");
  const NextAction first = testing::next(state, default_strategy(), "2026-03-11T08:00:00Z");
  EXPECT_EQ(first.segment, "late_placement");
  EXPECT_EQ(first.action->channel, Channel::call);
  state.claims[0].due_date = day("2026-02-09");  // 30 days past due
  EXPECT_EQ(testing::next(state, default_strategy(), "2026-03-11T08:00:00Z").segment, "standard");
}

TEST(DefaultStrategy, ABrokenAgreementResumesAtTheExtrajudicialNotice) {
  const Strategy strategy = default_strategy();
  CaseState state = case_at("2026-03-11T09:00:00+01:00");
  state = *advance(state, strategy, AgreementMade{instant("2026-03-11T08:30:00Z")});
  state = *advance(state, strategy, AgreementBroken{instant("2026-04-01T08:00:00Z")});
  const NextAction next = testing::next(state, strategy, "2026-04-01T08:00:00Z");
  ASSERT_TRUE(next.has_action());
  EXPECT_EQ(next.action->step_name, "extrajudicial_notice");
  EXPECT_EQ(iso(next.action->due_at), "2026-04-15T08:00:00Z");
}

}  // namespace
}  // namespace duecall::strategy
