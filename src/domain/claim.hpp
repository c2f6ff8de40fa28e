// Claim is one overdue receivable as the client placed it: the client's reference (unique
// per client), a free-text type in the client's own words, the balance in three buckets,
// the due date and the day the creditor's own written reminder went out.
// Invariants: all buckets share the claim's currency and are not negative; the reminder,
// when known, is not before the due date.
#pragma once

#include <optional>
#include <string>

#include "core/civil_date.hpp"
#include "core/ids.hpp"
#include "core/money.hpp"

namespace duecall::domain {

enum class ClaimStatus { kOpen, kPaid, kRecalled };
std::string_view claim_status_name(ClaimStatus status);
Result<ClaimStatus> parse_claim_status(std::string_view text);

struct Balance {
  Money principal;
  Money interest;
  Money fees;
  // REQUIRES: the three buckets share a currency; their sum fits in int64 (guaranteed by
  // validation, which bounds each bucket).
  Money total() const;
  bool operator==(const Balance&) const = default;
};

struct Claim {
  ClaimId id;
  ClientId client_id;
  CaseId case_id;
  DebtorId debtor_id;
  std::string client_ref;
  std::string claim_type;
  Balance balance;
  CivilDate due_date;
  std::optional<CivilDate> reminder_sent_on;
  ClaimStatus status = ClaimStatus::kOpen;

  Currency currency() const { return balance.principal.currency(); }
  // Returns true iff the fields a creditor file sets are equal (ids and status aside).
  bool same_terms_as(const Claim& other) const;
};

}  // namespace duecall::domain
