// Records one contact attempt about a claim, as an operator reports it (`contact log`)
// until the dialler records its own: the attempt goes into the contacts that the attempt
// caps, conversation pauses and abandoned-call gaps count, and onto the case timeline,
// in one transaction. The address is the one the channel reaches the debtor at
// (debtor_reach.hpp); the instant defaults to the clock's now and may be any instant, so
// that past attempts can be entered.
//
// A right-party contact may carry an outcome (domain/contact_outcome.hpp, whose rules are
// checked before anything is written), and any contact may carry minutes. Some outcomes
// create work in the same transaction: callback a to-do item `callback` for the operator,
// due at the callback time; dispute a to-do item `dispute_review` and a dispute hold on
// the claim (unless one stands), so that collection stops until someone reviews it;
// already_paid a `payment_check`; hardship a `hardship_review`.
//
// With `email_minutes_from` set, the minutes are composed for the client's contact persons
// and queued in the mail outbox in the same transaction; sending happens after commit
// (mail_outbox.hpp), so a mail server being down never loses the contact. A client without
// contact persons is refused before anything is written.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/ports.hpp"
#include "domain/email_address.hpp"

namespace duecall::app {

struct ContactLogInput {
  std::string client_code;
  std::string claim_ref;
  compliance::Channel channel = compliance::Channel::call;
  compliance::ContactResult result = compliance::ContactResult::no_answer;
  bool abandoned = false;
  std::optional<Instant> at;  // none: now
  std::string actor;          // who entered it, when no operator is named
  // An enabled operator or supervisor who made the contact; the contact's actor becomes
  // their login, so that work is counted per operator.
  std::optional<std::string> operator_login;
  std::optional<domain::ContactOutcome> outcome;
  std::optional<Instant> callback_at;
  domain::ContactMinutes minutes;
  std::optional<domain::Mailbox> email_minutes_from;  // none: minutes are not e-mailed
};

// What recording the contact did: the contact, the work its outcome created, and the
// minutes mail it queued.
struct LoggedContact {
  ContactRecord contact;
  std::vector<TodoItemRecord> todo_items;
  std::optional<HoldRecord> hold;
  std::optional<OutboxMail> mail;
};

Result<LoggedContact> log_contact(Store& store, const Clock& clock, const ContactLogInput& input);

}  // namespace duecall::app
