// The records the store keeps for the compliance gate, beside the case itself:
//
//   - HoldRecord: a hold on a debtor's whole case (no claim) or on one claim. A hold is in
//     force from `placed_at` until `lifted_at`; rows are never deleted, so the record shows
//     every period in which contact was forbidden.
//   - DoNotCallEntry: a phone number (E.164) that must not be called or texted, whoever's
//     debtor it belongs to. Removing a number deletes its entry; the case timelines keep
//     the history.
//   - ContactRecord: one contact attempt about a case or one of its claims, which attempt
//     caps, conversation pauses and abandoned-call gaps count; a right-party contact may
//     carry an outcome (domain/contact_outcome.hpp), and any contact minutes
//     (domain/contact_minutes.hpp).
//
// Holds are stored under short codes (dispute, cease, deceased, insolvency, lawyer) that
// the command line also uses; compliance::HoldKind is what the gate reads.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "compliance/channel.hpp"
#include "compliance/contact_request.hpp"
#include "compliance/hold.hpp"
#include "core/ids.hpp"
#include "core/instant.hpp"
#include "core/result.hpp"
#include "domain/contact_minutes.hpp"
#include "domain/contact_outcome.hpp"

namespace duecall::app {

struct HoldRecord {
  HoldId id;
  CaseId case_id;
  std::optional<ClaimId> claim_id;  // none: the hold covers every claim of the case
  compliance::HoldKind kind = compliance::HoldKind::dispute;
  std::string note;
  Instant placed_at;
  std::optional<Instant> lifted_at;
  std::string placed_by;

  // Returns true iff nobody has lifted the hold yet.
  bool standing() const { return !lifted_at.has_value(); }
  // Returns true iff the hold binds contact about `claim` (a case-wide hold binds every claim).
  bool covers(ClaimId claim) const { return !claim_id || *claim_id == claim; }
  compliance::Hold to_hold() const { return {kind, placed_at, lifted_at}; }
};

struct DoNotCallEntry {
  std::string number;  // E.164
  std::string reason;
  Instant added_at;
};

struct ContactRecord {
  ContactId id;
  CaseId case_id;
  std::optional<ClaimId> claim_id;  // none: a contact about the case as a whole
  compliance::Channel channel = compliance::Channel::call;
  std::string to_address;  // E.164 number or e-mail address; empty when not known
  compliance::ContactResult result = compliance::ContactResult::no_answer;
  bool abandoned = false;
  Instant occurred_at;
  std::string actor;  // the operator's login when one was named, else who entered it
  std::optional<domain::ContactOutcome> outcome;  // right-party contacts only
  std::optional<Instant> callback_at;             // iff the outcome is callback
  std::optional<std::string> operator_login;      // the enabled user who made the contact
  domain::ContactMinutes minutes;                 // empty: none written

  compliance::PastContact to_past_contact() const;
};

// The stored and command-line code of a hold kind ("cease" for cease_contact, "lawyer"
// for represented_by_lawyer), and its inverse.
std::string_view hold_code(compliance::HoldKind kind);
Result<compliance::HoldKind> parse_hold_code(std::string_view code);

}  // namespace duecall::app
