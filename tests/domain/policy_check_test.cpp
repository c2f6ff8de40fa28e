// Goal: an agreement is active at once exactly when it is inside every floor of the
// client's policy, and pending approval, with every broken floor explained, otherwise.
// Each floor is tested at its edge: exactly at the limit (inside) and one minor unit or one
// day beyond it (outside). The default policy allows a single promise of any amount up to
// 30 days ahead and nothing else.
//
// Method: terms from the make_* builders checked against small policies, today fixed.
#include "domain/policy_check.hpp"

#include <gtest/gtest.h>

namespace duecall::domain {
namespace {

Currency eur() {
  return Currency::parse("EUR").value();
}
Money eur_cents(std::int64_t cents) {
  return Money(cents, eur());
}
const CivilDate kToday = CivilDate::from_ymd(2026, 12, 1);

Policy generous() {
  Policy policy = Policy::defaults(eur(), "sl");
  policy.min_instalment = eur_cents(2000);
  policy.max_instalments = 6;
  policy.max_term_days = 180;
  policy.settlement_floor_bp = 8500;
  policy.max_extension_days = 14;
  return policy;
}

std::vector<Floor> floors(const std::vector<FloorViolation>& violations) {
  std::vector<Floor> out;
  for (const auto& violation : violations) out.push_back(violation.floor);
  return out;
}

std::vector<FloorViolation> check(const AgreementTerms& terms, const Policy& policy) {
  return check_against_policy(terms, policy, kToday);
}

TEST(MinimumInstalment, AcceptsExactlyTheMinimumAndRefusesOneCentLess) {
  EXPECT_TRUE(check(make_promise(eur_cents(2000), kToday, kToday).value(), generous()).empty());
  auto below = check(make_promise(eur_cents(1999), kToday, kToday).value(), generous());
  EXPECT_EQ(floors(below), std::vector{Floor::instalment_below_minimum});
}

TEST(MinimumInstalment, NamesTheInstalmentAndBothAmounts) {
  auto plan =
      make_plan_of_amounts({eur_cents(5000), eur_cents(1500)}, kToday, Frequency::kMonth, kToday)
          .value();
  auto violations = check(plan, generous());
  ASSERT_EQ(violations.size(), 1u);
  EXPECT_EQ(violations[0].reason,
            "instalment 2 15.00 EUR is below the client's minimum of 20.00 EUR");
  EXPECT_EQ(initial_state(violations), AgreementState::kPendingApproval);
}

TEST(MaximumInstalments, AcceptsTheMaximumAndRefusesOneMore) {
  auto six = make_equal_plan(eur_cents(60000), 6, kToday, Frequency::kWeek, kToday).value();
  auto seven = make_equal_plan(eur_cents(70000), 7, kToday, Frequency::kWeek, kToday).value();
  EXPECT_TRUE(check(six, generous()).empty());
  EXPECT_EQ(floors(check(seven, generous())), std::vector{Floor::more_instalments_than_allowed});
}

TEST(MaximumTerm, AcceptsALastPaymentExactlyAtTheTermAndRefusesOneDayMore) {
  Policy policy = generous();
  EXPECT_TRUE(
      check(make_promise(eur_cents(5000), kToday.plus_days(180), kToday).value(), policy).empty());
  auto late = check(make_promise(eur_cents(5000), kToday.plus_days(181), kToday).value(), policy);
  EXPECT_EQ(floors(late), std::vector{Floor::term_longer_than_allowed});
  EXPECT_NE(late[0].reason.find("181 days ahead"), std::string::npos);
}

TEST(SettlementFloor, AcceptsExactlyTheFloorAndRefusesOneCentUnder) {
  // 85% of 100.00 is 85.00.
  auto at = make_settlement(eur_cents(8500), kToday, eur_cents(10000), kToday).value();
  auto under = make_settlement(eur_cents(8499), kToday, eur_cents(10000), kToday).value();
  EXPECT_TRUE(check(at, generous()).empty());
  auto violations = check(under, generous());
  EXPECT_EQ(floors(violations), std::vector{Floor::settlement_below_floor});
  EXPECT_EQ(violations[0].reason,
            "settlement 84.99 EUR is below the client's floor of 85% of the balance 100.00 EUR");
}

TEST(SettlementFloor, HandlesFractionalPercentagesWithoutRounding) {
  Policy policy = generous();
  policy.settlement_floor_bp = 8550;  // 85.50% of 333.33 is 284.997...
  EXPECT_EQ(
      floors(check(make_settlement(eur_cents(28499), kToday, eur_cents(33333), kToday).value(),
                   policy)),
      std::vector{Floor::settlement_below_floor});
  EXPECT_TRUE(
      check(make_settlement(eur_cents(28500), kToday, eur_cents(33333), kToday).value(), policy)
          .empty());
}

TEST(MaximumExtension, AcceptsExactlyTheMaximumAndRefusesOneDayMore) {
  auto at = make_extension(kToday.plus_days(14), eur_cents(10000), kToday).value();
  auto beyond = make_extension(kToday.plus_days(15), eur_cents(10000), kToday).value();
  EXPECT_TRUE(check(at, generous()).empty());
  EXPECT_EQ(floors(check(beyond, generous())), std::vector{Floor::extension_longer_than_allowed});
}

TEST(ReducedInterest, IsHeldToTheSettlementFloor) {
  // Balance 100.00 with 20.00 interest; the floor is 85.00, so up to 15.00 may be waived.
  auto at = make_reduced_interest(eur_cents(500), eur_cents(2000), eur_cents(10000)).value();
  auto under = make_reduced_interest(eur_cents(499), eur_cents(2000), eur_cents(10000)).value();
  EXPECT_TRUE(check(at, generous()).empty());
  EXPECT_EQ(floors(check(under, generous())), std::vector{Floor::interest_reduction_below_floor});
}

TEST(Violations, AreAllReportedAtOnce) {
  auto plan = make_equal_plan(eur_cents(7000), 7, kToday, Frequency::kWeek, kToday).value();
  EXPECT_EQ(floors(check(plan, generous())),
            (std::vector{Floor::instalment_below_minimum, Floor::instalment_below_minimum,
                         Floor::instalment_below_minimum, Floor::instalment_below_minimum,
                         Floor::instalment_below_minimum, Floor::instalment_below_minimum,
                         Floor::instalment_below_minimum, Floor::more_instalments_than_allowed}));
}

TEST(DefaultPolicy, AllowsASinglePromiseOfAnyAmountUpToThirtyDaysAhead) {
  Policy policy = Policy::defaults(eur(), "sl");
  auto big = make_promise(eur_cents(999'999'99), kToday.plus_days(30), kToday).value();
  auto small = make_promise(eur_cents(1), kToday, kToday).value();
  EXPECT_EQ(initial_state(check(big, policy)), AgreementState::kActive);
  EXPECT_EQ(initial_state(check(small, policy)), AgreementState::kActive);
}

TEST(DefaultPolicy, SendsAPromiseThirtyOneDaysAheadForApproval) {
  auto late = make_promise(eur_cents(5000), kToday.plus_days(31), kToday).value();
  EXPECT_EQ(floors(check(late, Policy::defaults(eur(), "sl"))),
            std::vector{Floor::term_longer_than_allowed});
}

TEST(DefaultPolicy, SendsPlansDiscountsAndExtensionsForApproval) {
  Policy policy = Policy::defaults(eur(), "sl");
  auto plan = make_equal_plan(eur_cents(10000), 2, kToday, Frequency::kWeek, kToday).value();
  EXPECT_EQ(floors(check(plan, policy)), std::vector{Floor::more_instalments_than_allowed});
  auto settlement = make_settlement(eur_cents(9999), kToday, eur_cents(10000), kToday).value();
  EXPECT_EQ(floors(check(settlement, policy)), std::vector{Floor::settlement_below_floor});
  auto full = make_settlement(eur_cents(10000), kToday, eur_cents(10000), kToday).value();
  EXPECT_TRUE(check(full, policy).empty());
  auto extension = make_extension(kToday.plus_days(1), eur_cents(10000), kToday).value();
  EXPECT_EQ(floors(check(extension, policy)), std::vector{Floor::extension_longer_than_allowed});
}

}  // namespace
}  // namespace duecall::domain
