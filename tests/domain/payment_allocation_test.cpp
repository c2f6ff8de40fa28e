// Allocation of one payment over a case's open claims: bucket order, oldest claim first,
// exact amounts down to one minor unit, and the held remainder of an overpayment.
#include "domain/payment_allocation.hpp"

#include <gtest/gtest.h>

namespace duecall::domain {
namespace {

const Currency kEur = *Currency::parse("EUR");
const std::vector<BalanceBucket> kDefaultOrder = {BalanceBucket::kFees, BalanceBucket::kInterest,
                                                  BalanceBucket::kPrincipal};

Money eur(std::int64_t minor) {
  return Money(minor, kEur);
}

OpenClaim claim(std::int64_t id, CivilDate due, std::int64_t principal, std::int64_t interest,
                std::int64_t fees) {
  return {ClaimId(id), due, Balance{eur(principal), eur(interest), eur(fees)}};
}

TEST(PaymentAllocation, PaysFeesThenInterestThenPrincipalByDefault) {
  auto allocation = allocate_payment(
      eur(1500), {claim(1, CivilDate::from_ymd(2025, 1, 1), 10000, 1000, 300)}, kDefaultOrder);
  ASSERT_TRUE(allocation.ok());
  std::vector<AllocationPart> expected = {{ClaimId(1), BalanceBucket::kFees, eur(300)},
                                          {ClaimId(1), BalanceBucket::kInterest, eur(1000)},
                                          {ClaimId(1), BalanceBucket::kPrincipal, eur(200)}};
  EXPECT_EQ(allocation->parts, expected);
  EXPECT_EQ(allocation->held, eur(0));
  EXPECT_TRUE(allocation->settled_claims.empty());
}

TEST(PaymentAllocation, FollowsTheClientsOrder) {
  auto allocation =
      allocate_payment(eur(500), {claim(1, CivilDate::from_ymd(2025, 1, 1), 10000, 1000, 300)},
                       {BalanceBucket::kPrincipal, BalanceBucket::kInterest, BalanceBucket::kFees});
  ASSERT_TRUE(allocation.ok());
  ASSERT_EQ(allocation->parts.size(), 1u);
  EXPECT_EQ(allocation->parts[0].bucket, BalanceBucket::kPrincipal);
}

TEST(PaymentAllocation, PaysTheOldestClaimFirst) {
  auto allocation = allocate_payment(eur(1000),
                                     {claim(1, CivilDate::from_ymd(2025, 3, 1), 800, 0, 0),
                                      claim(2, CivilDate::from_ymd(2025, 1, 1), 700, 0, 0)},
                                     kDefaultOrder);
  ASSERT_TRUE(allocation.ok());
  std::vector<AllocationPart> expected = {{ClaimId(2), BalanceBucket::kPrincipal, eur(700)},
                                          {ClaimId(1), BalanceBucket::kPrincipal, eur(300)}};
  EXPECT_EQ(allocation->parts, expected);
  EXPECT_EQ(allocation->settled_claims, std::vector<ClaimId>{ClaimId(2)});
}

TEST(PaymentAllocation, APaymentOneMinorUnitShortLeavesTheClaimOpen) {
  auto allocation = allocate_payment(
      eur(1299), {claim(1, CivilDate::from_ymd(2025, 1, 1), 1000, 200, 100)}, kDefaultOrder);
  ASSERT_TRUE(allocation.ok());
  EXPECT_TRUE(allocation->settled_claims.empty());
  EXPECT_EQ(allocation->parts.back(),
            (AllocationPart{ClaimId(1), BalanceBucket::kPrincipal, eur(999)}));
  EXPECT_EQ(allocation->held, eur(0));
}

TEST(PaymentAllocation, HoldsAnOverpayment) {
  auto allocation = allocate_payment(
      eur(1301), {claim(1, CivilDate::from_ymd(2025, 1, 1), 1000, 200, 100)}, kDefaultOrder);
  ASSERT_TRUE(allocation.ok());
  EXPECT_EQ(allocation->settled_claims, std::vector<ClaimId>{ClaimId(1)});
  EXPECT_EQ(allocation->held, eur(1));
  std::int64_t sum = allocation->held.minor();
  for (const auto& part : allocation->parts) sum += part.amount.minor();
  EXPECT_EQ(sum, 1301);
}

TEST(PaymentAllocation, HoldsEverythingWhenNothingIsOpen) {
  auto allocation = allocate_payment(eur(500), {}, kDefaultOrder);
  ASSERT_TRUE(allocation.ok());
  EXPECT_TRUE(allocation->parts.empty());
  EXPECT_EQ(allocation->held, eur(500));
}

TEST(PaymentAllocation, RefusesAnotherCurrencyAndNonPositivePayments) {
  auto usd = *Currency::parse("USD");
  OpenClaim in_usd{ClaimId(1), CivilDate::from_ymd(2025, 1, 1),
                   Balance{Money(1, usd), Money(0, usd), Money(0, usd)}};
  EXPECT_FALSE(allocate_payment(eur(100), {in_usd}, kDefaultOrder).ok());
  EXPECT_FALSE(allocate_payment(eur(0), {}, kDefaultOrder).ok());
  EXPECT_FALSE(
      allocate_payment(eur(1), {},
                       {BalanceBucket::kFees, BalanceBucket::kFees, BalanceBucket::kPrincipal})
          .ok());
}

TEST(PaymentAllocation, TheOpenBalanceIsPlacedLessPaidAndNeverBelowZero) {
  // The client lowered the fees to 2.00 after 5.00 had been paid into them.
  Balance placed{eur(10000), eur(1000), eur(200)};
  Balance paid{eur(2500), eur(0), eur(500)};
  EXPECT_EQ(open_balance(placed, paid), (Balance{eur(7500), eur(1000), eur(0)}));
}

}  // namespace
}  // namespace duecall::domain
