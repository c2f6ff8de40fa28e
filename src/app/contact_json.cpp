#include "app/contact_json.hpp"

namespace duecall::app {
namespace {

nlohmann::json optional_instant(const std::optional<Instant>& instant) {
  return instant ? nlohmann::json(format_iso8601(*instant)) : nlohmann::json(nullptr);
}

}  // namespace

nlohmann::json mail_json(const OutboxMail& mail) {
  return {{"id", mail.id.value},
          {"status", mail_status_name(mail.status)},
          {"message_id", mail.message_id},
          {"recipients", mail.recipients},
          {"subject", mail.subject},
          {"attempts", mail.attempts},
          {"error",
           mail.last_error.empty() ? nlohmann::json(nullptr) : nlohmann::json(mail.last_error)},
          {"sent_at", optional_instant(mail.sent_at)}};
}

nlohmann::json logged_contact_json(const LoggedContact& logged, const std::string& claim_ref,
                                   const std::optional<MailAttempt>& attempt) {
  const ContactRecord& contact = logged.contact;
  nlohmann::json todo_items = nlohmann::json::array();
  for (const auto& item : logged.todo_items) {
    todo_items.push_back({{"id", item.id.value},
                          {"kind", item.kind},
                          {"operator", item.operator_login ? nlohmann::json(*item.operator_login)
                                                           : nlohmann::json(nullptr)},
                          {"due_at", optional_instant(item.due_at)}});
  }
  nlohmann::json hold = nullptr;
  if (logged.hold) {
    hold = {{"id", logged.hold->id.value}, {"kind", hold_code(logged.hold->kind)}};
  }
  nlohmann::json mail = nullptr;
  if (attempt) {
    mail = mail_json(attempt->mail);
  } else if (logged.mail) {
    mail = mail_json(*logged.mail);
  }
  return {
      {"id", contact.id.value},
      {"claim", claim_ref},
      {"channel", compliance::channel_name(contact.channel)},
      {"to", contact.to_address},
      {"result", compliance::contact_result_name(contact.result)},
      {"abandoned", contact.abandoned},
      {"occurred_at", format_iso8601(contact.occurred_at)},
      {"actor", contact.actor},
      {"operator",
       contact.operator_login ? nlohmann::json(*contact.operator_login) : nlohmann::json(nullptr)},
      {"outcome", contact.outcome ? nlohmann::json(domain::contact_outcome_name(*contact.outcome))
                                  : nlohmann::json(nullptr)},
      {"callback_at", optional_instant(contact.callback_at)},
      {"minutes", contact.minutes.empty() ? nlohmann::json(nullptr) : contact.minutes.to_json()},
      {"todo_items", todo_items},
      {"hold", hold},
      {"mail", mail}};
}

}  // namespace duecall::app
