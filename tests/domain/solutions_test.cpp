// The solutions a policy allows for an open balance, at the edges where the arithmetic
// turns: a balance below one minimum instalment, an exact multiple of it, the settlement
// amount rounded up in minor units, a policy without plans or discounts, a zero-decimal
// currency. The last test checks every option against policy_check: an offer read off the
// list must be inside every floor.
#include "domain/solutions.hpp"

#include <gtest/gtest.h>

#include "domain/agreement.hpp"
#include "domain/policy_check.hpp"

namespace duecall::domain {
namespace {

const CivilDate kToday = CivilDate::from_ymd(2026, 11, 23);

Currency eur() {
  return Currency::parse("EUR").value();
}
Money euros(std::int64_t cents) {
  return Money(cents, eur());
}

// Up to 6 instalments of at least 20.00 within 180 days, settlement down to 85 %, 14 days
// of extension.
Policy generous() {
  Policy policy = Policy::defaults(eur(), "sl");
  policy.min_instalment = euros(2000);
  policy.max_instalments = 6;
  policy.max_term_days = 180;
  policy.settlement_floor_bp = 8500;
  policy.max_extension_days = 14;
  return policy;
}

Solutions solve(const Policy& policy, Money balance, Money interest) {
  auto solutions = solutions_for(policy, balance, interest, kToday);
  EXPECT_TRUE(solutions.ok()) << solutions.error().message;
  return *solutions;
}

TEST(Solutions, AGenerousPolicyOffersEveryKindOfArrangement) {
  Solutions solutions = solve(generous(), euros(123456), euros(10000));
  ASSERT_TRUE(solutions.promise);
  EXPECT_EQ(solutions.promise->min_amount, euros(2000));
  EXPECT_EQ(solutions.promise->latest_date, CivilDate::from_ymd(2027, 5, 22));
  ASSERT_TRUE(solutions.plan);
  EXPECT_EQ(solutions.plan->max_instalments, 6);
  EXPECT_EQ(solutions.plan->min_instalment, euros(2000));
  ASSERT_TRUE(solutions.settlement);
  // 85 % of 1234.56 is 1049.376, rounded up to 1049.38.
  EXPECT_EQ(solutions.settlement->min_amount, euros(104938));
  EXPECT_EQ(solutions.settlement->max_discount, euros(18518));
  ASSERT_TRUE(solutions.extension);
  EXPECT_EQ(solutions.extension->latest_date, CivilDate::from_ymd(2026, 12, 7));
  ASSERT_TRUE(solutions.reduced_interest);
  // The waiver the floor allows (185.18) is more than the interest: all of it may go.
  EXPECT_EQ(solutions.reduced_interest->min_interest, euros(0));
  EXPECT_EQ(solutions.reduced_interest->max_waiver, euros(10000));
  EXPECT_FALSE(solutions.only_full_payment());
}

TEST(Solutions, ABalanceBelowOneMinimumInstalmentAllowsNeitherPromiseNorPlan) {
  Solutions solutions = solve(generous(), euros(1999), euros(0));
  EXPECT_FALSE(solutions.promise);
  EXPECT_FALSE(solutions.plan);
  ASSERT_TRUE(solutions.settlement);
  EXPECT_EQ(solutions.settlement->min_amount, euros(1700));  // 16.9915 rounded up
  EXPECT_FALSE(solutions.reduced_interest) << "no interest to reduce";
}

TEST(Solutions, ABalanceOfExactlyOneMinimumInstalmentAllowsAPromiseButNoPlan) {
  Solutions solutions = solve(generous(), euros(2000), euros(0));
  ASSERT_TRUE(solutions.promise);
  EXPECT_FALSE(solutions.plan) << "a plan needs two instalments";
}

TEST(Solutions, AnExactMultipleOfTheMinimumInstalmentCountsEveryInstalment) {
  Solutions solutions = solve(generous(), euros(8000), euros(0));
  ASSERT_TRUE(solutions.plan);
  EXPECT_EQ(solutions.plan->max_instalments, 4);  // 80.00 / 20.00
  Solutions one_cent_less = solve(generous(), euros(7999), euros(0));
  ASSERT_TRUE(one_cent_less.plan);
  EXPECT_EQ(one_cent_less.plan->max_instalments, 3);
}

TEST(Solutions, ThePolicysMaximumCapsTheInstalmentsOfALargeBalance) {
  Solutions solutions = solve(generous(), euros(100000000), euros(0));
  ASSERT_TRUE(solutions.plan);
  EXPECT_EQ(solutions.plan->max_instalments, 6);
}

TEST(Solutions, TheDefaultPolicyAllowsOnlyAPromise) {
  Solutions solutions = solve(Policy::defaults(eur(), "sl"), euros(10500), euros(500));
  ASSERT_TRUE(solutions.promise);
  EXPECT_EQ(solutions.promise->min_amount, euros(0));
  EXPECT_EQ(solutions.promise->latest_date, kToday.plus_days(30));
  EXPECT_FALSE(solutions.plan) << "max_instalments 1: no plans";
  EXPECT_FALSE(solutions.settlement) << "a 100 % floor allows no discount";
  EXPECT_FALSE(solutions.extension);
  EXPECT_FALSE(solutions.reduced_interest);
}

TEST(Solutions, AZeroMinimumStillNeedsOneMinorUnitPerInstalment) {
  Policy policy = Policy::defaults(eur(), "en");
  policy.max_instalments = 12;
  Solutions solutions = solve(policy, euros(3), euros(0));
  ASSERT_TRUE(solutions.plan);
  EXPECT_EQ(solutions.plan->max_instalments, 3);
}

TEST(Solutions, TheSettlementIsRoundedUpSoThatItIsNeverBelowTheFloor) {
  Policy policy = generous();
  policy.settlement_floor_bp = 8550;  // 85.5 %
  // 85.5 % of 0.99 is 0.84645: 0.84 would be below the floor, so 0.85.
  Solutions solutions = solve(policy, euros(99), euros(0));
  ASSERT_TRUE(solutions.settlement);
  EXPECT_EQ(solutions.settlement->min_amount, euros(85));
  // An exact share is not rounded: 85.5 % of 100.00 is 85.50.
  EXPECT_EQ(solve(policy, euros(10000), euros(0)).settlement->min_amount, euros(8550));
}

TEST(Solutions, ASettlementThatRoundsBackToTheWholeBalanceIsNoDiscount) {
  Policy policy = generous();
  policy.settlement_floor_bp = 9999;
  EXPECT_FALSE(solve(policy, euros(1), euros(0)).settlement);
  EXPECT_FALSE(solve(policy, euros(100), euros(0)).settlement);  // 99.99 % of 1.00 -> 1.00
}

TEST(Solutions, AZeroFloorStillAsksForOneMinorUnit) {
  Policy policy = generous();
  policy.settlement_floor_bp = 0;
  Solutions solutions = solve(policy, euros(5000), euros(1000));
  ASSERT_TRUE(solutions.settlement);
  EXPECT_EQ(solutions.settlement->min_amount, euros(1));
  ASSERT_TRUE(solutions.reduced_interest);
  EXPECT_EQ(solutions.reduced_interest->min_interest, euros(0));
}

TEST(Solutions, TheInterestWaiverIsLimitedByTheSettlementFloor) {
  // Balance 100.00 with 40.00 interest; a 85 % floor allows waiving 15.00 of it.
  Solutions solutions = solve(generous(), euros(10000), euros(4000));
  ASSERT_TRUE(solutions.reduced_interest);
  EXPECT_EQ(solutions.reduced_interest->max_waiver, euros(1500));
  EXPECT_EQ(solutions.reduced_interest->min_interest, euros(2500));
}

TEST(Solutions, AZeroDecimalCurrencyRoundsToWholeUnits) {
  const Currency yen = Currency::parse("JPY").value();
  Policy policy = Policy::defaults(yen, "en");
  policy.min_instalment = Money(1000, yen);
  policy.max_instalments = 10;
  policy.settlement_floor_bp = 8500;
  Solutions solutions = solve(policy, Money(5001, yen), Money(0, yen));
  ASSERT_TRUE(solutions.plan);
  EXPECT_EQ(solutions.plan->max_instalments, 5);
  ASSERT_TRUE(solutions.settlement);
  EXPECT_EQ(solutions.settlement->min_amount, Money(4251, yen));  // 4250.85 rounded up
}

TEST(Solutions, AZeroBalanceAllowsNothing) {
  Solutions solutions = solve(generous(), euros(0), euros(0));
  EXPECT_TRUE(solutions.only_full_payment());
}

TEST(Solutions, RefusesAnotherCurrencyAndImpossibleAmounts) {
  const Currency usd = Currency::parse("USD").value();
  EXPECT_FALSE(solutions_for(generous(), Money(100, usd), Money(0, usd), kToday).ok());
  EXPECT_FALSE(solutions_for(generous(), euros(-1), euros(0), kToday).ok());
  EXPECT_FALSE(solutions_for(generous(), euros(100), euros(101), kToday).ok());
}

TEST(Solutions, EveryOfferedLimitIsInsideThePolicysFloors) {
  const Policy policy = generous();
  for (std::int64_t cents : {4000, 4001, 9999, 123456, 777777}) {
    const Money balance = euros(cents);
    Solutions solutions = solve(policy, balance, euros(cents / 10));
    ASSERT_TRUE(solutions.promise && solutions.plan && solutions.settlement);
    auto promise =
        make_promise(solutions.promise->min_amount, solutions.promise->latest_date, kToday);
    EXPECT_TRUE(check_against_policy(*promise, policy, kToday).empty()) << cents;
    std::vector<Money> instalments(solutions.plan->max_instalments, policy.min_instalment);
    auto plan = make_plan_of_amounts(instalments, kToday, Frequency::kWeek, kToday);
    ASSERT_TRUE(plan.ok()) << plan.error().message;
    EXPECT_TRUE(check_against_policy(*plan, policy, kToday).empty()) << cents;
    auto settlement = make_settlement(solutions.settlement->min_amount, kToday, balance, kToday);
    EXPECT_TRUE(check_against_policy(*settlement, policy, kToday).empty()) << cents;
    // One minor unit less is outside the floor: the rounding went the right way.
    auto below = make_settlement(euros(solutions.settlement->min_amount.minor() - 1), kToday,
                                 balance, kToday);
    EXPECT_FALSE(check_against_policy(*below, policy, kToday).empty()) << cents;
  }
}

}  // namespace
}  // namespace duecall::domain
