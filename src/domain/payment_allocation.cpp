#include "domain/payment_allocation.hpp"

#include <algorithm>

namespace duecall::domain {
namespace {

Status check_order(const std::vector<BalanceBucket>& order) {
  bool seen[3] = {false, false, false};
  for (BalanceBucket bucket : order) {
    auto index = static_cast<std::size_t>(bucket);
    if (seen[index]) return Error::invalid_argument("the allocation order names a bucket twice");
    seen[index] = true;
  }
  if (order.size() != 3)
    return Error::invalid_argument("the allocation order must name every bucket");
  return {};
}

Status check_claim(const OpenClaim& claim, Currency currency) {
  for (BalanceBucket bucket :
       {BalanceBucket::kFees, BalanceBucket::kInterest, BalanceBucket::kPrincipal}) {
    const Money& open = bucket_of(claim.open, bucket);
    if (!(open.currency() == currency)) {
      return Error::invalid_argument("claim " + std::to_string(claim.claim_id.value) +
                                     " is in another currency than the payment");
    }
    if (open.is_negative()) {
      return Error::invalid_argument("claim " + std::to_string(claim.claim_id.value) +
                                     " has a negative open " + std::string(bucket_name(bucket)));
    }
  }
  return {};
}

}  // namespace

Balance open_balance(const Balance& placed, const Balance& paid) {
  auto left = [](const Money& owed, const Money& taken) {
    return Money(std::max<std::int64_t>(0, owed.minor() - taken.minor()), owed.currency());
  };
  return {left(placed.principal, paid.principal), left(placed.interest, paid.interest),
          left(placed.fees, paid.fees)};
}

Money& bucket_of(Balance& balance, BalanceBucket bucket) {
  switch (bucket) {
    case BalanceBucket::kFees:
      return balance.fees;
    case BalanceBucket::kInterest:
      return balance.interest;
    case BalanceBucket::kPrincipal:
      return balance.principal;
  }
  return balance.principal;
}

const Money& bucket_of(const Balance& balance, BalanceBucket bucket) {
  return bucket_of(const_cast<Balance&>(balance), bucket);
}

Result<Allocation> allocate_payment(const Money& payment, std::vector<OpenClaim> claims,
                                    const std::vector<BalanceBucket>& order) {
  if (payment.minor() <= 0) return Error::invalid_argument("a payment must be positive");
  TRY(check_order(order));
  for (const OpenClaim& claim : claims) TRY(check_claim(claim, payment.currency()));
  std::stable_sort(claims.begin(), claims.end(), [](const OpenClaim& a, const OpenClaim& b) {
    if (a.due_date != b.due_date) return a.due_date < b.due_date;
    return a.claim_id.value < b.claim_id.value;
  });
  Allocation allocation{.parts = {}, .held = Money::zero(payment.currency()), .settled_claims = {}};
  std::int64_t left = payment.minor();
  for (const OpenClaim& claim : claims) {
    if (left == 0) break;
    bool had_open = false;
    bool settled = true;
    for (BalanceBucket bucket : order) {
      std::int64_t open = bucket_of(claim.open, bucket).minor();
      if (open == 0) continue;
      had_open = true;
      std::int64_t taken = std::min(open, left);
      if (taken > 0) {
        allocation.parts.push_back({claim.claim_id, bucket, Money(taken, payment.currency())});
        left -= taken;
      }
      if (taken < open) settled = false;
    }
    if (had_open && settled) allocation.settled_claims.push_back(claim.claim_id);
  }
  allocation.held = Money(left, payment.currency());
  return allocation;
}

}  // namespace duecall::domain
