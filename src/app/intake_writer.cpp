#include "app/intake_writer.hpp"

#include <nlohmann/json.hpp>

#include "core/check.hpp"
#include "core/json_text.hpp"
#include "domain/money_json.hpp"

namespace duecall::app {

using domain::Claim;
using domain::Debtor;
using nlohmann::json;

namespace {

void append_money(std::string& out, const Money& money) {
  out += "{\"currency\":\"";
  out += money.currency().code();
  out += "\",\"minor\":";
  out += std::to_string(money.minor());
  out += '}';
}

// The claim's terms as a JSON object with keys in sorted order, as nlohmann::json would
// print them; written by hand because intake appends one per claim.
std::string claim_terms_json(const Claim& claim, const std::string* client_ref) {
  std::string out;
  out.reserve(256);
  out += "{\"claim_type\":";
  append_json_string(out, claim.claim_type);
  if (client_ref) {
    out += ",\"client_ref\":";
    append_json_string(out, *client_ref);
  }
  out += ",\"due_date\":\"" + claim.due_date.to_string() + "\",\"fees\":";
  append_money(out, claim.balance.fees);
  out += ",\"interest\":";
  append_money(out, claim.balance.interest);
  out += ",\"principal\":";
  append_money(out, claim.balance.principal);
  out += ",\"reminder_sent_on\":";
  out += claim.reminder_sent_on ? "\"" + claim.reminder_sent_on->to_string() + "\"" : "null";
  out += '}';
  return out;
}

json changed_debtor_fields(const Debtor& before, const Debtor& after) {
  json fields = json::array();
  auto note = [&](const char* name, bool differs) {
    if (differs) fields.push_back(name);
  };
  note("kind", before.kind != after.kind);
  note("name", before.name != after.name);
  note("national_id", before.national_id != after.national_id);
  note("address", before.address != after.address || before.postal_code != after.postal_code ||
                      before.city != after.city || before.country != after.country);
  note("language", before.language != after.language);
  note("time_zone", before.time_zone != after.time_zone);
  note("phones", before.phones != after.phones);
  note("emails", before.emails != after.emails);
  return fields;
}

}  // namespace

Status IntakeWriter::begin(StoreTransaction& transaction) {
  transaction_ = &transaction;
  debtors_.clear();
  chain_heads_.clear();
  return transaction.lock_client_for_intake(client_.id);
}

Status IntakeWriter::append_event(CaseId case_id, std::string_view kind, std::string payload) {
  auto head = chain_heads_.find(case_id);
  if (head == chain_heads_.end()) {
    head = chain_heads_.emplace(case_id, TRY(transaction_->timeline_head(case_id))).first;
  }
  auto event = domain::chain_event(head->second, case_id, kind, now_, actor_, std::move(payload));
  TRY(transaction_->append_event(event));
  head->second = {event.seq, event.hash};
  return Ok{};
}

Result<IntakeWriter::DebtorEntry*> IntakeWriter::find_debtor(const std::string& ref) {
  auto cached = debtors_.find(ref);
  if (cached != debtors_.end()) return &cached->second;
  auto stored = TRY(transaction_->find_debtor(client_.id, ref));
  if (!stored) return static_cast<DebtorEntry*>(nullptr);
  auto found_case = TRY(transaction_->find_case_of_debtor(stored->id));
  CaseId case_id;
  if (found_case) {
    case_id = found_case->id;
  } else {
    // Every debtor gets a case when created; one without is repaired rather than refused.
    domain::Case opened{.client_id = client_.id, .debtor_id = stored->id, .opened_at = now_};
    case_id = TRY(transaction_->insert_case(opened));
  }
  return &debtors_.emplace(ref, DebtorEntry{std::move(*stored), case_id}).first->second;
}

Result<IntakeWriter::DebtorEntry*> IntakeWriter::create_debtor(Debtor& incoming) {
  incoming.client_id = client_.id;
  incoming.id = TRY(transaction_->insert_debtor(incoming, now_));
  domain::Case opened{.client_id = client_.id, .debtor_id = incoming.id, .opened_at = now_};
  CaseId case_id = TRY(transaction_->insert_case(opened));
  chain_heads_.emplace(case_id, domain::ChainHead{});
  return &debtors_.emplace(incoming.ref, DebtorEntry{incoming, case_id}).first->second;
}

Result<bool> IntakeWriter::update_debtor(DebtorEntry& entry, Debtor& incoming) {
  incoming.client_id = client_.id;
  if (entry.debtor.same_details_as(incoming)) return false;
  json payload = {{"debtor_ref", incoming.ref},
                  {"fields", changed_debtor_fields(entry.debtor, incoming)}};
  incoming.id = entry.debtor.id;
  TRY(transaction_->update_debtor(incoming, now_));
  TRY(append_event(entry.case_id, domain::event_kind::kDebtorChanged, payload.dump()));
  entry.debtor = incoming;
  return true;
}

Result<PlacementResult> IntakeWriter::place(domain::ClaimRow row) {
  DC_VERIFY(transaction_ != nullptr, "IntakeWriter::begin() comes first");
  Claim& claim = row.claim;
  claim.client_id = client_.id;
  auto existing = TRY(transaction_->find_claim(client_.id, claim.client_ref));
  DebtorEntry* entry = TRY(find_debtor(row.debtor.ref));
  if (existing && (entry == nullptr || entry->debtor.id != existing->debtor_id)) {
    auto owner = TRY(transaction_->find_debtor(existing->debtor_id));
    return PlacementResult{Placement::kRejected, false,
                           "claim " + claim.client_ref + " belongs to debtor " +
                               (owner ? owner->ref : std::string("(unknown)")) +
                               "; a claim cannot move to another debtor"};
  }
  bool case_created = false;
  bool debtor_changed = false;
  if (entry == nullptr) {
    entry = TRY(create_debtor(row.debtor));
    case_created = true;
  } else {
    debtor_changed = TRY(update_debtor(*entry, row.debtor));
  }
  claim.case_id = entry->case_id;
  claim.debtor_id = entry->debtor.id;

  if (!existing) {
    claim.id = TRY(transaction_->insert_claim(claim, now_));
    TRY(append_event(claim.case_id, domain::event_kind::kClaimPlaced,
                     claim_terms_json(claim, &claim.client_ref)));
    return PlacementResult{Placement::kImported, case_created, {}};
  }
  if (existing->same_terms_as(claim)) {
    return PlacementResult{debtor_changed ? Placement::kUpdated : Placement::kUnchanged,
                           case_created, {}};
  }
  claim.id = existing->id;
  claim.status = existing->status;
  TRY(transaction_->update_claim(claim, now_));
  std::string payload = "{\"after\":" + claim_terms_json(claim, nullptr) +
                        ",\"before\":" + claim_terms_json(*existing, nullptr) + ",\"client_ref\":";
  append_json_string(payload, claim.client_ref);
  payload += '}';
  TRY(append_event(claim.case_id, domain::event_kind::kClaimChanged, std::move(payload)));
  return PlacementResult{Placement::kUpdated, case_created, {}};
}

}  // namespace duecall::app
