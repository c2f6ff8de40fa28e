// Use cases for agreements with debtors: an operator makes one about a claim, a supervisor
// approves or rejects one that is outside the client's floors, an operator or supervisor
// cancels one, and anyone lists them.
//
// Invariants: at most one open (active or pending_approval) agreement per claim; making a
// second is kFailedPrecondition until the first is cancelled, kept or broken. Only a
// pending agreement can be approved or rejected, only an open one cancelled (otherwise
// kFailedPrecondition). Every change is appended to the case timeline in the same
// transaction as the change itself. The ladder is not touched here: the next strategy run
// reads the case's agreements and pauses or resumes it (see case_evaluation.hpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/agreement_request.hpp"
#include "app/ports.hpp"

namespace duecall::app {

struct NewAgreement {
  std::string client_code;
  std::string claim_ref;
  std::string operator_login;  // an enabled operator or supervisor
  AgreementRequest request;
};

// A decision on a stored agreement. `actor` is the deciding user's login, or the command
// line's actor when none was named; a named user must be an enabled supervisor or admin
// to approve or reject. The reason is required to reject or cancel.
struct AgreementDecision {
  AgreementId id;
  std::string actor;
  bool actor_is_user = false;
  std::string reason;
};

// An agreement as listed: the record and the codes people know it by.
struct ListedAgreement {
  AgreementRecord agreement;
  std::string client_code;
  std::string claim_ref;
};

Result<ListedAgreement> add_agreement(Store& store, const Clock& clock, const NewAgreement& input);
Result<ListedAgreement> approve_agreement(Store& store, const Clock& clock,
                                          const AgreementDecision& decision);
Result<ListedAgreement> reject_agreement(Store& store, const Clock& clock,
                                         const AgreementDecision& decision);
Result<ListedAgreement> cancel_agreement(Store& store, const Clock& clock,
                                         const AgreementDecision& decision);

// Every agreement of the client, or of one of its claims, in id order.
Result<std::vector<ListedAgreement>> list_agreements(Store& store, const std::string& client_code,
                                                     const std::optional<std::string>& claim_ref);
// Every agreement waiting for a supervisor, across clients, oldest first.
Result<std::vector<ListedAgreement>> list_pending_approvals(Store& store);

}  // namespace duecall::app
