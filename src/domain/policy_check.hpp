// Checks an agreement's terms against the client's negotiation floors (domain::Policy):
// the minimum instalment, the number of instalments, the maximum term, the settlement
// floor and the maximum extension. Terms inside every floor may be agreed by an operator
// and become active at once; terms outside any floor wait for a supervisor's approval.
//
// Every violated floor is reported, each with a sentence an operator can read out ("
// instalment 15.00 EUR is below the client's minimum of 20.00 EUR"), so that the approval
// request says everything that is wrong at once. Pure: `today` is passed in.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/agreement.hpp"
#include "domain/policy.hpp"

namespace duecall::domain {

enum class Floor {
  instalment_below_minimum,       // a promise or instalment is below min_instalment
  more_instalments_than_allowed,  // a plan has more instalments than max_instalments
  term_longer_than_allowed,       // the last payment is beyond today + max_term_days
  settlement_below_floor,         // the lump sum is below settlement_floor_bp of the balance
  extension_longer_than_allowed,  // the new date is beyond today + max_extension_days
  interest_reduction_below_floor  // what remains owed falls below the settlement floor
};
std::string_view floor_name(Floor floor);

struct FloorViolation {
  Floor floor;
  std::string reason;
  bool operator==(const FloorViolation&) const = default;
};

// Every floor the terms break, in the order of the Floor enum; empty when inside all.
// REQUIRES: the terms came from a make_* builder and share the policy's currency.
std::vector<FloorViolation> check_against_policy(const AgreementTerms& terms, const Policy& policy,
                                                 CivilDate today);

// active when inside every floor, otherwise pending_approval.
AgreementState initial_state(const std::vector<FloorViolation>& violations);

}  // namespace duecall::domain
