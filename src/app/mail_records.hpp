// OutboxMail is one e-mail in the outbox: written in the same transaction as the change it
// reports (today: the minutes of a contact), and sent by a Mailer after that transaction
// commits, so that a mail server being down never loses a contact and never blocks one.
//
// Lifecycle: queued (attempts counts failed and current tries, last_error says why the last
// one failed) until a send succeeds, then sent with sent_at; rows are never deleted. A
// sender claims a queued row with a lease (lease_until) before it sends, so that two
// senders at once never send one message twice; a lease that expired (a sender that died)
// lets the next one claim it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/ids.hpp"
#include "core/instant.hpp"
#include "core/result.hpp"

namespace duecall {
// Beside the ids of core/ids.hpp; declared here because only the outbox names it.
using MailId = Id<struct MailTag>;
}  // namespace duecall

namespace duecall::app {

enum class MailStatus { kQueued, kSent };
std::string_view mail_status_name(MailStatus status);  // "queued", "sent"
Result<MailStatus> parse_mail_status(std::string_view name);

// The kind of the only mail duecall sends so far.
inline constexpr const char* kMailContactMinutes = "contact_minutes";

struct OutboxMail {
  MailId id;
  CaseId case_id;
  std::optional<ContactId> contact_id;
  std::string kind = kMailContactMinutes;
  std::string message_id;               // without angle brackets
  std::string mail_from;                // envelope sender, a bare address
  std::vector<std::string> recipients;  // envelope recipients, bare addresses
  std::string subject;                  // decoded, for listings
  std::string message;                  // the complete RFC 5322 message
  std::string sha256;                   // hex digest of `message`
  MailStatus status = MailStatus::kQueued;
  std::int64_t attempts = 0;
  std::string last_error;
  Instant created_at;
  std::optional<Instant> last_attempt_at;
  std::optional<Instant> lease_until;
  std::optional<Instant> sent_at;
};

}  // namespace duecall::app
