// How far the payments made since an agreement was made cover its schedule: the amount paid
// fills the expected payments in due-date order, each up to its amount, so that an operator
// sees "instalment 1 covered, instalment 2 covered 12,00 of 20,00 €". Pure; the caller
// decides which payments count (the screen-pop counts what the promise monitor counts: the
// payments posted to the case since the agreement was made, app/agreement_monitor.hpp).
#pragma once

#include <vector>

#include "core/money.hpp"
#include "domain/agreement.hpp"

namespace duecall::domain {

// One entry per expected payment, in schedule order: how much of it is covered. Anything
// paid beyond the whole schedule is not shown here (it stays on the claim's balances).
// REQUIRES: `paid` is in the schedule's currency and not negative.
std::vector<Money> instalment_coverage(const std::vector<ExpectedPayment>& schedule,
                                       const Money& paid);

}  // namespace duecall::domain
