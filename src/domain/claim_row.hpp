// ClaimRow is one row of a creditor's claim file after validation: the debtor as the row
// describes them and the claim. validate_claim_row() is the whole rule set of intake in one
// place; it is pure, so rows are validated in parallel.
//
// The canonical columns are those of the sample claim file; a mapping file renames them.
// A row is rejected for the first failing column in the file's own column order, with the
// reason. Problems that do not cost the claim (an invalid phone or e-mail) are warnings:
// the claim is kept, the bad contact point is marked invalid or dropped.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/civil_date.hpp"
#include "core/decimal.hpp"
#include "domain/claim.hpp"
#include "domain/debtor.hpp"

namespace duecall::domain {

enum class ClaimColumn {
  kClientRef, kDebtorRef, kDebtorType, kName, kNationalId, kPhone, kEmail, kAddress, kCity,
  kCountry, kClaimType, kCurrency, kPrincipal, kFees, kDueDate, kReminderSentOn, kInterest,
  kPostalCode, kLanguage, kPhone2, kTimeZone,
};
inline constexpr std::size_t kClaimColumnCount = 21;

std::string_view claim_column_name(ClaimColumn column);
std::optional<ClaimColumn> claim_column_from_name(std::string_view name);
// Returns true iff a file without this column cannot be imported at all.
bool claim_column_required(ClaimColumn column);

// The fields of one row by canonical column; a column the file does not have is nullopt.
using RawClaimRow = std::array<std::optional<std::string_view>, kClaimColumnCount>;

struct IntakeRules {
  Currency client_currency;
  CivilDate today;                      // in the client's zone: due dates may not be later
  DecimalFormat decimal;
  std::string date_format = "%Y-%m-%d";
  // The order of the file's columns, used to pick the first failing one: position[c] is the
  // index of canonical column c in the file (columns the file lacks sort last).
  std::array<int, kClaimColumnCount> position{};
};

struct RowIssue {
  ClaimColumn column;
  std::string reason;
};

struct ClaimRow {
  Debtor debtor;  // ids unset
  Claim claim;    // ids unset
  std::vector<RowIssue> warnings;
};

// Validates a row; on failure returns the first failing column and why.
std::variant<ClaimRow, RowIssue> validate_claim_row(const RawClaimRow& raw,
                                                    const IntakeRules& rules);

}  // namespace duecall::domain
