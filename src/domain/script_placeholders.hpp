// The placeholder catalogue: the fixed list of facts a call script may name in braces, each
// with the way its value is written. A script that names anything else is refused when it
// is saved, so an operator never reads a raw "{debtor.nmae}" to a debtor. The catalogue is
// documented for script authors in docs/scripts.md; a test keeps the two in step.
//
// Deliberately absent: the client's settlement floor and anything else that is a limit for
// the operator's negotiation rather than something to say to the debtor, and counts of
// claims, whose nouns would need grammatical number the template language does not have.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace duecall::domain {

enum class Placeholder {
  kDebtorName,
  kDebtorFirstName,
  kDebtorRef,
  kClientName,
  kCaseTotalDue,
  kCasePrincipal,
  kCaseInterest,
  kCaseFees,
  kClaimRefs,
  kClaimOldestDueDate,
  kDaysPastDue,
  kDeadline,
  kToday,
  kAgencyName,
  kAgencyRecordingRetention,
  kOperatorName,
  kPolicyMinInstalment,
  kPolicyMaxInstalments,
  kPolicyMaxTerm,
};

// How a placeholder's value is written (see core/value_formatter.hpp).
enum class PlaceholderFormat { kText, kMoney, kDate, kDays, kMonths, kInteger, kList };

struct PlaceholderInfo {
  Placeholder id;
  std::string_view name;  // as written in braces
  PlaceholderFormat format;
  std::string_view meaning;
};

// Every placeholder, in the order docs/scripts.md lists them.
std::span<const PlaceholderInfo> placeholder_catalogue();
std::optional<Placeholder> find_placeholder(std::string_view name);
const PlaceholderInfo& placeholder_info(Placeholder id);
// The known name closest to `name` when it is a likely typo (at most two edits away).
std::optional<std::string_view> closest_placeholder(std::string_view name);

}  // namespace duecall::domain
