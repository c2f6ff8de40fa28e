// The JSON that `contact log --json`, `mail flush --json` and the HTTP API print: a recorded contact with
// its outcome, minutes and the work it created, and the state of a queued or sent mail.
// Field names are a contract for scripts (docs/contacts.md).
#pragma once

#include <nlohmann/json.hpp>

#include <optional>

#include "app/contact_log.hpp"
#include "app/mail_outbox.hpp"

namespace duecall::app {

// {"id", "status", "message_id", "recipients", "subject", "attempts", "error", "sent_at"}
nlohmann::json mail_json(const OutboxMail& mail);
// {"id", "claim", "channel", "to", "result", "abandoned", "occurred_at", "actor", "operator",
//  "outcome", "callback_at", "minutes", "todo_items", "hold", "mail"}; `attempt` is the
// send right after recording, when there was one.
nlohmann::json logged_contact_json(const LoggedContact& logged, const std::string& claim_ref,
                                   const std::optional<MailAttempt>& attempt);

}  // namespace duecall::app
