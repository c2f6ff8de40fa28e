#include "app/mail_outbox.hpp"

#include <nlohmann/json.hpp>

#include "app/timeline_append.hpp"

namespace duecall::app {
namespace {

// The actor of outbox events: no person sends mail, duecall does.
constexpr const char* kMailerActor = "mailer";

Result<OutboxMail> stored_mail(StoreTransaction& transaction, MailId id) {
  auto mail = TRY(transaction.find_mail(id));
  if (!mail) return Error::not_found("no queued mail " + std::to_string(id.value));
  return std::move(*mail);
}

Status record_sent(StoreTransaction& transaction, const OutboxMail& mail, Instant sent_at) {
  TRY(transaction.mail_sent(mail.id, sent_at));
  nlohmann::json payload = {{"mail", mail.id.value},
                            {"recipients", mail.recipients},
                            {"message_id", mail.message_id},
                            {"sha256", mail.sha256}};
  if (mail.contact_id) payload["contact"] = mail.contact_id->value;
  TRY(append_to_timeline(transaction, mail.case_id, domain::event_kind::kMinutesEmailed, sent_at,
                         kMailerActor, payload.dump()));
  return Ok{};
}

}  // namespace

std::string_view send_result_name(SendResult result) {
  switch (result) {
    case SendResult::kSent:
      return "sent";
    case SendResult::kFailed:
      return "failed";
    case SendResult::kSkipped:
      return "skipped";
  }
  return "unknown";
}

Result<MailAttempt> send_queued_mail(Store& store, const Clock& clock, Mailer& mailer, MailId id) {
  MailAttempt attempt;
  {
    Instant now = clock.now();
    auto transaction = TRY(store.begin());
    attempt.mail = TRY(stored_mail(*transaction, id));
    bool claimed = TRY(transaction->claim_mail(id, now, now + kMailLease));
    TRY(transaction->commit());
    if (!claimed) return attempt;
  }
  Status sent = mailer.send({.from = attempt.mail.mail_from,
                             .recipients = attempt.mail.recipients,
                             .message = attempt.mail.message});
  Instant done = clock.now();
  auto transaction = TRY(store.begin());
  if (sent.ok()) {
    TRY(record_sent(*transaction, attempt.mail, done));
    attempt.result = SendResult::kSent;
  } else {
    attempt.error = sent.error().message;
    TRY(transaction->mail_failed(id, done, attempt.error));
    attempt.result = SendResult::kFailed;
  }
  attempt.mail = TRY(stored_mail(*transaction, id));
  TRY(transaction->commit());
  return attempt;
}

Result<std::vector<MailAttempt>> flush_mail(Store& store, const Clock& clock, Mailer& mailer,
                                            std::size_t limit) {
  std::vector<OutboxMail> queued;
  {
    auto transaction = TRY(store.begin());
    queued = TRY(transaction->queued_mail(limit));
    TRY(transaction->commit());
  }
  std::vector<MailAttempt> attempts;
  for (const auto& mail : queued) {
    attempts.push_back(TRY(send_queued_mail(store, clock, mailer, mail.id)));
  }
  return attempts;
}

}  // namespace duecall::app
