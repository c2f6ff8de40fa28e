// Sending what the mail outbox holds (mail_records.hpp), after the transaction that queued
// it committed: right after `contact log --email-minutes`, and again with `mail flush`.
//
// Each message is claimed with a lease in its own short transaction, sent with no
// transaction open (a slow mail server holds no database locks), and its result recorded
// in a second transaction: sent, with a `minutes_emailed` event on the case timeline
// (recipients, message id, SHA-256 of the message); or still queued with the error. A
// message another sender holds, or one already sent, is skipped, so that a message goes
// out once however many senders run; a sender that dies mid-send leaves a lease that
// expires after kMailLease, and the message is sent again (at least once, never lost).
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "app/ports.hpp"

namespace duecall::app {

// Longer than the SMTP adapter's whole-transfer timeout, so that a lease never expires
// under a send that is still running.
inline constexpr std::chrono::minutes kMailLease{10};

enum class SendResult { kSent, kFailed, kSkipped };
std::string_view send_result_name(SendResult result);  // "sent", "failed", "skipped"

struct MailAttempt {
  OutboxMail mail;  // as stored after the attempt
  SendResult result = SendResult::kSkipped;
  std::string error;  // why it failed; empty otherwise
};

// Sends one queued message. kNotFound for an unknown id.
Result<MailAttempt> send_queued_mail(Store& store, const Clock& clock, Mailer& mailer, MailId id);
// Sends up to `limit` queued messages, oldest first; failures stay queued and do not stop
// the others.
Result<std::vector<MailAttempt>> flush_mail(Store& store, const Clock& clock, Mailer& mailer,
                                            std::size_t limit);

}  // namespace duecall::app
