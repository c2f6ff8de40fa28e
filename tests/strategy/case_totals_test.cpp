// Case totals: the sum, the oldest claim's days past due, the majority claim type with ties
// to the first listed, and the reminder date with its fallback.
#include "strategy/case_totals.hpp"

#include <gtest/gtest.h>

#include "strategy_test_support.hpp"

namespace duecall::strategy {
namespace {

using namespace testing;  // NOLINT: the helpers are the test's vocabulary

CaseTotals totals_of(std::vector<ClaimFacts> claims, int fallback_days = 14) {
  CaseState state = case_at("2026-03-11T09:00:00+01:00");
  state.claims = std::move(claims);
  auto totals = case_totals(state, fallback_days);
  EXPECT_TRUE(totals.ok()) << totals.error().message;
  return totals.ok() ? *totals : CaseTotals{eur(0), 0, "", day("2000-01-01"), day("2000-01-01")};
}

TEST(CaseTotals, SumsTheBalancesAndTakesTheOldestDueDate) {
  const CaseTotals totals =
      totals_of({claim(1000, "2026-03-01", "2026-03-05"), claim(250, "2026-02-01", "2026-02-20")});
  EXPECT_EQ(totals.balance, eur(1250));
  EXPECT_EQ(totals.oldest_due_date, day("2026-02-01"));
  EXPECT_EQ(totals.days_past_due, 38);
  EXPECT_EQ(totals.reminder_date, day("2026-02-20"));
}

TEST(CaseTotals, AClaimWithoutAReminderFallsBackToItsDueDatePlusTheStrategysDays) {
  EXPECT_EQ(totals_of({claim(1000, "2026-03-01")}).reminder_date, day("2026-03-15"));
  EXPECT_EQ(totals_of({claim(1000, "2026-03-01")}, 0).reminder_date, day("2026-03-01"));
}

TEST(CaseTotals, TheEarliestReminderAmongTheClaimsCounts) {
  // The fallback of the second claim (2026-02-15) is earlier than the first's reminder.
  EXPECT_EQ(totals_of({claim(1, "2026-03-01", "2026-03-05"), claim(1, "2026-02-01")}).reminder_date,
            day("2026-02-15"));
}

TEST(CaseTotals, TheMajorityClaimTypeWins) {
  EXPECT_EQ(totals_of({claim(1, "2026-03-01", {}, "lease"), claim(1, "2026-03-01", {}, "loan"),
                       claim(1, "2026-03-01", {}, "loan")})
                .claim_type,
            "loan");
}

TEST(CaseTotals, ATieBetweenClaimTypesGoesToTheFirstListed) {
  EXPECT_EQ(totals_of({claim(1, "2026-03-01", {}, "lease"), claim(1, "2026-03-01", {}, "loan")})
                .claim_type,
            "lease");
}

TEST(CaseTotals, ACaseWithoutOpenClaimsIsRefused) {
  CaseState state = case_at("2026-03-11T09:00:00+01:00");
  state.claims.clear();
  EXPECT_FALSE(case_totals(state, 14).ok());
}

TEST(CaseTotals, ATotalThatOverflowsIsRefused) {
  CaseState state = case_at("2026-03-11T09:00:00+01:00");
  state.claims = {claim(std::numeric_limits<std::int64_t>::max(), "2026-03-01"),
                  claim(1, "2026-03-01")};
  EXPECT_FALSE(case_totals(state, 14).ok());
}

}  // namespace
}  // namespace duecall::strategy
