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

Status IntakeWriter::load_debtors(const std::vector<domain::ClaimRow>& rows) {
  std::vector<std::string> missing;
  std::unordered_map<std::string_view, bool> asked;
  for (const auto& row : rows) {
    const std::string& ref = row.debtor.ref;
    if (debtors_.contains(ref) || !asked.emplace(ref, true).second) continue;
    missing.push_back(ref);
  }
  if (missing.empty()) return Ok{};
  std::vector<domain::Case*> repaired;
  for (auto& known : TRY(transaction_->find_debtors(client_.id, missing))) {
    auto entry = std::make_unique<DebtorEntry>(
        DebtorEntry{std::move(known.debtor),
                    domain::Case{.id = known.case_id,
                                 .client_id = client_.id,
                                 .debtor_id = known.debtor.id,
                                 .opened_at = now_}});
    entry->collection_case.debtor_id = entry->debtor.id;
    // Every debtor gets a case when created; one without is repaired rather than refused.
    if (!entry->collection_case.id.valid()) repaired.push_back(&entry->collection_case);
    std::string ref = entry->debtor.ref;
    debtors_.emplace(std::move(ref), std::move(entry));
  }
  return transaction_->insert_cases(repaired);
}

Status IntakeWriter::append_events(std::vector<PendingEvent>& pending) {
  std::vector<CaseId> unknown_heads;
  for (const auto& event : pending) {
    CaseId id = event.entry->collection_case.id;
    if (!chain_heads_.contains(id)) {
      chain_heads_.emplace(id, domain::ChainHead{});
      if (!event.entry->is_new) unknown_heads.push_back(id);
    }
  }
  if (!unknown_heads.empty()) {
    for (auto& [id, head] : TRY(transaction_->timeline_heads(unknown_heads))) chain_heads_[id] = head;
  }
  std::vector<domain::TimelineEvent> events;
  events.reserve(pending.size());
  for (auto& event : pending) {
    CaseId id = event.entry->collection_case.id;
    domain::ChainHead& head = chain_heads_.at(id);
    events.push_back(domain::chain_event(head, id, event.kind, now_, actor_, std::move(event.payload)));
    head = {events.back().seq, events.back().hash};
  }
  return transaction_->append_events(events);
}

Result<std::vector<PlacementResult>> IntakeWriter::place(std::vector<domain::ClaimRow>& rows) {
  DC_VERIFY(transaction_ != nullptr, "IntakeWriter::begin() comes first");
  std::vector<PlacementResult> results(rows.size());
  std::vector<std::string> refs;
  refs.reserve(rows.size());
  for (const auto& row : rows) refs.push_back(row.claim.client_ref);
  std::unordered_map<std::string, Claim> existing_claims;
  for (auto& claim : TRY(transaction_->find_claims(client_.id, refs))) {
    std::string ref = claim.client_ref;
    existing_claims.emplace(std::move(ref), std::move(claim));
  }
  TRY(load_debtors(rows));

  // Decide every row in file order; collect what must be inserted.
  std::vector<DebtorEntry*> new_entries;
  std::vector<std::pair<std::size_t, DebtorEntry*>> new_claims;  // row index, its debtor
  std::vector<PendingEvent> events;
  std::vector<std::size_t> event_of_new_claim;                    // index into events
  for (std::size_t i = 0; i < rows.size(); ++i) {
    domain::ClaimRow& row = rows[i];
    Claim& claim = row.claim;
    claim.client_id = client_.id;
    row.debtor.client_id = client_.id;
    auto existing = existing_claims.find(claim.client_ref);
    auto found = debtors_.find(row.debtor.ref);
    DebtorEntry* entry = found == debtors_.end() ? nullptr : found->second.get();
    if (existing != existing_claims.end() &&
        (entry == nullptr || entry->is_new || entry->debtor.id != existing->second.debtor_id)) {
      auto owner = TRY(transaction_->find_debtor(existing->second.debtor_id));
      results[i] = {Placement::kRejected, false,
                    "claim " + claim.client_ref + " belongs to debtor " +
                        (owner ? owner->ref : std::string("(unknown)")) +
                        "; a claim cannot move to another debtor"};
      continue;
    }
    bool debtor_changed = false;
    if (entry == nullptr) {
      auto created = std::make_unique<DebtorEntry>(DebtorEntry{
          row.debtor, domain::Case{.client_id = client_.id, .opened_at = now_}, true});
      entry = created.get();
      debtors_.emplace(row.debtor.ref, std::move(created));
      new_entries.push_back(entry);
      results[i].case_created = true;
    } else if (!entry->debtor.same_details_as(row.debtor)) {
      if (entry->is_new) {
        // Two rows of one new debtor disagree: the later row wins, as it would in two files.
        DebtorId keep = entry->debtor.id;
        entry->debtor = row.debtor;
        entry->debtor.id = keep;
      } else {
        json payload = {{"debtor_ref", row.debtor.ref},
                        {"fields", changed_debtor_fields(entry->debtor, row.debtor)}};
        row.debtor.id = entry->debtor.id;
        TRY(transaction_->update_debtor(row.debtor, now_));
        entry->debtor = row.debtor;
        events.push_back({entry, domain::event_kind::kDebtorChanged, payload.dump()});
        debtor_changed = true;
      }
    }
    if (existing == existing_claims.end()) {
      new_claims.emplace_back(i, entry);
      event_of_new_claim.push_back(events.size());
      events.push_back({entry, domain::event_kind::kClaimPlaced, {}});
      results[i].placement = Placement::kImported;
      continue;
    }
    const Claim& before = existing->second;
    claim.case_id = before.case_id;
    claim.debtor_id = before.debtor_id;
    if (before.same_terms_as(claim)) {
      results[i].placement = debtor_changed ? Placement::kUpdated : Placement::kUnchanged;
      continue;
    }
    claim.id = before.id;
    claim.status = before.status;
    TRY(transaction_->update_claim(claim, now_));
    std::string payload = "{\"after\":" + claim_terms_json(claim, nullptr) +
                          ",\"before\":" + claim_terms_json(before, nullptr) + ",\"client_ref\":";
    append_json_string(payload, claim.client_ref);
    payload += '}';
    events.push_back({entry, domain::event_kind::kClaimChanged, std::move(payload)});
    results[i].placement = Placement::kUpdated;
  }

  // Insert in foreign-key order: debtors, their cases, claims; then the events.
  std::vector<domain::Debtor*> debtors;
  for (auto* entry : new_entries) debtors.push_back(&entry->debtor);
  TRY(transaction_->insert_debtors(debtors, now_));
  std::vector<domain::Case*> cases;
  for (auto* entry : new_entries) {
    entry->collection_case.debtor_id = entry->debtor.id;
    cases.push_back(&entry->collection_case);
  }
  TRY(transaction_->insert_cases(cases));
  std::vector<Claim*> claims;
  for (auto [row_index, entry] : new_claims) {
    Claim& claim = rows[row_index].claim;
    claim.debtor_id = entry->debtor.id;
    claim.case_id = entry->collection_case.id;
    claims.push_back(&claim);
  }
  TRY(transaction_->insert_claims(claims, now_));
  for (std::size_t n = 0; n < new_claims.size(); ++n) {
    const Claim& claim = rows[new_claims[n].first].claim;
    events[event_of_new_claim[n]].payload = claim_terms_json(claim, &claim.client_ref);
  }
  TRY(append_events(events));
  for (auto* entry : new_entries) entry->is_new = false;
  return results;
}

}  // namespace duecall::app
