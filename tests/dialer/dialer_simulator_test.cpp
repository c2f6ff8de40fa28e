// The dialer simulator and the pacing it drives: after every event of seeded shifts in every
// mode, no agent holds two calls and a ready one holds none, no call is in two places, no
// number is dialled outside the shift, every answered call is either connected within the
// grace time or abandoned (never both), and the abandon ledger agrees with a recount of the
// event log. Progressive and the oracle never abandon; the same seed replays exactly. The
// ledger's windows are tested at their edges.
#include <gtest/gtest.h>

#include <chrono>
#include <map>
#include <set>

#include "dialer/abandon_ledger.hpp"
#include "dialer/dialer_simulator.hpp"

namespace duecall::dialer {
namespace {

using namespace std::chrono_literals;

SimulationConfig shift(PacingMode mode, int agents, std::uint64_t seed) {
  SimulationConfig config;
  config.mode = mode;
  config.agents = agents;
  config.hours = 1.0;
  config.answer_rate = 0.25;
  config.seed = seed;
  return config;
}

class InvariantsAfterEveryEvent : public ::testing::TestWithParam<PacingMode> {};

TEST_P(InvariantsAfterEveryEvent, HoldThroughSeededShifts) {
  for (int agents : {5, 20}) {
    for (std::uint64_t seed : {1u, 2u}) {
      const SimulationConfig config = shift(GetParam(), agents, seed);
      const Instant shift_end =
          config.shift_start + std::chrono::duration_cast<std::chrono::microseconds>(
                                   std::chrono::duration<double>(config.hours * 3600.0));
      std::map<CallId, Instant> answered_at;
      std::set<CallId> settled;  // connected or abandoned
      std::int64_t answered = 0, abandoned = 0, events = 0;
      auto observe = [&](const DialerEvent& event, const FloorState& floor,
                         const AbandonLedger& ledger) {
        ++events;
        std::set<CallId> seen;
        for (const auto& agent : floor.agents) {
          if (agent.state == AgentState::kReady) EXPECT_FALSE(agent.call.has_value());
          if (agent.call) EXPECT_TRUE(seen.insert(*agent.call).second) << "a call with two agents";
        }
        for (const auto& ringing : floor.ringing) EXPECT_TRUE(seen.insert(ringing.id).second);
        for (const auto& waiting : floor.waiting) EXPECT_TRUE(seen.insert(waiting.id).second);
        switch (event.kind) {
          case DialerEventKind::kCallPlaced:
            EXPECT_GE(event.at, config.shift_start);
            EXPECT_LT(event.at, shift_end) << "dialled after the shift";
            break;
          case DialerEventKind::kCallAnswered:
            ++answered;
            EXPECT_TRUE(answered_at.emplace(event.call, event.at).second);
            break;
          case DialerEventKind::kCallConnected:
            ASSERT_TRUE(answered_at.contains(event.call));
            EXPECT_LE(event.at - answered_at[event.call], 2s) << "connected after the grace time";
            EXPECT_TRUE(settled.insert(event.call).second) << "connected twice or after abandon";
            break;
          case DialerEventKind::kCallAbandoned:
            ++abandoned;
            ASSERT_TRUE(answered_at.contains(event.call));
            EXPECT_TRUE(settled.insert(event.call).second) << "abandoned after connecting";
            break;
          default:
            break;
        }
        const WindowCounts counts = ledger.counts(kSimulatedCampaign, event.at, LedgerWindow::kThirtyDays);
        // The ledger learns of an answered call when it is settled, connected or abandoned.
        EXPECT_EQ(counts.answered, static_cast<std::int64_t>(settled.size()));
        EXPECT_EQ(counts.abandoned, abandoned);
      };
      const SimulationResult result = simulate(config, observe);
      EXPECT_GT(events, 100);
      EXPECT_EQ(result.answered, answered);
      EXPECT_EQ(result.abandoned, abandoned);
      EXPECT_EQ(settled.size(), answered_at.size()) << "an answered call left unsettled";
      if (GetParam() == PacingMode::kProgressive || GetParam() == PacingMode::kOracle) {
        EXPECT_EQ(result.abandoned, 0) << pacing_mode_name(GetParam());
      }
    }
  }
}

INSTANTIATE_TEST_SUITE_P(EveryMode, InvariantsAfterEveryEvent, ::testing::ValuesIn(kAllPacingModes),
                         [](const auto& info) { return std::string(pacing_mode_name(info.param)); });

TEST(DialerSimulator, TheSameSeedReplaysExactlyAndAnotherDiffers) {
  const SimulationResult first = simulate(shift(PacingMode::kPredictive, 20, 3));
  const SimulationResult again = simulate(shift(PacingMode::kPredictive, 20, 3));
  const SimulationResult other = simulate(shift(PacingMode::kPredictive, 20, 4));
  EXPECT_EQ(first.dials, again.dials);
  EXPECT_EQ(first.answered, again.answered);
  EXPECT_EQ(first.abandoned, again.abandoned);
  EXPECT_EQ(first.talk_seconds, again.talk_seconds);
  EXPECT_NE(first.talk_seconds, other.talk_seconds);
}

TEST(DialerSimulator, TheOracleBoundsEveryModesOccupancy) {
  for (std::uint64_t seed : {1u, 2u}) {
    const double ceiling = simulate(shift(PacingMode::kOracle, 20, seed)).talk_occupancy();
    EXPECT_GT(ceiling, 0.8);
    for (PacingMode mode : kAllPacingModes) {
      EXPECT_LE(simulate(shift(mode, 20, seed)).talk_occupancy(), ceiling + 1e-9)
          << pacing_mode_name(mode);
    }
  }
}

TEST(AbandonLedger, CountsEachWindowFromJustAfterItsStartToNow) {
  AbandonLedger ledger;
  const Instant t0 = from_unix_micros(1'767'603'600'000'000);
  ledger.record("c", t0, AnswerOutcome::kAbandoned);
  ledger.record("c", t0 + 1h, AnswerOutcome::kConnected);
  ledger.record("other", t0 + 1h, AnswerOutcome::kAbandoned);

  WindowCounts day = ledger.counts("c", t0 + 24h - 1us, LedgerWindow::kDay);
  EXPECT_EQ(day.answered, 2);
  EXPECT_EQ(day.abandoned, 1);
  EXPECT_DOUBLE_EQ(day.rate(), 0.5);
  day = ledger.counts("c", t0 + 24h, LedgerWindow::kDay);  // t0 is no longer inside
  EXPECT_EQ(day.answered, 1);
  EXPECT_EQ(day.abandoned, 0);

  const auto thirty_days = std::chrono::hours(24 * 30);
  EXPECT_EQ(ledger.counts("c", t0 + thirty_days - 1us, LedgerWindow::kThirtyDays).abandoned, 1);
  EXPECT_EQ(ledger.counts("c", t0 + thirty_days, LedgerWindow::kThirtyDays).abandoned, 0);
  EXPECT_EQ(ledger.counts("nobody", t0, LedgerWindow::kDay).rate(), 0.0);
}

}  // namespace
}  // namespace duecall::dialer
