#include "strategy/case_totals.hpp"

#include <algorithm>
#include <map>

#include "core/time_zone.hpp"

namespace duecall::strategy {

namespace {

// The type most claims have; a tie goes to the type listed first.
std::string majority_type(const std::vector<ClaimFacts>& claims) {
  std::map<std::string, int> counts;
  for (const ClaimFacts& claim : claims) ++counts[claim.claim_type];
  std::string best = claims.front().claim_type;
  for (const ClaimFacts& claim : claims) {
    if (counts[claim.claim_type] > counts[best]) best = claim.claim_type;
  }
  return best;
}

}  // namespace

Result<CaseTotals> case_totals(const CaseState& state, int reminder_fallback_days) {
  if (state.claims.empty()) return Error::invalid_argument("the case has no open claims");
  auto zone = TimeZone::find(state.debtor_time_zone);
  if (!zone.ok()) return Error::invalid_argument("debtor time zone: " + zone.error().message);
  const ClaimFacts& first = state.claims.front();
  CaseTotals totals{
      Money::zero(first.balance.currency()), 0, majority_type(state.claims), first.due_date,
      first.reminder_sent_on.value_or(first.due_date.plus_days(reminder_fallback_days))};
  for (const ClaimFacts& claim : state.claims) {
    if (!(claim.balance.currency() == totals.balance.currency())) {
      return Error::invalid_argument("the case's claims are in more than one currency (" +
                                     std::string(totals.balance.currency().code()) + ", " +
                                     std::string(claim.balance.currency().code()) + ")");
    }
    totals.balance = TRY(totals.balance.plus(claim.balance));
    totals.oldest_due_date = std::min(totals.oldest_due_date, claim.due_date);
    totals.reminder_date =
        std::min(totals.reminder_date,
                 claim.reminder_sent_on.value_or(claim.due_date.plus_days(reminder_fallback_days)));
  }
  totals.days_past_due = zone->local_date(state.intake_at).days_since(totals.oldest_due_date);
  return totals;
}

}  // namespace duecall::strategy
