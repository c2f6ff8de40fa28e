// The e-mail that carries a contact's minutes to the client's contact persons, composed as
// a complete RFC 5322 message so that a third person understands the contact without
// duecall at hand: the client, the claim, the debtor, when (in the client's time zone),
// the operator, the channel and result, the outcome with its callback time or agreement,
// who was spoken with, and the summary and notes.
//
// Language: Slovenian when the client's policy language is Slovenian, English otherwise.
// Encoding: headers are ASCII, with any other text as RFC 2047 UTF-8 encoded words; the
// body is text/plain in UTF-8 with base64 transfer encoding in 76-character lines, so that
// č, š and ž survive every relay; every line ends in CRLF.
//
// Pure: the date, the message id and every fact come in; nothing is read from the world.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/ids.hpp"
#include "core/instant.hpp"
#include "core/result.hpp"
#include "domain/contact_minutes.hpp"
#include "domain/contact_outcome.hpp"
#include "domain/email_address.hpp"

namespace duecall::app {

struct MinutesMailFacts {
  domain::Mailbox from;
  std::vector<domain::Mailbox> to;  // at least one
  std::string message_id;           // without angle brackets: "local@domain"
  Instant date;
  std::string language;   // the client's policy language ("sl", "en", ...)
  std::string time_zone;  // the client's IANA zone, for the times shown
  std::string client_code;
  std::string client_name;
  std::string claim_ref;
  std::string debtor_ref;
  std::string debtor_name;
  ContactId contact_id;
  Instant occurred_at;
  std::string operator_login;  // who made the contact ("cli" when entered without one)
  std::string channel;         // compliance::channel_name
  std::string result;          // compliance::contact_result_name
  std::optional<domain::ContactOutcome> outcome;
  std::optional<Instant> callback_at;
  std::string agreement;  // the claim's open agreement in words; empty when none
  domain::ContactMinutes minutes;
};

struct ComposedMail {
  std::string subject;  // decoded
  std::string body;     // decoded, LF line ends
  std::string message;  // the complete RFC 5322 message
};

// kInvalidArgument without recipients or with a time zone that is not known.
Result<ComposedMail> compose_minutes_mail(const MinutesMailFacts& facts);

// An RFC 5322 date ("Mon, 23 Nov 2026 10:00:00 +0000"), in UTC.
std::string rfc5322_date(Instant instant);

}  // namespace duecall::app
