// AgreementRecord is one stored agreement about one claim of a case (see
// domain/agreement.hpp for the terms): who made it and when, its state, why it is outside
// the client's floors when it is, and the decisions taken on it since.
//
// A record is written once when made and then changes only its state and the fields that
// say who changed it: `activated_at` when it came into force (at once when inside the
// floors, on approval otherwise), `decided_*` for a supervisor's approval or rejection,
// `ended_*` when it stopped being open (rejected, cancelled, kept or broken).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/ids.hpp"
#include "core/instant.hpp"
#include "domain/agreement.hpp"
#include "domain/policy_check.hpp"

namespace duecall::app {

struct AgreementRecord {
  AgreementId id;
  CaseId case_id;
  ClaimId claim_id;
  domain::AgreementTerms terms;
  domain::AgreementState state = domain::AgreementState::kActive;
  std::vector<domain::FloorViolation> outside_floors;  // empty when inside every floor
  std::string operator_login;
  Instant created_at;
  std::optional<Instant> activated_at;
  std::string decided_by;  // empty until a supervisor decided
  std::optional<Instant> decided_at;
  std::string decision_reason;
  std::string ended_by;  // empty while open
  std::optional<Instant> ended_at;
  std::string end_reason;
};

}  // namespace duecall::app
