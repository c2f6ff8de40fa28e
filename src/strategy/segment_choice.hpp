// Choosing the segment that treats a case: the first segment, in document order, whose
// criteria all match the case's totals (case_totals.hpp) and debtor type. Ranges are
// inclusive at both ends; a balance range only matches a case in its currency; claim types
// match exactly. Because every valid strategy ends with a catch-all, some segment always
// matches.
//
// Once a case is on the ladder its segment is pinned in CaseState::segment (advance does
// this), because step indexes only mean something within one segment: a payment that
// lowers the balance must not move the case onto another ladder.
#pragma once

#include "core/result.hpp"
#include "strategy/case_state.hpp"
#include "strategy/case_totals.hpp"
#include "strategy/strategy.hpp"

namespace duecall::strategy {

// Returns true iff `criteria` match a case with these totals and this debtor type.
bool criteria_match(const Criteria& criteria, const CaseTotals& totals, domain::DebtorKind debtor);

// The pinned segment when CaseState::segment is set (NotFound when the strategy has no
// segment of that name), otherwise the first matching one.
// REQUIRES: `strategy` passed validation (it ends with a catch-all).
Result<const Segment*> choose_segment(const CaseState& state, const Strategy& strategy);

}  // namespace duecall::strategy
