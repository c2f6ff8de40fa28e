#include "domain/script_placeholders.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "core/check.hpp"

namespace duecall::domain {
namespace {

using enum PlaceholderFormat;

constexpr std::array<PlaceholderInfo, 19> kCatalogue = {{
    {Placeholder::kDebtorName, "debtor.name", kText,
     "the debtor's full name as the creditor gave it"},
    {Placeholder::kDebtorFirstName, "debtor.first_name", kText,
     "a person's given name: the first word of a name of two or more words; unknown for a "
     "company"},
    {Placeholder::kDebtorRef, "debtor.ref", kText,
     "the creditor's reference for the debtor (customer number)"},
    {Placeholder::kClientName, "client.name", kText, "the creditor's name"},
    {Placeholder::kCaseTotalDue, "case.total_due", kMoney,
     "what the debtor owes on the case: every open claim, all buckets"},
    {Placeholder::kCasePrincipal, "case.principal", kMoney, "the principal of the open claims"},
    {Placeholder::kCaseInterest, "case.interest", kMoney, "the interest of the open claims"},
    {Placeholder::kCaseFees, "case.fees", kMoney, "the fees of the open claims"},
    {Placeholder::kClaimRefs, "claim.refs", kList,
     "the creditor's references of the open claims, as a list (\"A-1, A-2 in A-3\")"},
    {Placeholder::kClaimOldestDueDate, "claim.oldest_due_date", kDate,
     "the earliest due date among the open claims"},
    {Placeholder::kDaysPastDue, "days_past_due", kDays,
     "days from the earliest due date to today, with the unit (\"45 dni\", \"45 days\")"},
    {Placeholder::kDeadline, "deadline", kDate,
     "the payment deadline: today plus the script's deadline days, moved to Monday when it "
     "falls on a weekend"},
    {Placeholder::kToday, "today", kDate, "the date of the call in the client's time zone"},
    {Placeholder::kAgencyName, "agency.name", kText, "the collection agency's name"},
    {Placeholder::kAgencyRecordingRetention, "agency.recording_retention", kMonths,
     "how long the agency keeps call recordings, with the unit (\"24 mesecev\")"},
    {Placeholder::kOperatorName, "operator.name", kText, "the name the operator gives"},
    {Placeholder::kPolicyMinInstalment, "policy.min_instalment", kMoney,
     "the smallest instalment the client accepts"},
    {Placeholder::kPolicyMaxInstalments, "policy.max_instalments", kInteger,
     "the largest number of instalments the client accepts"},
    {Placeholder::kPolicyMaxTerm, "policy.max_term", kDays,
     "how far ahead the last payment of an agreement may be, with the unit (\"180 dni\")"},
}};

// Levenshtein distance, for suggesting the name an author probably meant.
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

std::span<const PlaceholderInfo> placeholder_catalogue() {
  return kCatalogue;
}

std::optional<Placeholder> find_placeholder(std::string_view name) {
  for (const auto& info : kCatalogue) {
    if (info.name == name) return info.id;
  }
  return std::nullopt;
}

const PlaceholderInfo& placeholder_info(Placeholder id) {
  for (const auto& info : kCatalogue) {
    if (info.id == id) return info;
  }
  DC_VERIFY(false, "every Placeholder has a catalogue entry");
  return kCatalogue[0];
}

std::optional<std::string_view> closest_placeholder(std::string_view name) {
  std::optional<std::string_view> best;
  std::size_t best_distance = 3;
  for (const auto& info : kCatalogue) {
    std::size_t distance = edit_distance(name, info.name);
    if (distance < best_distance) {
      best = info.name;
      best_distance = distance;
    }
  }
  return best;
}

}  // namespace duecall::domain
