#include "app/case_target.hpp"

namespace duecall::app {

Result<CaseTarget> resolve_case_target(StoreTransaction& transaction, const TargetRef& target) {
  auto client = TRY(transaction.find_client(target.client_code));
  if (!client) return Error::not_found("unknown client '" + target.client_code + "'");
  std::optional<domain::Claim> claim;
  std::optional<domain::Debtor> debtor;
  if (target.scope == TargetScope::kClaim) {
    claim = TRY(transaction.find_claim(client->id, target.ref));
    if (!claim) {
      return Error::not_found("client " + client->code + " has no claim '" + target.ref + "'");
    }
    debtor = TRY(transaction.find_debtor(claim->debtor_id));
  } else {
    debtor = TRY(transaction.find_debtor(client->id, target.ref));
    if (!debtor) {
      return Error::not_found("client " + client->code + " has no debtor '" + target.ref + "'");
    }
  }
  if (!debtor) return Error::data_loss("claim " + target.ref + " has no debtor");
  auto found_case = TRY(transaction.find_case_of_debtor(debtor->id));
  if (!found_case) return Error::data_loss("debtor " + debtor->ref + " has no case");
  return CaseTarget{.client = std::move(*client),
                    .debtor = std::move(*debtor),
                    .case_id = found_case->id,
                    .claim = std::move(claim)};
}

}  // namespace duecall::app
