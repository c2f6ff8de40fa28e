#include "app/agreements.hpp"

#include <nlohmann/json.hpp>

#include <map>

#include "app/case_target.hpp"
#include "app/timeline_append.hpp"
#include "app/user_roles.hpp"
#include "core/time_zone.hpp"
#include "domain/policy_check.hpp"

namespace duecall::app {
namespace {

using domain::AgreementState;

nlohmann::json floors_json(const std::vector<domain::FloorViolation>& violations) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& violation : violations) {
    out.push_back({{"floor", domain::floor_name(violation.floor)}, {"reason", violation.reason}});
  }
  return out;
}

// The timeline payload of a change: which agreement, about which claim, and what now.
std::string event_payload(const ListedAgreement& listed, std::string_view reason) {
  const AgreementRecord& agreement = listed.agreement;
  nlohmann::json payload = {{"agreement", agreement.id.value},
                            {"claim", listed.claim_ref},
                            {"kind", domain::agreement_kind_name(agreement.terms.kind)},
                            {"state", domain::agreement_state_name(agreement.state)},
                            {"terms", domain::terms_to_json(agreement.terms)}};
  if (!agreement.outside_floors.empty()) {
    payload["outside_floors"] = floors_json(agreement.outside_floors);
  }
  if (!reason.empty()) payload["reason"] = reason;
  return payload.dump();
}

// The client code and claim reference of a stored agreement.
Result<ListedAgreement> listed_of(StoreTransaction& transaction, AgreementRecord agreement) {
  auto found_case = TRY(transaction.find_case(agreement.case_id));
  if (!found_case) return Error::data_loss("an agreement names a case that does not exist");
  auto client = TRY(transaction.find_client(found_case->client_id));
  if (!client) return Error::data_loss("a case names a client that does not exist");
  std::string claim_ref;
  for (const auto& claim : TRY(transaction.claims_of_case(agreement.case_id))) {
    if (claim.id == agreement.claim_id) claim_ref = claim.client_ref;
  }
  return ListedAgreement{std::move(agreement), client->code, std::move(claim_ref)};
}

Result<AgreementRecord> find_in_state(StoreTransaction& transaction, AgreementId id,
                                      bool (*allowed)(AgreementState), std::string_view what) {
  auto agreement = TRY(transaction.find_agreement(id));
  if (!agreement) {
    return Error::not_found("no agreement " + std::to_string(id.value));
  }
  if (!allowed(agreement->state)) {
    return Error::failed_precondition("agreement " + std::to_string(id.value) + " is " +
                                      std::string(domain::agreement_state_name(agreement->state)) +
                                      ", so it cannot be " + std::string(what));
  }
  return std::move(*agreement);
}

bool is_pending(AgreementState state) {
  return state == AgreementState::kPendingApproval;
}

// Writes a decided agreement and its timeline event, then commits.
Result<ListedAgreement> record_change(StoreTransaction& transaction, AgreementRecord changed,
                                      AgreementState before, std::string_view event_kind,
                                      Instant now, const std::string& actor,
                                      std::string_view reason) {
  TRY(transaction.update_agreement(changed, before));
  ListedAgreement listed = TRY(listed_of(transaction, std::move(changed)));
  // The supervisors' to-do item for the approval is done once the agreement is decided.
  if (before == AgreementState::kPendingApproval) {
    TRY(transaction.close_todo_items(kTodoApproval, listed.agreement.case_id, listed.claim_ref,
                                     now, event_kind.substr(std::string_view("agreement_").size())));
  }
  TRY(append_to_timeline(transaction, listed.agreement.case_id, event_kind, now, actor,
                         event_payload(listed, reason)));
  TRY(transaction.commit());
  return listed;
}

// A supervisor's to-do item: the agreement waits for approval. The amount is what the
// debtor would pay under it, when it schedules payments.
Status add_approval_item(StoreTransaction& transaction, const ListedAgreement& listed,
                         Instant now) {
  const AgreementRecord& agreement = listed.agreement;
  std::optional<Money> amount;
  if (!agreement.terms.schedule.empty()) amount = TRY(agreement.terms.scheduled_total());
  TRY(transaction.insert_todo_item(
      {.id = {},
       .kind = kTodoApproval,
       .case_id = agreement.case_id,
       .claim_ref = listed.claim_ref,
       .amount = amount,
       .operator_login = std::nullopt,
       .due_at = std::nullopt,
       .created_at = now,
       .done_at = std::nullopt,
       .done_outcome = std::nullopt,
       .payload = nlohmann::json{{"agreement_id", agreement.id.value},
                                 {"kind", domain::agreement_kind_name(agreement.terms.kind)},
                                 {"operator", agreement.operator_login},
                                 {"outside_floors", floors_json(agreement.outside_floors)}}
                      .dump()}));
  return Ok{};
}

Status check_decider(StoreTransaction& transaction, const AgreementDecision& decision) {
  if (!decision.actor_is_user) return Ok{};
  TRY(check_user_role(transaction, decision.actor,
                      {domain::Role::kSupervisor, domain::Role::kAdmin}, "a supervisor"));
  return Ok{};
}

Status require_reason(const AgreementDecision& decision, std::string_view what) {
  if (decision.reason.empty()) {
    return Error::invalid_argument("say why with --reason to " + std::string(what));
  }
  return Ok{};
}

}  // namespace

Result<ListedAgreement> add_agreement(Store& store, const Clock& clock, const NewAgreement& input) {
  const Instant now = clock.now();
  auto transaction = TRY(store.begin());
  CaseTarget target = TRY(
      resolve_case_target(*transaction, {input.client_code, TargetScope::kClaim, input.claim_ref}));
  const domain::Claim& claim = *target.claim;
  if (claim.status != domain::ClaimStatus::kOpen) {
    return Error::failed_precondition("claim " + claim.client_ref + " is " +
                                      std::string(domain::claim_status_name(claim.status)) +
                                      ", not open");
  }
  TRY(check_user_role(*transaction, input.operator_login,
                      {domain::Role::kOperator, domain::Role::kSupervisor}, "an operator"));
  for (const auto& existing : TRY(transaction->agreements_of_cases({target.case_id}))) {
    if (existing.claim_id == claim.id && domain::agreement_is_open(existing.state)) {
      return Error::failed_precondition("claim " + claim.client_ref + " already has agreement " +
                                        std::to_string(existing.id.value) + " (" +
                                        std::string(domain::agreement_state_name(existing.state)) +
                                        "); cancel it first");
    }
  }
  // "Up to 30 days ahead" counts from the client's today, not the server's.
  const CivilDate today = TRY(TimeZone::find(target.client.time_zone)).local_date(now);
  domain::AgreementTerms terms = TRY(terms_of_request(input.request, claim, today));
  auto violations = domain::check_against_policy(terms, target.client.policy, today);
  const AgreementState state = domain::initial_state(violations);
  AgreementRecord agreement{.case_id = target.case_id,
                            .claim_id = claim.id,
                            .terms = std::move(terms),
                            .state = state,
                            .outside_floors = std::move(violations),
                            .operator_login = TRY(domain::normalize_login(input.operator_login)),
                            .created_at = now};
  if (state == AgreementState::kActive) agreement.activated_at = now;
  agreement.id = TRY(transaction->insert_agreement(agreement));
  ListedAgreement listed{std::move(agreement), target.client.code, claim.client_ref};
  if (state == AgreementState::kPendingApproval) TRY(add_approval_item(*transaction, listed, now));
  TRY(append_to_timeline(*transaction, target.case_id,
                         state == AgreementState::kActive
                             ? domain::event_kind::kAgreementMade
                             : domain::event_kind::kAgreementPendingApproval,
                         now, listed.agreement.operator_login, event_payload(listed, "")));
  TRY(transaction->commit());
  return listed;
}

Result<ListedAgreement> approve_agreement(Store& store, const Clock& clock,
                                          const AgreementDecision& decision) {
  const Instant now = clock.now();
  auto transaction = TRY(store.begin());
  TRY(check_decider(*transaction, decision));
  AgreementRecord agreement = TRY(find_in_state(*transaction, decision.id, is_pending, "approved"));
  // Four eyes: what went outside the client's floors is judged by someone else. Rejecting
  // one's own stays allowed; it only withdraws the offer.
  if (decision.actor_is_user && TRY(domain::normalize_login(decision.actor)) == agreement.operator_login) {
    return Error::failed_precondition("agreement " + std::to_string(agreement.id.value) +
                                    " was made by " + agreement.operator_login +
                                    ", who may not approve it; another supervisor must");
  }
  agreement.state = AgreementState::kActive;
  agreement.activated_at = now;
  agreement.decided_by = decision.actor;
  agreement.decided_at = now;
  agreement.decision_reason = decision.reason;
  return record_change(*transaction, std::move(agreement), AgreementState::kPendingApproval,
                       domain::event_kind::kAgreementApproved, now, decision.actor,
                       decision.reason);
}

Result<ListedAgreement> reject_agreement(Store& store, const Clock& clock,
                                         const AgreementDecision& decision) {
  TRY(require_reason(decision, "reject an agreement"));
  const Instant now = clock.now();
  auto transaction = TRY(store.begin());
  TRY(check_decider(*transaction, decision));
  AgreementRecord agreement = TRY(find_in_state(*transaction, decision.id, is_pending, "rejected"));
  agreement.state = AgreementState::kCancelled;
  agreement.decided_by = agreement.ended_by = decision.actor;
  agreement.decided_at = agreement.ended_at = now;
  agreement.decision_reason = agreement.end_reason = decision.reason;
  return record_change(*transaction, std::move(agreement), AgreementState::kPendingApproval,
                       domain::event_kind::kAgreementRejected, now, decision.actor,
                       decision.reason);
}

Result<ListedAgreement> cancel_agreement(Store& store, const Clock& clock,
                                         const AgreementDecision& decision) {
  TRY(require_reason(decision, "cancel an agreement"));
  const Instant now = clock.now();
  auto transaction = TRY(store.begin());
  if (decision.actor_is_user) {
    TRY(check_user_role(*transaction, decision.actor,
                        {domain::Role::kOperator, domain::Role::kSupervisor, domain::Role::kAdmin},
                        "an operator or supervisor"));
  }
  AgreementRecord agreement =
      TRY(find_in_state(*transaction, decision.id, domain::agreement_is_open, "cancelled"));
  const AgreementState before = agreement.state;
  agreement.state = AgreementState::kCancelled;
  agreement.ended_by = decision.actor;
  agreement.ended_at = now;
  agreement.end_reason = decision.reason;
  return record_change(*transaction, std::move(agreement), before,
                       domain::event_kind::kAgreementCancelled, now, decision.actor,
                       decision.reason);
}

Result<std::vector<ListedAgreement>> list_agreements(Store& store, const std::string& client_code,
                                                     const std::optional<std::string>& claim_ref) {
  auto transaction = TRY(store.begin());
  std::vector<AgreementRecord> agreements;
  std::string client;
  if (claim_ref) {
    CaseTarget target =
        TRY(resolve_case_target(*transaction, {client_code, TargetScope::kClaim, *claim_ref}));
    for (auto& agreement : TRY(transaction->agreements_of_cases({target.case_id}))) {
      if (agreement.claim_id == target.claim->id) agreements.push_back(std::move(agreement));
    }
    client = target.client.code;
  } else {
    auto found = TRY(transaction->find_client(client_code));
    if (!found) return Error::not_found("unknown client '" + client_code + "'");
    agreements = TRY(transaction->agreements_of_client(found->id));
    client = found->code;
  }
  // Claim references by case, read once per case rather than once per agreement.
  std::map<std::int64_t, std::map<std::int64_t, std::string>> refs;
  std::vector<ListedAgreement> listed;
  for (auto& agreement : agreements) {
    auto [of_case, fresh] = refs.try_emplace(agreement.case_id.value);
    if (fresh) {
      for (const auto& claim : TRY(transaction->claims_of_case(agreement.case_id))) {
        of_case->second[claim.id.value] = claim.client_ref;
      }
    }
    std::string ref = of_case->second[agreement.claim_id.value];
    listed.push_back({std::move(agreement), client, std::move(ref)});
  }
  TRY(transaction->commit());
  return listed;
}

Result<std::vector<ListedAgreement>> list_pending_approvals(Store& store) {
  auto transaction = TRY(store.begin());
  std::vector<ListedAgreement> listed;
  for (auto& agreement : TRY(transaction->agreements_in_state(AgreementState::kPendingApproval))) {
    listed.push_back(TRY(listed_of(*transaction, std::move(agreement))));
  }
  TRY(transaction->commit());
  return listed;
}

}  // namespace duecall::app
