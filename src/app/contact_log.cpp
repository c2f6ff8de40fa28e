#include "app/contact_log.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "app/case_evaluation.hpp"
#include "app/case_target.hpp"
#include "app/debtor_reach.hpp"
#include "app/minutes_mail.hpp"
#include "app/timeline_append.hpp"
#include "app/user_roles.hpp"
#include "core/sha256.hpp"

namespace duecall::app {
namespace {

using domain::ContactOutcome;

// The to-do kind an outcome creates, or nullptr when it creates none.
const char* todo_kind_for(ContactOutcome outcome) {
  switch (outcome) {
    case ContactOutcome::kCallback:
      return kTodoCallback;
    case ContactOutcome::kDispute:
      return kTodoDisputeReview;
    case ContactOutcome::kAlreadyPaid:
      return kTodoPaymentCheck;
    case ContactOutcome::kHardship:
      return kTodoHardshipReview;
    default:
      return nullptr;
  }
}

Status create_outcome_work(StoreTransaction& transaction, const CaseTarget& target,
                           const ContactRecord& contact, Instant now, LoggedContact& logged) {
  if (!contact.outcome) return Ok{};
  if (const char* kind = todo_kind_for(*contact.outcome)) {
    bool callback = *contact.outcome == ContactOutcome::kCallback;
    TodoItemRecord item{
        .kind = kind,
        .case_id = target.case_id,
        .claim_ref = target.claim->client_ref,
        .operator_login = callback ? contact.operator_login : std::nullopt,
        .due_at = callback ? contact.callback_at : std::nullopt,
        .created_at = now,
        .payload = nlohmann::json{{"contact", contact.id.value},
                                  {"outcome", domain::contact_outcome_name(*contact.outcome)}}
                       .dump()};
    item.id = TRY(transaction.insert_todo_item(item));
    logged.todo_items.push_back(std::move(item));
  }
  if (*contact.outcome != ContactOutcome::kDispute) return Ok{};
  // A disputed debt may not be collected until the dispute is reviewed (compliance/hold.hpp),
  // so the claim gets a dispute hold now rather than when someone reads the to-do list.
  for (const auto& hold : TRY(transaction.holds_of_case(target.case_id))) {
    if (hold.kind == compliance::HoldKind::dispute && hold.standing() &&
        hold.covers(target.claim->id)) {
      return Ok{};
    }
  }
  HoldRecord hold{.case_id = target.case_id,
                  .claim_id = target.claim->id,
                  .kind = compliance::HoldKind::dispute,
                  .note = "disputed in contact " + std::to_string(contact.id.value),
                  .placed_at = now,
                  .placed_by = contact.actor};
  hold.id = TRY(transaction.insert_hold(hold));
  nlohmann::json payload = {{"kind", hold_code(hold.kind)},
                            {"claim", target.claim->client_ref},
                            {"note", hold.note},
                            {"contact", contact.id.value}};
  TRY(append_to_timeline(transaction, target.case_id, domain::event_kind::kHoldPlaced, now,
                         contact.actor, payload.dump()));
  logged.hold = std::move(hold);
  return Ok{};
}

// The claim's open agreement in words, for minutes about an agreement outcome.
Result<std::string> open_agreement_words(StoreTransaction& transaction, const CaseTarget& target) {
  std::string words;
  for (const auto& agreement : TRY(transaction.agreements_of_cases({target.case_id}))) {
    if (agreement.claim_id != target.claim->id || !domain::agreement_is_open(agreement.state)) {
      continue;
    }
    words = std::string(domain::agreement_kind_name(agreement.terms.kind));
    for (std::size_t i = 0; i < agreement.terms.schedule.size(); ++i) {
      const auto& payment = agreement.terms.schedule[i];
      words += (i ? ", " : ": ") + payment.amount.to_string() + " " + payment.due_date.to_string();
    }
    words += " (" + std::string(domain::agreement_state_name(agreement.state)) + ")";
  }
  return words;
}

Result<OutboxMail> queue_minutes(StoreTransaction& transaction, const CaseTarget& target,
                                 const ContactRecord& contact, const domain::Mailbox& from,
                                 Instant now) {
  const auto& persons = target.client.policy.contact_persons;
  std::string agreement;
  if (contact.outcome && domain::outcome_is_agreement(*contact.outcome)) {
    agreement = TRY(open_agreement_words(transaction, target));
  }
  std::string domain_part = from.address.substr(from.address.rfind('@') + 1);
  MinutesMailFacts facts{.from = from,
                         .to = {},
                         .message_id = "minutes." + std::to_string(target.case_id.value) + "." +
                                       std::to_string(contact.id.value) + "." +
                                       std::to_string(to_unix_micros(now)) + "@" + domain_part,
                         .date = now,
                         .language = target.client.policy.language,
                         .time_zone = target.client.time_zone,
                         .client_code = target.client.code,
                         .client_name = target.client.name,
                         .claim_ref = target.claim->client_ref,
                         .debtor_ref = target.debtor.ref,
                         .debtor_name = target.debtor.name,
                         .contact_id = contact.id,
                         .occurred_at = contact.occurred_at,
                         .operator_login = contact.actor,
                         .channel = std::string(compliance::channel_name(contact.channel)),
                         .result = std::string(compliance::contact_result_name(contact.result)),
                         .outcome = contact.outcome,
                         .callback_at = contact.callback_at,
                         .agreement = std::move(agreement),
                         .minutes = contact.minutes};
  OutboxMail mail{.case_id = target.case_id,
                  .contact_id = contact.id,
                  .message_id = facts.message_id,
                  .mail_from = from.address,
                  .created_at = now};
  for (const auto& person : persons) {
    facts.to.push_back({person.name, person.email});
    mail.recipients.push_back(person.email);
  }
  ComposedMail composed = TRY(compose_minutes_mail(facts));
  mail.subject = std::move(composed.subject);
  mail.message = std::move(composed.message);
  mail.sha256 = to_hex(Sha256::of(mail.message));
  mail.id = TRY(transaction.insert_mail(mail));
  return mail;
}

nlohmann::json contact_payload(const CaseTarget& target, const ContactRecord& contact, Instant now,
                               const std::optional<OutboxMail>& mail) {
  nlohmann::json payload = {{"claim", target.claim->client_ref},
                            {"channel", compliance::channel_name(contact.channel)},
                            {"to", contact.to_address},
                            {"result", compliance::contact_result_name(contact.result)},
                            {"abandoned", contact.abandoned},
                            {"recorded_at", format_iso8601(now)}};
  // Added only when present, so that a plain attempt's event reads as it always did.
  if (contact.outcome) payload["outcome"] = domain::contact_outcome_name(*contact.outcome);
  if (contact.callback_at) payload["callback_at"] = format_iso8601(*contact.callback_at);
  if (contact.operator_login) payload["operator"] = *contact.operator_login;
  if (!contact.minutes.empty()) payload["minutes"] = contact.minutes.to_json();
  if (mail) payload["minutes_mail"] = mail->message_id;
  return payload;
}

}  // namespace

Result<LoggedContact> log_contact(Store& store, const Clock& clock, const ContactLogInput& input) {
  Instant now = clock.now();
  Instant occurred_at = input.at.value_or(now);
  TRY(domain::check_outcome_report(
      {.right_party_contact = input.result == compliance::ContactResult::right_party,
       .outcome = input.outcome,
       .callback_at = input.callback_at,
       .occurred_at = occurred_at}));
  domain::ContactMinutes minutes = TRY(domain::make_minutes(input.minutes));
  auto transaction = TRY(store.begin());
  CaseTarget target = TRY(resolve_case_target(
      *transaction,
      {.client_code = input.client_code, .scope = TargetScope::kClaim, .ref = input.claim_ref}));
  if (input.email_minutes_from && target.client.policy.contact_persons.empty()) {
    return Error::failed_precondition(
        "client " + target.client.code +
        " has no contact persons to e-mail minutes to; add them with `duecall client contacts "
        "set`");
  }
  std::optional<std::string> operator_login;
  if (input.operator_login) {
    operator_login =
        TRY(check_user_role(*transaction, *input.operator_login,
                            {domain::Role::kOperator, domain::Role::kSupervisor}, "an operator"))
            .login;
  }
  // Under the client's lock, so that contact ids are assigned in the order the strategy run
  // sees them commit: the run applies each contact above the last id it applied, once.
  TRY(transaction->lock_client_for_intake(target.client.id));
  LoggedContact logged;
  ContactRecord& contact = logged.contact;
  contact = {.case_id = target.case_id,
             .claim_id = target.claim->id,
             .channel = input.channel,
             .to_address = TRY(contact_address(target.debtor, input.channel)),
             .result = input.result,
             .abandoned = input.abandoned,
             .occurred_at = occurred_at,
             .actor = operator_login.value_or(input.actor),
             .outcome = input.outcome,
             .callback_at = input.callback_at,
             .operator_login = operator_login,
             .minutes = std::move(minutes)};
  contact.id = TRY(transaction->insert_contact(contact));
  // The attempt completes the case's due action on that channel (and its lease); what
  // follows is the next strategy run's decision.
  if (auto due = TRY(transaction->find_due_action(target.case_id))) {
    auto step_channel = strategy::parse_channel(due->channel);
    if (step_channel.ok() && contact_counts_for(contact.channel, *step_channel)) {
      TRY(transaction->delete_due_actions({target.case_id}));
    }
  }
  if (input.email_minutes_from) {
    logged.mail = TRY(queue_minutes(*transaction, target, contact, *input.email_minutes_from, now));
  }
  TRY(append_to_timeline(*transaction, target.case_id, domain::event_kind::kContactAttempted,
                         contact.occurred_at, contact.actor,
                         contact_payload(target, contact, now, logged.mail).dump()));
  TRY(create_outcome_work(*transaction, target, contact, now, logged));
  TRY(transaction->commit());
  return logged;
}

}  // namespace duecall::app
