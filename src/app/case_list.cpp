#include "app/case_list.hpp"

namespace duecall::app {

Result<std::vector<CaseSummary>> list_case_summaries(Store& store, std::string_view client_code,
                                                     std::int64_t limit) {
  auto transaction = TRY(store.begin());
  auto client = TRY(transaction->find_client(client_code));
  if (!client) return Error::not_found("unknown client '" + std::string(client_code) + "'");
  std::vector<CaseSummary> summaries;
  for (const auto& found : TRY(transaction->list_cases(client->id, limit))) {
    auto debtor = TRY(transaction->find_debtor(found.debtor_id));
    auto claims = TRY(transaction->claims_of_case(found.id));
    Money total = Money::zero(client->currency);
    for (const auto& claim : claims) {
      if (claim.status == domain::ClaimStatus::kOpen) total = TRY(total.plus(claim.balance.total()));
    }
    summaries.push_back({found.id, debtor ? debtor->ref : "", debtor ? debtor->name : "",
                         found.stage, claims.size(), total});
  }
  TRY(transaction->commit());
  return summaries;
}

}  // namespace duecall::app
