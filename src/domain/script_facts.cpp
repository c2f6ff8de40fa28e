#include "domain/script_facts.hpp"

#include <algorithm>

namespace duecall::domain {

std::string first_name_of(const Debtor& debtor) {
  if (debtor.kind != DebtorKind::kPerson) return "";
  const std::string& name = debtor.name;
  std::size_t start = name.find_first_not_of(' ');
  if (start == std::string::npos) return "";
  std::size_t end = name.find(' ', start);
  if (end == std::string::npos || name.find_first_not_of(' ', end) == std::string::npos) return "";
  return name.substr(start, end - start);
}

Result<ScriptFacts> case_script_facts(const Client& client, const Debtor& debtor,
                                      const std::vector<Claim>& claims, CivilDate today) {
  std::vector<const Claim*> open;
  for (const auto& claim : claims) {
    if (claim.status == ClaimStatus::kOpen) open.push_back(&claim);
  }
  std::stable_sort(open.begin(), open.end(),
                   [](const Claim* a, const Claim* b) { return a->due_date < b->due_date; });
  ScriptFacts facts{.debtor_name = debtor.name,
                    .debtor_first_name = first_name_of(debtor),
                    .debtor_ref = debtor.ref,
                    .client_name = client.name,
                    .total_due = Money::zero(client.currency),
                    .principal = Money::zero(client.currency),
                    .interest = Money::zero(client.currency),
                    .fees = Money::zero(client.currency),
                    .claim_refs = {},
                    .oldest_due_date = std::nullopt,
                    .today = today,
                    .agency_name = "",
                    .recording_retention_months = std::nullopt,
                    .operator_name = "",
                    .min_instalment = client.policy.min_instalment,
                    .max_instalments = client.policy.max_instalments,
                    .max_term_days = client.policy.max_term_days};
  for (const Claim* claim : open) {
    facts.principal = TRY(facts.principal.plus(claim->balance.principal));
    facts.interest = TRY(facts.interest.plus(claim->balance.interest));
    facts.fees = TRY(facts.fees.plus(claim->balance.fees));
    facts.claim_refs.push_back(claim->client_ref);
  }
  facts.total_due = TRY(TRY(facts.principal.plus(facts.interest)).plus(facts.fees));
  if (!open.empty()) facts.oldest_due_date = open.front()->due_date;
  return facts;
}

}  // namespace duecall::domain
