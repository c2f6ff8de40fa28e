// case_file_to_json: the keys `case show --json` printed first (case, debtor, claims,
// timeline) stay exactly as they were; everything the screen-pop added comes as new keys
// beside them (docs/case-file.md lists both).
#include <algorithm>

#include "app/case_file.hpp"
#include "domain/instalment_coverage.hpp"
#include "domain/money_json.hpp"

namespace duecall::app {
namespace {

using nlohmann::json;

json instant_or_null(const std::optional<Instant>& instant) {
  return instant ? json(format_iso8601(*instant)) : json(nullptr);
}

json text_or_null(const std::string& text) {
  return text.empty() ? json(nullptr) : json(text);
}

json balance_json(const domain::Balance& balance) {
  return {{"principal", domain::money_to_json(balance.principal)},
          {"interest", domain::money_to_json(balance.interest)},
          {"fees", domain::money_to_json(balance.fees)},
          {"total", domain::money_to_json(balance.total())}};
}

std::string claim_ref_of(const CaseFile& file, ClaimId id) {
  const domain::Claim* claim = file.claim_with(id);
  return claim ? claim->client_ref : std::string();
}

// Phones first, then e-mails, each in the creditor's order: the order they are tried in.
json contact_points_json(const CaseFile& file) {
  json points = json::array();
  for (const auto& phone : file.debtor.phones) {
    const bool listed = phone.valid() && std::find(file.numbers_on_do_not_call.begin(),
                                                   file.numbers_on_do_not_call.end(),
                                                   phone.e164) != file.numbers_on_do_not_call.end();
    points.push_back({{"channel", "phone"},
                      {"value", phone.valid() ? phone.e164 : phone.raw},
                      {"type", phone.valid() ? json(phone_type_name(phone.type)) : json(nullptr)},
                      {"valid", phone.valid()},
                      {"do_not_call", listed},
                      {"reachable", phone.valid() && !listed}});
  }
  for (const auto& email : file.debtor.emails) {
    points.push_back({{"channel", "email"},
                      {"value", email},
                      {"type", nullptr},
                      {"valid", true},
                      {"do_not_call", false},
                      {"reachable", true}});
  }
  return points;
}

json payments_json(const CaseFile& file) {
  json payments = json::array();
  for (const auto& record : file.payments) {
    json allocations = json::array();
    for (const auto& allocation : file.allocations) {
      if (allocation.payment_id != record.id) continue;
      const domain::Claim* claim = file.claim_with(allocation.claim_id);
      allocations.push_back(
          {{"claim", claim ? claim->client_ref : ""},
           {"bucket", domain::bucket_name(allocation.bucket)},
           {"amount", domain::money_to_json(
                          Money(allocation.amount_minor, record.payment.amount.currency()))}});
    }
    const domain::Payment& payment = record.payment;
    payments.push_back(
        {{"entry_ref", payment.entry_reference},
         {"booking_date", payment.booking_date.to_string()},
         {"value_date", payment.value_date.to_string()},
         {"amount", domain::money_to_json(payment.amount)},
         {"payer", payment.debtor_name},
         {"outcome", payment_outcome_name(record.outcome)},
         {"matched_claim", record.matched_claim_id
                               ? json(claim_ref_of(file, *record.matched_claim_id))
                               : json(nullptr)},
         {"allocations", allocations},
         {"held", domain::money_to_json(Money(record.held_minor, payment.amount.currency()))},
         {"imported_at", format_iso8601(record.imported_at)}});
  }
  return payments;
}

// What counts towards the agreement, by the promise monitor's rule (agreement_monitor.hpp):
// every payment posted to the case and imported since the agreement was made, in full.
Money paid_since(const CaseFile& file, const AgreementRecord& agreement, Currency currency) {
  std::int64_t paid = 0;
  for (const auto& record : file.payments) {
    if (record.imported_at >= agreement.created_at && record.payment.amount.currency() == currency) {
      paid += record.payment.amount.minor();
    }
  }
  return Money(paid, currency);
}

json agreements_json(const CaseFile& file) {
  json agreements = json::array();
  for (const auto& agreement : file.agreements) {
    const auto& schedule = agreement.terms.schedule;
    json instalments = json::array();
    json paid = nullptr;
    if (!schedule.empty()) {
      const Money since = paid_since(file, agreement, schedule.front().amount.currency());
      paid = domain::money_to_json(since);
      auto covered = domain::instalment_coverage(schedule, since);
      for (std::size_t index = 0; index < schedule.size(); ++index) {
        instalments.push_back({{"seq", index + 1},
                               {"due_date", schedule[index].due_date.to_string()},
                               {"amount", domain::money_to_json(schedule[index].amount)},
                               {"covered", domain::money_to_json(covered[index])},
                               {"open", domain::money_to_json(Money(
                                            schedule[index].amount.minor() - covered[index].minor(),
                                            covered[index].currency()))}});
      }
    }
    json floors = json::array();
    for (const auto& violation : agreement.outside_floors) {
      floors.push_back(
          {{"floor", domain::floor_name(violation.floor)}, {"reason", violation.reason}});
    }
    agreements.push_back(
        {{"id", agreement.id.value},
         {"claim", claim_ref_of(file, agreement.claim_id)},
         {"kind", domain::agreement_kind_name(agreement.terms.kind)},
         {"state", domain::agreement_state_name(agreement.state)},
         {"terms", domain::terms_to_json(agreement.terms)},
         {"instalments", instalments},
         {"paid_since_made", paid},
         {"operator", agreement.operator_login},
         {"created_at", format_iso8601(agreement.created_at)},
         {"activated_at", instant_or_null(agreement.activated_at)},
         {"outside_floors", floors},
         {"decision", agreement.decided_at ? json{{"by", agreement.decided_by},
                                                  {"at", format_iso8601(*agreement.decided_at)},
                                                  {"reason", agreement.decision_reason}}
                                           : json(nullptr)},
         {"ended", agreement.ended_at ? json{{"by", agreement.ended_by},
                                             {"at", format_iso8601(*agreement.ended_at)},
                                             {"reason", agreement.end_reason}}
                                      : json(nullptr)}});
  }
  return agreements;
}

json ladder_json(const CaseFile& file) {
  if (!file.ladder) return nullptr;
  const LadderRecord& ladder = *file.ladder;
  return {{"strategy_version", ladder.strategy_version},
          {"segment", ladder.segment},
          {"step_index", ladder.step_index},
          {"step", text_or_null(file.ladder_step)},
          {"step_started_at", format_iso8601(ladder.step_started_at)},
          {"attempts_made", ladder.attempts.size()},
          {"standing", ladder.standing},
          {"agreement", ladder.agreement},
          {"notice_sent_at", instant_or_null(ladder.notice_sent_at)},
          {"evaluated_at", format_iso8601(ladder.evaluated_at)}};
}

json due_action_json(const CaseFile& file) {
  if (!file.due_action) return nullptr;
  const DueAction& action = *file.due_action;
  json blocked_by = json::array();
  std::size_t start = 0;
  while (start < action.blocked_by.size()) {
    std::size_t end = action.blocked_by.find(',', start);
    if (end == std::string::npos) end = action.blocked_by.size();
    if (end > start) blocked_by.push_back(action.blocked_by.substr(start, end - start));
    start = end + 1;
  }
  return {{"step", action.step_name},
          {"channel", action.channel},
          {"attempt", action.attempt_number},
          {"attempts", action.attempts},
          {"due_at", format_iso8601(action.due_at)},
          {"deadline", instant_or_null(action.deadline)},
          {"contactable_from", instant_or_null(action.contactable_from)},
          {"blocked_by", blocked_by},
          {"evaluated_at", format_iso8601(action.evaluated_at)},
          {"leased_by", action.lease_owner ? json(*action.lease_owner) : json(nullptr)}};
}

}  // namespace

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
                 {"reachable_by_phone", file.debtor.reachable_by_phone()},
                 {"contact_points", contact_points_json(file)}};
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
          claim.reminder_sent_on ? json(claim.reminder_sent_on->to_string()) : json(nullptr)},
         {"placed", balance_json(claim.balance)},
         {"paid", balance_json(file.paid_to(claim))},
         {"open", balance_json(file.open_of(claim))}});
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
  json total_due = json::array();
  for (const auto& total : file.open_total_by_currency()) {
    total_due.push_back(domain::money_to_json(total));
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
          {"timeline", timeline},
          {"total_due", total_due},
          {"payments", payments_json(file)},
          {"agreements", agreements_json(file)},
          {"ladder", ladder_json(file)},
          {"due_action", due_action_json(file)}};
}

}  // namespace duecall::app
