// Payment allocation splits one payment over a case's open claims: claim by claim, the
// claim with the oldest due date first (ties by claim id, the order of placement), and
// within each claim bucket by bucket in the client's allocation order (Policy::
// allocation_order, by default fees, interest, principal). What no open balance takes is
// the held remainder: an overpayment is kept for a refund or a later claim, never lost.
// Guarantees: the parts and the held remainder sum exactly to the payment; no part exceeds
// the open amount of its bucket; parts are positive.
#pragma once

#include <vector>

#include "core/civil_date.hpp"
#include "core/ids.hpp"
#include "core/money.hpp"
#include "domain/claim.hpp"
#include "domain/policy.hpp"

namespace duecall::domain {

struct OpenClaim {
  ClaimId claim_id;
  CivilDate due_date;
  Balance open;  // what is still owed per bucket (placed minus earlier allocations)
};

struct AllocationPart {
  ClaimId claim_id;
  BalanceBucket bucket;
  Money amount;
  bool operator==(const AllocationPart&) const = default;
};

struct Allocation {
  std::vector<AllocationPart> parts;
  Money held;
  std::vector<ClaimId> settled_claims;  // claims whose whole open balance this payment took
};

// Refuses (InvalidArgument) a payment that is not positive, claims in another currency than
// the payment, negative open buckets, or an order that does not name each bucket once.
Result<Allocation> allocate_payment(const Money& payment, std::vector<OpenClaim> claims,
                                    const std::vector<BalanceBucket>& order);

// What is still owed per bucket: placed minus paid, never below zero, since a client may
// lower a bucket in a later claim file below what was already paid into it.
// REQUIRES: both balances in one currency.
Balance open_balance(const Balance& placed, const Balance& paid);

// The open amount of one bucket of a claim.
Money& bucket_of(Balance& balance, BalanceBucket bucket);
const Money& bucket_of(const Balance& balance, BalanceBucket bucket);

}  // namespace duecall::domain
