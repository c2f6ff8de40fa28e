#include "strategy/segment_choice.hpp"

#include <algorithm>

#include "core/check.hpp"

namespace duecall::strategy {

namespace {

template <typename T>
bool within(T value, const std::optional<T>& at_least, const std::optional<T>& at_most) {
  return (!at_least || value >= *at_least) && (!at_most || value <= *at_most);
}

bool balance_matches(const BalanceRange& range, const Money& balance) {
  return range.currency == balance.currency() &&
         within<std::int64_t>(balance.minor(), range.at_least, range.at_most);
}

bool type_matches(const std::vector<std::string>& types, const std::string& type) {
  return std::find(types.begin(), types.end(), type) != types.end();
}

}  // namespace

bool criteria_match(const Criteria& criteria, const CaseTotals& totals, domain::DebtorKind debtor) {
  if (criteria.claim_types && !type_matches(*criteria.claim_types, totals.claim_type)) {
    return false;
  }
  if (criteria.balance && !balance_matches(*criteria.balance, totals.balance)) return false;
  if (criteria.days_past_due && !within(totals.days_past_due, criteria.days_past_due->at_least,
                                        criteria.days_past_due->at_most)) {
    return false;
  }
  return !criteria.debtor || *criteria.debtor == debtor;
}

Result<const Segment*> choose_segment(const CaseState& state, const Strategy& strategy) {
  if (!state.segment.empty()) {
    if (const Segment* pinned = strategy.segment_named(state.segment)) return pinned;
    return Error::not_found("strategy " + strategy.id + " v" + std::to_string(strategy.version) +
                            " has no segment '" + state.segment + "'");
  }
  const CaseTotals totals = TRY(case_totals(state, strategy.reminder_fallback_days));
  for (const Segment& segment : strategy.segments) {
    if (criteria_match(segment.when, totals, state.debtor_kind)) return &segment;
  }
  DC_VERIFY(false, "a validated strategy ends with a catch-all segment");
  return Error::internal("no segment matched");
}

}  // namespace duecall::strategy
