#include "app/work_queue.hpp"

#include <map>
#include <set>

#include "app/case_target.hpp"
#include "app/contact_check.hpp"
#include "app/debtor_reach.hpp"

namespace duecall::app {
namespace {

// How many of the best candidates are looked at per round; a round that finds them all
// refused now looks at the next ones.
constexpr std::size_t kCandidatesPerRound = 20;

Status check_operator(StoreTransaction& transaction, const std::string& login) {
  auto user = TRY(transaction.find_user(login));
  if (!user) return Error::not_found("no user with login " + login);
  if (user->disabled()) return Error::failed_precondition("user " + login + " is disabled");
  if (user->role != domain::Role::kOperator && user->role != domain::Role::kSupervisor) {
    return Error::failed_precondition("user " + login + " is a " +
                                      std::string(domain::role_name(user->role)) +
                                      ", not an operator or supervisor");
  }
  return Ok{};
}

Result<std::optional<ClientId>> client_filter(StoreTransaction& transaction,
                                              const std::optional<std::string>& code) {
  if (!code) return std::optional<ClientId>();
  auto client = TRY(transaction.find_client(*code));
  if (!client) return Error::not_found("no client with code " + *code);
  return std::optional<ClientId>(client->id);
}

}  // namespace

Result<std::optional<WorkItem>> next_work_item(Store& store, const Clock& clock,
                                               const WorkRequest& request) {
  const Instant now = clock.now();
  auto transaction = TRY(store.begin());
  TRY(check_operator(*transaction, request.operator_login));
  const std::optional<ClientId> only = TRY(client_filter(*transaction, request.client_code));
  std::map<std::int64_t, domain::Client> clients;
  GateCache gates;
  std::set<std::int64_t> refused_now;
  while (true) {
    auto candidates = TRY(transaction->queue_candidates(only, now, kCandidatesPerRound));
    std::size_t looked_at = 0;
    for (DueAction& candidate : candidates) {
      if (refused_now.contains(candidate.case_id.value)) continue;
      ++looked_at;
      auto batch = TRY(transaction->open_cases_for_run(
          candidate.client_id, CaseId(candidate.case_id.value - 1), 1,
          now - kContactHistoryLookback));
      if (batch.empty() || batch.front().case_record.id != candidate.case_id) continue;
      const CaseForRun& facts = batch.front();
      auto known = clients.find(candidate.client_id.value);
      if (known == clients.end()) {
        auto found = TRY(transaction->find_client(candidate.client_id));
        if (!found) return Error::data_loss("a due action's client is missing");
        known = clients.emplace(candidate.client_id.value, std::move(*found)).first;
      }
      const domain::Client& client = known->second;
      std::set<std::string> on_do_not_call;
      if (auto phone = contact_address(facts.debtor, compliance::Channel::call); phone.ok()) {
        for (auto& number : TRY(transaction->numbers_on_do_not_call({*phone}))) {
          on_do_not_call.insert(std::move(number));
        }
      }
      RunContext context{.client = &client,
                         .gates = &gates,
                         .numbers_on_do_not_call = &on_do_not_call,
                         .now = now};
      GateAnswer gate = TRY(ask_gate(facts, context, candidate, strategy::Channel::call));
      if (!gate.allowed) {
        // Record the new answer so that no one is offered the call before it opens.
        refused_now.insert(candidate.case_id.value);
        record_gate_answer(candidate, gate);
        candidate.evaluated_at = now;
        TRY(transaction->save_due_actions({candidate}));
        continue;
      }
      const Instant until = now + request.lease;
      if (!TRY(transaction->lease_due_action(candidate.case_id, request.operator_login, until,
                                             now))) {
        continue;
      }
      candidate.lease_owner = request.operator_login;
      candidate.lease_until = until;
      WorkItem item{.action = std::move(candidate),
                    .client = client,
                    .debtor = facts.debtor,
                    .total_due = Money(0, client.currency),
                    .gate = std::move(gate)};
      for (const domain::Claim& claim : facts.claims) {
        if (claim.status != domain::ClaimStatus::kOpen) continue;
        item.open_claims.push_back(claim);
        if (auto sum = item.total_due.plus(claim.balance.total()); sum.ok()) item.total_due = *sum;
      }
      TRY(transaction->commit());
      return std::optional<WorkItem>(std::move(item));
    }
    if (looked_at == 0) break;
  }
  TRY(transaction->commit());
  return std::optional<WorkItem>();
}

Result<bool> release_work_item(Store& store, const std::string& operator_login,
                               const std::string& client_code, const std::string& claim_ref) {
  auto transaction = TRY(store.begin());
  CaseTarget target = TRY(resolve_case_target(
      *transaction,
      {.client_code = client_code, .scope = TargetScope::kClaim, .ref = claim_ref}));
  bool released = TRY(transaction->release_due_action(target.case_id, operator_login));
  TRY(transaction->commit());
  return released;
}

Result<QueueCounts> queue_stats(Store& store, const Clock& clock,
                                const std::optional<std::string>& client_code) {
  auto transaction = TRY(store.begin());
  const std::optional<ClientId> only = TRY(client_filter(*transaction, client_code));
  auto counts = TRY(transaction->queue_counts(only, clock.now()));
  TRY(transaction->commit());
  return counts;
}

}  // namespace duecall::app
