// A ContactOutcome is what came of a right-party contact, as the operator reports it:
// the debtor promised to pay, agreed a plan, a settlement or an extension, disputed the
// debt, refused to pay, asked to be called back at an agreed time, said the debt is
// already paid, or reported hardship. Only a conversation with the debtor has an outcome;
// a callback carries its agreed time, which lies after the contact.
//
// check_outcome_report is the one place these rules live; the store's checks repeat them
// so that no row can break them whatever writes it. Every refusal names its rule in a
// sentence-like code (outcome_requires_right_party_contact, ...) followed by the detail.
#pragma once

#include <optional>
#include <string_view>

#include "core/instant.hpp"
#include "core/result.hpp"

namespace duecall::domain {

enum class ContactOutcome {
  kPromise,
  kPlan,
  kSettlement,
  kExtension,
  kDispute,
  kRefusal,
  kCallback,
  kAlreadyPaid,
  kHardship
};

inline constexpr ContactOutcome kAllContactOutcomes[] = {
    ContactOutcome::kPromise,   ContactOutcome::kPlan,        ContactOutcome::kSettlement,
    ContactOutcome::kExtension, ContactOutcome::kDispute,     ContactOutcome::kRefusal,
    ContactOutcome::kCallback,  ContactOutcome::kAlreadyPaid, ContactOutcome::kHardship};

// The stored and command-line names: "promise", ..., "already_paid", "hardship".
std::string_view contact_outcome_name(ContactOutcome outcome);
Result<ContactOutcome> parse_contact_outcome(std::string_view name);

// Returns true iff the outcome records an agreement on paying (promise, plan, settlement,
// extension), whose terms are made with `agreement add`.
bool outcome_is_agreement(ContactOutcome outcome);

// What an operator reports about one contact, as far as the outcome rules look at it.
struct OutcomeReport {
  bool right_party_contact = false;
  std::optional<ContactOutcome> outcome;
  std::optional<Instant> callback_at;
  Instant occurred_at;
};

// kInvalidArgument unless: an outcome comes only with a right-party contact; a callback
// outcome has a callback time and nothing else has one; the callback time lies after the
// contact.
Status check_outcome_report(const OutcomeReport& report);

}  // namespace duecall::domain
