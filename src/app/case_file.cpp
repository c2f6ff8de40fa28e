#include "app/case_file.hpp"

#include "domain/money_json.hpp"

namespace duecall::app {

using nlohmann::json;

Money CaseFile::total_due() const {
  Money total = Money::zero(client.currency);
  for (const auto& claim : claims) {
    if (claim.status != domain::ClaimStatus::kOpen) continue;
    auto sum = total.plus(claim.balance.total());
    // Each bucket is bounded at intake, so a case would need millions of claims to overflow.
    if (sum.ok()) total = *sum;
  }
  return total;
}

Result<CaseFile> find_case_file(Store& store, std::string_view client_code, std::string_view ref) {
  auto transaction = TRY(store.begin());
  auto client = TRY(transaction->find_client(client_code));
  if (!client) return Error::not_found("unknown client '" + std::string(client_code) + "'");
  std::optional<domain::Debtor> debtor;
  if (auto claim = TRY(transaction->find_claim(client->id, ref))) {
    debtor = TRY(transaction->find_debtor(claim->debtor_id));
  } else {
    debtor = TRY(transaction->find_debtor(client->id, ref));
  }
  if (!debtor) {
    return Error::not_found("client " + std::string(client_code) + " has no claim or debtor '" +
                            std::string(ref) + "'");
  }
  auto found_case = TRY(transaction->find_case_of_debtor(debtor->id));
  if (!found_case) return Error::data_loss("debtor " + debtor->ref + " has no case");
  CaseFile file{.client = std::move(*client),
                .collection_case = *found_case,
                .debtor = std::move(*debtor),
                .claims = TRY(transaction->claims_of_case(found_case->id)),
                .timeline = TRY(transaction->timeline(found_case->id))};
  TRY(transaction->commit());
  return file;
}

json case_file_to_json(const CaseFile& file) {
  json phones = json::array();
  for (const auto& phone : file.debtor.phones) {
    phones.push_back({{"number", phone.valid() ? phone.e164 : phone.raw},
                      {"valid", phone.valid()},
                      {"type", phone.valid() ? json(phone_type_name(phone.type)) : json(nullptr)}});
  }
  json debtor = {{"ref", file.debtor.ref},
                 {"kind", domain::debtor_kind_name(file.debtor.kind)},
                 {"name", file.debtor.name},
                 {"national_id", file.debtor.national_id},
                 {"address", file.debtor.address},
                 {"postal_code", file.debtor.postal_code},
                 {"city", file.debtor.city},
                 {"country", file.debtor.country},
                 {"language", file.debtor.language.empty() ? file.client.policy.language
                                                           : file.debtor.language},
                 {"time_zone", file.debtor.time_zone},
                 {"phones", phones},
                 {"emails", file.debtor.emails},
                 {"reachable_by_phone", file.debtor.reachable_by_phone()}};
  json claims = json::array();
  for (const auto& claim : file.claims) {
    claims.push_back(
        {{"client_ref", claim.client_ref},
         {"claim_type", claim.claim_type},
         {"status", domain::claim_status_name(claim.status)},
         {"principal", domain::money_to_json(claim.balance.principal)},
         {"interest", domain::money_to_json(claim.balance.interest)},
         {"fees", domain::money_to_json(claim.balance.fees)},
         {"balance", domain::money_to_json(claim.balance.total())},
         {"due_date", claim.due_date.to_string()},
         {"reminder_sent_on",
          claim.reminder_sent_on ? json(claim.reminder_sent_on->to_string()) : json(nullptr)}});
  }
  json timeline = json::array();
  for (const auto& event : file.timeline) {
    json details = json::parse(event.payload, nullptr, false);
    timeline.push_back({{"id", event.id.value},
                        {"seq", event.seq},
                        {"kind", event.kind},
                        {"occurred_at", format_iso8601(event.occurred_at)},
                        {"actor", event.actor},
                        {"details", details.is_discarded() ? json(event.payload) : details},
                        {"hash", to_hex(event.hash)}});
  }
  return {{"case",
           {{"id", file.collection_case.id.value},
            {"client", file.client.code},
            {"status", domain::case_status_name(file.collection_case.status)},
            {"stage", file.collection_case.stage},
            {"opened_at", format_iso8601(file.collection_case.opened_at)},
            {"total_due", domain::money_to_json(file.total_due())}}},
          {"debtor", debtor},
          {"claims", claims},
          {"timeline", timeline}};
}

}  // namespace duecall::app
