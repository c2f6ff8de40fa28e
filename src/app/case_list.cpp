#include "app/case_list.hpp"

#include <map>

namespace duecall::app {
namespace {

Result<CaseSummary> summary_of(StoreTransaction& transaction, const domain::Client& client,
                               const domain::Case& found) {
  auto debtor = TRY(transaction.find_debtor(found.debtor_id));
  auto claims = TRY(transaction.claims_of_case(found.id));
  Money total = Money::zero(client.currency);
  std::map<std::string, Money> open;
  for (const auto& claim : claims) {
    if (claim.status != domain::ClaimStatus::kOpen) continue;
    Money balance = claim.balance.total();
    std::string code(balance.currency().code());
    auto [at, inserted] = open.try_emplace(code, balance);
    if (!inserted) at->second = TRY(at->second.plus(balance));
    if (balance.currency() == client.currency) total = TRY(total.plus(balance));
  }
  CaseSummary summary{
      found.id, debtor ? debtor->ref : "", debtor ? debtor->name : "", found.stage, claims.size(),
      total};
  for (const auto& [code, money] : open) summary.open.push_back(money);
  if (auto due = TRY(transaction.find_due_action(found.id))) {
    summary.next_action = NextAction{due->step_name, due->channel, due->due_at};
  }
  return summary;
}

}  // namespace

Result<std::vector<CaseSummary>> list_case_summaries(Store& store, std::string_view client_code,
                                                     std::int64_t limit) {
  auto transaction = TRY(store.begin());
  auto client = TRY(transaction->find_client(client_code));
  if (!client) return Error::not_found("unknown client '" + std::string(client_code) + "'");
  std::vector<CaseSummary> summaries;
  for (const auto& found : TRY(transaction->list_cases(client->id, limit))) {
    summaries.push_back(TRY(summary_of(*transaction, *client, found)));
  }
  TRY(transaction->commit());
  return summaries;
}

Result<CaseSummaryPage> search_case_summaries(Store& store, const CaseSearch& search) {
  if (search.limit < 1 || search.limit > kMaxCasesPerPage) {
    return Error::invalid_argument("limit must be 1 to " + std::to_string(kMaxCasesPerPage) +
                                   ", not " + std::to_string(search.limit));
  }
  if (search.offset < 0) {
    return Error::invalid_argument("offset must not be negative, not " +
                                   std::to_string(search.offset));
  }
  auto transaction = TRY(store.begin());
  auto client = TRY(transaction->find_client(search.client_code));
  if (!client) return Error::not_found("unknown client '" + search.client_code + "'");
  auto page = TRY(transaction->search_cases(client->id, search.text, search.limit, search.offset));
  CaseSummaryPage summaries{.total = page.total};
  for (const auto& found : page.cases) {
    summaries.cases.push_back(TRY(summary_of(*transaction, *client, found)));
  }
  TRY(transaction->commit());
  return summaries;
}

}  // namespace duecall::app
