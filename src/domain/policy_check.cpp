#include "domain/policy_check.hpp"

namespace duecall::domain {
namespace {

std::string percent_text(int basis_points) {
  std::string text = std::to_string(basis_points / 100);
  if (basis_points % 100 != 0) {
    const int hundredths = basis_points % 100;
    text += (hundredths < 10 ? ".0" : ".") + std::to_string(hundredths);
  }
  return text + "%";
}

// Returns true iff `amount` is below `floor_bp` basis points of `balance`. 128-bit
// arithmetic, because amount * 10000 can leave the int64 range for the largest balances.
bool below_share(const Money& amount, const Money& balance, int floor_bp) {
  return static_cast<__int128>(amount.minor()) * 10000 <
         static_cast<__int128>(balance.minor()) * floor_bp;
}

void check_instalments(const AgreementTerms& terms, const Policy& policy,
                       std::vector<FloorViolation>& out) {
  if (terms.kind != AgreementKind::kPromise && terms.kind != AgreementKind::kPlan) return;
  for (std::size_t index = 0; index < terms.schedule.size(); ++index) {
    const Money& amount = terms.schedule[index].amount;
    if (amount >= policy.min_instalment) continue;
    const std::string what = terms.kind == AgreementKind::kPromise
                                 ? "promise"
                                 : "instalment " + std::to_string(index + 1);
    out.push_back({Floor::instalment_below_minimum, what + " " + amount.to_string() +
                                                        " is below the client's minimum of " +
                                                        policy.min_instalment.to_string()});
  }
  const int count = static_cast<int>(terms.schedule.size());
  if (terms.kind == AgreementKind::kPlan && count > policy.max_instalments) {
    out.push_back({Floor::more_instalments_than_allowed,
                   "a plan of " + std::to_string(count) +
                       " instalments is more than the client's maximum of " +
                       std::to_string(policy.max_instalments)});
  }
}

void check_term(const AgreementTerms& terms, const Policy& policy, CivilDate today,
                std::vector<FloorViolation>& out) {
  // An extension is bounded by its own floor, which is the point of agreeing one.
  if (terms.kind == AgreementKind::kExtension) return;
  auto last = terms.last_due_date();
  if (!last) return;
  const int days = last->days_since(today);
  if (days <= policy.max_term_days) return;
  out.push_back({Floor::term_longer_than_allowed,
                 "the last payment on " + last->to_string() + " is " + std::to_string(days) +
                     " days ahead, beyond the client's maximum term of " +
                     std::to_string(policy.max_term_days) + " days"});
}

void check_discount(const AgreementTerms& terms, const Policy& policy,
                    std::vector<FloorViolation>& out) {
  if (!terms.balance) return;
  const Money& balance = *terms.balance;
  if (terms.kind == AgreementKind::kSettlement) {
    const Money& amount = terms.schedule.front().amount;
    if (!below_share(amount, balance, policy.settlement_floor_bp)) return;
    out.push_back({Floor::settlement_below_floor, "settlement " + amount.to_string() +
                                                      " is below the client's floor of " +
                                                      percent_text(policy.settlement_floor_bp) +
                                                      " of the balance " + balance.to_string()});
  }
  if (terms.kind == AgreementKind::kReducedInterest && terms.interest && terms.interest_before) {
    // The waived interest is a discount on the balance, so it is held to the settlement
    // floor. No overflow: the builder checked 0 <= new interest < interest before, and the
    // interest before is part of the balance.
    const std::int64_t waived = terms.interest_before->minor() - terms.interest->minor();
    const Money remaining(balance.minor() - waived, balance.currency());
    if (!below_share(remaining, balance, policy.settlement_floor_bp)) return;
    out.push_back({Floor::interest_reduction_below_floor,
                   "reducing interest to " + terms.interest->to_string() + " leaves " +
                       remaining.to_string() + ", below the client's floor of " +
                       percent_text(policy.settlement_floor_bp) + " of the balance " +
                       balance.to_string()});
  }
}

void check_extension(const AgreementTerms& terms, const Policy& policy, CivilDate today,
                     std::vector<FloorViolation>& out) {
  if (terms.kind != AgreementKind::kExtension) return;
  const CivilDate new_date = terms.schedule.front().due_date;
  const int days = new_date.days_since(today);
  if (days <= policy.max_extension_days) return;
  out.push_back({Floor::extension_longer_than_allowed,
                 "an extension of " + std::to_string(days) + " days to " + new_date.to_string() +
                     " is beyond the client's maximum extension of " +
                     std::to_string(policy.max_extension_days) + " days"});
}

}  // namespace

std::string_view floor_name(Floor floor) {
  switch (floor) {
    case Floor::instalment_below_minimum:
      return "instalment_below_minimum";
    case Floor::more_instalments_than_allowed:
      return "more_instalments_than_allowed";
    case Floor::term_longer_than_allowed:
      return "term_longer_than_allowed";
    case Floor::settlement_below_floor:
      return "settlement_below_floor";
    case Floor::extension_longer_than_allowed:
      return "extension_longer_than_allowed";
    case Floor::interest_reduction_below_floor:
      return "interest_reduction_below_floor";
  }
  return "instalment_below_minimum";
}

std::vector<FloorViolation> check_against_policy(const AgreementTerms& terms, const Policy& policy,
                                                 CivilDate today) {
  std::vector<FloorViolation> violations;
  check_instalments(terms, policy, violations);
  check_term(terms, policy, today, violations);
  check_discount(terms, policy, violations);
  check_extension(terms, policy, today, violations);
  return violations;
}

AgreementState initial_state(const std::vector<FloorViolation>& violations) {
  return violations.empty() ? AgreementState::kActive : AgreementState::kPendingApproval;
}

}  // namespace duecall::domain
