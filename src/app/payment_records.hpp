// The stored side of payment posting: a bank statement entry as the store keeps it, what
// it was allocated to, and the to-do items that payments (and later other work) create.
//
// Idempotence: a payment is unique by the bank's entry reference across the whole
// installation (the agency's collection accounts are its own, so one bank's entry
// references never meet another client's). Inserting an entry reference that is already
// stored inserts nothing and reports a duplicate, also when two imports race.
//
// Balances: a claim's principal, interest and fees stay as the client placed them; what is
// still open is those minus the allocations to the claim, so that a re-import of the claim
// file can never undo a payment (docs/payments.md).
#pragma once

#include <optional>
#include <string>

#include "core/civil_date.hpp"
#include "core/ids.hpp"
#include "core/instant.hpp"
#include "core/money.hpp"
#include "domain/payment.hpp"
#include "domain/policy.hpp"

namespace duecall {
// Declared here rather than in core/ids.hpp because only payment posting and the to-do
// list use them; they are ordinary distinct ids all the same.
using PaymentId = Id<struct PaymentTag>;
using TodoId = Id<struct TodoTag>;
}  // namespace duecall

namespace duecall::app {

// What became of a stored payment.
enum class PaymentOutcome { kPosted, kUnmatched };
std::string_view payment_outcome_name(PaymentOutcome outcome);

struct PaymentRecord {
  PaymentId id;
  domain::Payment payment;
  std::optional<ClientId> client_id;
  std::optional<ClaimId> matched_claim_id;
  std::optional<CaseId> case_id;
  PaymentOutcome outcome = PaymentOutcome::kUnmatched;
  std::int64_t held_minor = 0;  // the part no open balance took (overpayment)
  std::string file_name;
  Instant imported_at;
};

struct PaymentAllocationRecord {
  PaymentId payment_id;
  ClaimId claim_id;
  domain::BalanceBucket bucket = domain::BalanceBucket::kPrincipal;
  std::int64_t amount_minor = 0;
};

// One to-do item: work a person must do. Payment posting creates kind "unmatched_payment";
// the to-do list reuses the table for broken promises, callbacks and approvals.
struct TodoItemRecord {
  TodoId id;
  std::string kind;
  std::optional<CaseId> case_id;
  std::optional<std::string> claim_ref;
  std::optional<Money> amount;
  std::optional<std::string> operator_login;
  std::optional<Instant> due_at;
  Instant created_at;
  std::optional<Instant> done_at;
  std::optional<std::string> done_outcome;
  std::string payload;  // JSON object with the kind's details
};

inline constexpr const char* kTodoUnmatchedPayment = "unmatched_payment";
inline constexpr const char* kTodoBrokenAgreement = "broken_agreement";
inline constexpr const char* kTodoApproval = "approval";

// A to-do item as listed: with the code of the client whose case it is about, when any.
struct ListedTodoItem {
  TodoItemRecord item;
  std::optional<std::string> client_code;
};

// Which to-do items to list: open ones only unless done ones are asked for too; of one
// operator, or all.
struct TodoQuery {
  std::optional<std::string> operator_login;
  bool include_done = false;
};
// Created by a contact's outcome (contact_log.hpp): call the debtor back at the agreed
// time; review a debt the debtor disputed; check a payment the debtor says was made;
// review a debtor's reported hardship.
inline constexpr const char* kTodoCallback = "callback";
inline constexpr const char* kTodoDisputeReview = "dispute_review";
inline constexpr const char* kTodoPaymentCheck = "payment_check";
inline constexpr const char* kTodoHardshipReview = "hardship_review";

}  // namespace duecall::app
