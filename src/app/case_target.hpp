// A CaseTarget is what an operator names when acting on a case from the outside: a client
// and either one of its claims (by the client's reference) or a debtor (by the debtor
// reference), which stands for the debtor's whole case. Resolving it finds the client, the
// debtor, the case and, for a claim, the claim.
//
// Unknown clients, claims and debtors are kNotFound, so the command line can exit 2.
#pragma once

#include <optional>
#include <string>

#include "app/ports.hpp"

namespace duecall::app {

enum class TargetScope { kClaim, kDebtor };

struct TargetRef {
  std::string client_code;
  TargetScope scope = TargetScope::kClaim;
  std::string ref;  // a claim's client_ref or a debtor_ref, as `scope` says
};

struct CaseTarget {
  domain::Client client;
  domain::Debtor debtor;
  CaseId case_id;
  std::optional<domain::Claim> claim;  // set iff the target named a claim
};

Result<CaseTarget> resolve_case_target(StoreTransaction& transaction, const TargetRef& target);

}  // namespace duecall::app
