// Solutions are what a client's policy lets an operator offer a debtor for one open
// balance, worked out before the call so that the screen-pop can say "up to 6 instalments of
// at least 20,00 €; settlement down to 85 % = 1.049,38 €" instead of leaving the arithmetic
// to the operator. Each option is exactly the set of terms that check_against_policy
// (policy_check.hpp) accepts without a supervisor, so an offer read off this list never
// waits for approval.
//
// Rules, with the balance B, the minimum instalment M and the policy's limits:
//   - promise: an amount of at least M by today + max_term_days; none when B < M, because a
//     promise of the whole balance would then be below the minimum instalment floor.
//   - plan: at most min(max_instalments, floor(B / M)) instalments (when M is zero, every
//     instalment needs at least one minor unit: min(max_instalments, B in minor units)); none
//     when that is below 2, since a plan has at least two instalments (max_instalments = 1
//     means the client allows no plans).
//   - settlement: at least ceil(B * floor_bp / 10000) minor units, rounded UP so that the
//     amount offered is never below the floor (the same comparison policy_check makes), and
//     at least one minor unit; none when that leaves no discount.
//   - extension: up to max_extension_days from today; none when the policy allows 0 days.
//   - reduced interest: the open interest I may drop by at most min(I, B - ceil(B * floor_bp
//     / 10000)), the waiver the settlement floor allows; none without interest or discount.
// A zero balance allows nothing. Pure: `today` is passed in, in the client's time zone.
#pragma once

#include <optional>

#include "core/civil_date.hpp"
#include "core/money.hpp"
#include "core/result.hpp"
#include "domain/policy.hpp"

namespace duecall::domain {

struct PromiseOption {
  Money min_amount;  // the policy's minimum instalment; zero means any positive amount
  int max_days = 0;
  CivilDate latest_date;
};

struct PlanOption {
  int max_instalments = 0;  // >= 2
  Money min_instalment;     // zero means any positive amount
  int max_term_days = 0;    // the last instalment at most this far ahead
  CivilDate latest_date;
};

struct SettlementOption {
  int floor_bp = 10000;  // basis points of the balance
  Money min_amount;      // the smallest lump sum inside the floor, rounded up
  Money max_discount;    // balance - min_amount, > 0
};

struct ExtensionOption {
  int max_days = 0;
  CivilDate latest_date;
};

struct ReducedInterestOption {
  Money min_interest;  // the lowest the interest may go
  Money max_waiver;    // interest - min_interest, > 0
};

struct Solutions {
  Money balance;  // the open balance the options are for
  std::optional<PromiseOption> promise;
  std::optional<PlanOption> plan;
  std::optional<SettlementOption> settlement;
  std::optional<ExtensionOption> extension;
  std::optional<ReducedInterestOption> reduced_interest;

  // Returns true iff the policy allows no arrangement at all: only payment in full.
  bool only_full_payment() const {
    return !promise && !plan && !settlement && !extension && !reduced_interest;
  }
};

// `balance` is the open balance (all buckets) and `interest` its open interest, both in the
// policy's currency. kInvalidArgument when a currency differs from the policy's minimum
// instalment, or an amount is negative, or the interest exceeds the balance.
Result<Solutions> solutions_for(const Policy& policy, const Money& balance, const Money& interest,
                                CivilDate today);

// The smallest amount not below `floor_bp` basis points of `balance`: the share rounded up
// to a whole minor unit. REQUIRES: balance >= 0, 0 <= floor_bp <= 10000.
Money share_rounded_up(const Money& balance, int floor_bp);

}  // namespace duecall::domain
