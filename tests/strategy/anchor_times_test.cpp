// Anchor times: date anchors are the start of the local day; days move the local wall clock
// (across DST changes); hours are elapsed time; a local time the spring change skips becomes
// the instant of the change.
#include "strategy/anchor_times.hpp"

#include <gtest/gtest.h>

#include "strategy_test_support.hpp"

namespace duecall::strategy {
namespace {

using namespace testing;  // NOLINT: the helpers are the test's vocabulary

AnchorTimes times_for(std::string_view intake, std::string_view zone = "Europe/Ljubljana") {
  CaseState state = case_at(intake);
  state.debtor_time_zone = std::string(zone);
  CaseTotals totals{eur(1), 0, "loan", day("2026-03-01"), day("2026-03-10")};
  auto times = AnchorTimes::for_case(state, totals);
  EXPECT_TRUE(times.ok());
  return *times;
}

const Instant kUnused = Instant{};

TEST(AnchorTimes, DateAnchorsAreTheStartOfTheLocalDay) {
  const AnchorTimes times = times_for("2026-03-11T09:00:00+01:00");
  EXPECT_EQ(iso(times.resolve({Anchor::reminder, 0, 0}, kUnused)), "2026-03-09T23:00:00Z");
  EXPECT_EQ(iso(times.resolve({Anchor::due_date, 1, 0}, kUnused)), "2026-03-01T23:00:00Z");
  EXPECT_EQ(iso(times.resolve({Anchor::reminder, -1, 6}, kUnused)), "2026-03-09T05:00:00Z");
}

TEST(AnchorTimes, DateAnchorsFollowTheDebtorsZone) {
  const AnchorTimes times = times_for("2026-03-11T09:00:00+01:00", "America/Sao_Paulo");
  EXPECT_EQ(iso(times.resolve({Anchor::reminder, 0, 0}, kUnused)), "2026-03-10T03:00:00Z");
}

TEST(AnchorTimes, DaysKeepTheWallClockAcrossTheSpringChange) {
  const AnchorTimes times = times_for("2026-03-28T09:00:00+01:00");
  EXPECT_EQ(iso(times.resolve({Anchor::intake, 1, 0}, kUnused)), "2026-03-29T07:00:00Z");
  EXPECT_EQ(iso(times.resolve({Anchor::intake, 0, 24}, kUnused)), "2026-03-29T08:00:00Z");
}

TEST(AnchorTimes, PreviousStepCountsFromTheStepStart) {
  const AnchorTimes times = times_for("2026-03-11T09:00:00+01:00");
  EXPECT_EQ(iso(times.resolve({Anchor::previous_step, 2, 1}, instant("2026-03-20T10:00:00Z"))),
            "2026-03-22T11:00:00Z");
}

TEST(AnchorTimes, ALocalTimeTheClocksSkipBecomesTheInstantOfTheChange) {
  // 02:30 on 29 March 2026 does not exist in Ljubljana; the clocks jump at 01:00Z.
  const AnchorTimes times = times_for("2026-03-28T02:30:00+01:00");
  EXPECT_EQ(iso(times.plus_days(instant("2026-03-28T02:30:00+01:00"), 1)), "2026-03-29T01:00:00Z");
}

TEST(AnchorTimes, AnUnknownZoneIsRefused) {
  CaseState state = case_at("2026-03-11T09:00:00+01:00");
  state.debtor_time_zone = "Mars/Olympus";
  EXPECT_FALSE(
      AnchorTimes::for_case(state, CaseTotals{eur(1), 0, "", day("2026-03-01"), day("2026-03-01")})
          .ok());
}

}  // namespace
}  // namespace duecall::strategy
