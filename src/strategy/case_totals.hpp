// CaseTotals are the figures that choose a case's segment and anchor its ladder, computed
// from the case's open claims. The choices, documented in docs/strategy.md:
//   - balance: the sum of the open claims' balances (all claims must share one currency);
//   - days past due: of the oldest open claim (earliest due date), counted on the intake
//     day in the debtor's time zone, so that the figure, and with it the segment, does not
//     drift as the case ages;
//   - claim type: the type most of the open claims have; a tie goes to the type that comes
//     first in the claim list (the client's own order);
//   - due date: the oldest open claim's; reminder date: the earliest reminder among the open
//     claims, taking due date + reminder_fallback_days for a claim that has none.
#pragma once

#include <string>

#include "core/civil_date.hpp"
#include "core/money.hpp"
#include "core/result.hpp"
#include "strategy/case_state.hpp"

namespace duecall::strategy {

struct CaseTotals {
  Money balance;
  int days_past_due = 0;
  std::string claim_type;
  CivilDate oldest_due_date;
  CivilDate reminder_date;
};

// Refuses (InvalidArgument) a case without open claims, with claims in several currencies,
// with a total that overflows, or with an unknown time zone.
Result<CaseTotals> case_totals(const CaseState& state, int reminder_fallback_days);

}  // namespace duecall::strategy
