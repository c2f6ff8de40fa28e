// Segment choice: the first matching segment wins; each range is inclusive at both ends,
// checked at the edge and one unit outside it; balance ranges bind one currency; claim types
// and debtor types match exactly; a pinned segment wins over the totals.
#include "strategy/segment_choice.hpp"

#include <gtest/gtest.h>

#include "strategy_test_support.hpp"

namespace duecall::strategy {
namespace {

using namespace testing;  // NOLINT: the helpers are the test's vocabulary

// Intake is 2026-03-11 local: a claim due 2026-02-09 is 30 days past due, 2026-02-08 is 31.
Strategy five_segments() {
  const std::string step =
      R"("steps": [{"name": "s", "channel": "sms", "earliest": {"from": "intake"},
                   "attempts": 1, "on_exhaustion": "return_to_client"}])";
  return parse(R"({"strategy": "t", "version": 1, "segments": [
    {"name": "leases", "when": {"claim_types": ["lease"]}, )" +
               step + R"(},
    {"name": "companies", "when": {"debtor": "company"}, )" +
               step + R"(},
    {"name": "small", "when": {"balance": {"currency": "EUR", "at_least": 1000, "at_most": 4999}}, )" +
               step + R"(},
    {"name": "early", "when": {"days_past_due": {"at_least": 0, "at_most": 30}}, )" +
               step + R"(},
    {"name": "rest", )" +
               step + "}]}");
}

CaseState a_case(std::int64_t cents, std::string_view due, std::string type = "loan") {
  CaseState state = case_at("2026-03-11T09:00:00+01:00");
  state.claims = {claim(cents, due, std::nullopt, std::move(type))};
  return state;
}

std::string chosen(const CaseState& state) {
  const Strategy strategy = five_segments();
  auto segment = choose_segment(state, strategy);
  EXPECT_TRUE(segment.ok()) << segment.error().message;
  return segment.ok() ? (*segment)->name : "";
}

TEST(SegmentChoice, TheFirstMatchingSegmentWins) {
  CaseState state = a_case(2000, "2026-03-01", "lease");
  state.debtor_kind = domain::DebtorKind::kCompany;
  EXPECT_EQ(chosen(state), "leases");
}

TEST(SegmentChoice, ClaimTypesMatchExactly) {
  EXPECT_EQ(chosen(a_case(100000, "2026-01-01", "Lease")), "rest");
  EXPECT_EQ(chosen(a_case(100000, "2026-01-01", "lease")), "leases");
}

TEST(SegmentChoice, DebtorTypeSelectsCompanies) {
  CaseState state = a_case(100000, "2026-01-01");
  EXPECT_EQ(chosen(state), "rest");
  state.debtor_kind = domain::DebtorKind::kCompany;
  EXPECT_EQ(chosen(state), "companies");
}

TEST(SegmentChoice, TheBalanceRangeIncludesBothEdges) {
  EXPECT_EQ(chosen(a_case(999, "2026-01-01")), "rest");
  EXPECT_EQ(chosen(a_case(1000, "2026-01-01")), "small");
  EXPECT_EQ(chosen(a_case(4999, "2026-01-01")), "small");
  EXPECT_EQ(chosen(a_case(5000, "2026-01-01")), "rest");
}

TEST(SegmentChoice, TheBalanceIsTheSumOfTheOpenClaims) {
  CaseState state = a_case(3000, "2026-01-01");
  state.claims.push_back(claim(1999, "2026-01-01"));
  EXPECT_EQ(chosen(state), "small");
  state.claims.push_back(claim(1, "2026-01-01"));
  EXPECT_EQ(chosen(state), "rest");
}

TEST(SegmentChoice, ABalanceRangeDoesNotMatchAnotherCurrency) {
  CaseState state = a_case(2000, "2026-01-01");
  state.claims[0].balance = Money(2000, Currency::parse("USD").value());
  EXPECT_EQ(chosen(state), "rest");
}

TEST(SegmentChoice, TheDaysPastDueRangeIncludesBothEdges) {
  EXPECT_EQ(chosen(a_case(100000, "2026-03-12")), "rest");   // -1: not yet due
  EXPECT_EQ(chosen(a_case(100000, "2026-03-11")), "early");  // 0
  EXPECT_EQ(chosen(a_case(100000, "2026-02-09")), "early");  // 30
  EXPECT_EQ(chosen(a_case(100000, "2026-02-08")), "rest");   // 31
}

TEST(SegmentChoice, DaysPastDueCountTheIntakeDayInTheDebtorsZone) {
  // 23:30Z on 10 March is already 11 March in Ljubljana, still 10 March in New York.
  CaseState state = a_case(100000, "2026-02-09");
  state.intake_at = instant("2026-03-10T23:30:00Z");
  EXPECT_EQ(chosen(state), "early");  // 30 days
  state.debtor_time_zone = "America/New_York";
  state.claims[0].due_date = day("2026-02-08");
  EXPECT_EQ(chosen(state), "early");  // also 30 days: 10 March local
}

TEST(SegmentChoice, TheOldestClaimDecidesTheDaysPastDue) {
  CaseState state = a_case(50000, "2026-03-01");
  state.claims.push_back(claim(50000, "2026-02-08"));
  EXPECT_EQ(chosen(state), "rest");
}

TEST(SegmentChoice, APinnedSegmentWinsOverTheTotals) {
  CaseState state = a_case(2000, "2026-01-01");
  state.segment = "early";
  EXPECT_EQ(chosen(state), "early");
}

TEST(SegmentChoice, ClaimsInTwoCurrenciesAreRefused) {
  CaseState state = a_case(2000, "2026-01-01");
  state.claims.push_back(claim(2000, "2026-01-01"));
  state.claims[1].balance = Money(2000, Currency::parse("USD").value());
  const Strategy strategy = five_segments();
  auto segment = choose_segment(state, strategy);
  ASSERT_FALSE(segment.ok());
  EXPECT_EQ(segment.error().message, "the case's claims are in more than one currency (EUR, USD)");
}

TEST(SegmentChoice, CriteriaWithNothingSetMatchEveryCase) {
  CaseTotals totals{eur(0), -5, "x", day("2026-01-01"), day("2026-01-01")};
  EXPECT_TRUE(criteria_match(Criteria{}, totals, domain::DebtorKind::kCompany));
}

}  // namespace
}  // namespace duecall::strategy
