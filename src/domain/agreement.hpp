// An Agreement is what an operator agreed with a debtor about one claim: a promise to pay
// an amount by a date, an instalment plan (a chain of promises), a settlement (a discounted
// lump sum), an extension (the whole balance by a later date) or reduced interest. Its
// terms carry the schedule of payments the debtor promised, as dated amounts in the
// claim's currency; the promise monitor compares payments against that schedule.
//
// Invariants (guaranteed by the make_* builders, which are the only way terms are made
// from outside input): every scheduled amount is positive and in one currency; due dates
// are strictly increasing and not before the day the agreement is made; a promise, a
// settlement and an extension schedule exactly one payment, a plan two or more, reduced
// interest none (it changes what is owed, not when).
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string_view>
#include <vector>

#include "core/civil_date.hpp"
#include "core/ids.hpp"
#include "core/money.hpp"
#include "core/result.hpp"

namespace duecall {
// Beside the ids of core/ids.hpp; declared here because only agreement code names it.
using AgreementId = Id<struct AgreementTag>;
}  // namespace duecall

namespace duecall::domain {

// Timeline event kinds of agreement changes, beside those of timeline.hpp.
namespace event_kind {
inline constexpr std::string_view kAgreementMade = "agreement_made";
inline constexpr std::string_view kAgreementPendingApproval = "agreement_pending_approval";
inline constexpr std::string_view kAgreementApproved = "agreement_approved";
inline constexpr std::string_view kAgreementRejected = "agreement_rejected";
inline constexpr std::string_view kAgreementCancelled = "agreement_cancelled";
inline constexpr std::string_view kAgreementKept = "agreement_kept";
inline constexpr std::string_view kAgreementBroken = "agreement_broken";
}  // namespace event_kind

enum class AgreementKind { kPromise, kPlan, kSettlement, kExtension, kReducedInterest };
std::string_view agreement_kind_name(AgreementKind kind);  // "promise", "plan", ...
Result<AgreementKind> parse_agreement_kind(std::string_view text);

// active: in force, the ladder is paused; pending_approval: outside the client's floors,
// waiting for a supervisor; kept and broken: set by the promise monitor; cancelled: ended
// by an operator, or rejected by a supervisor.
enum class AgreementState { kActive, kPendingApproval, kKept, kBroken, kCancelled };
std::string_view agreement_state_name(AgreementState state);
Result<AgreementState> parse_agreement_state(std::string_view text);
// Returns true iff the agreement may still change: active or waiting for approval.
bool agreement_is_open(AgreementState state);

// How often the instalments of a plan fall due.
enum class Frequency { kWeek, kTwoWeeks, kMonth };
std::string_view frequency_name(Frequency frequency);  // "week", "2weeks", "month"
Result<Frequency> parse_frequency(std::string_view text);

struct ExpectedPayment {
  CivilDate due_date;
  Money amount;
  bool operator==(const ExpectedPayment&) const = default;
};

struct AgreementTerms {
  AgreementKind kind = AgreementKind::kPromise;
  std::vector<ExpectedPayment> schedule;
  std::optional<Frequency> every;        // plans built from a count and a frequency
  std::optional<Money> interest;         // reduced interest: the new interest amount
  std::optional<Money> interest_before;  // reduced interest: the claim's interest when agreed
  std::optional<Money> balance;          // the open balance of the claim when agreed

  // The date of the last scheduled payment; none for reduced interest.
  std::optional<CivilDate> last_due_date() const;
  // The sum of the schedule. REQUIRES: the schedule is not empty.
  Result<Money> scheduled_total() const;
  bool operator==(const AgreementTerms&) const = default;
};

// The builders check the terms themselves (not the client's floors: see policy_check.hpp).
// `today` is the day the agreement is made, in the client's time zone; `balance` is the
// claim's open balance.
Result<AgreementTerms> make_promise(Money amount, CivilDate date, CivilDate today);
// A plan of `count` instalments that together pay `total`: equal amounts, the last one
// taking the remainder of the division (100.00 in 3: 33.33, 33.33, 33.34).
Result<AgreementTerms> make_equal_plan(Money total, int count, CivilDate first, Frequency every,
                                       CivilDate today);
// A plan of the given amounts, the first on `first`, then one per `every`.
Result<AgreementTerms> make_plan_of_amounts(const std::vector<Money>& amounts, CivilDate first,
                                            Frequency every, CivilDate today);
Result<AgreementTerms> make_settlement(Money amount, CivilDate date, Money balance,
                                       CivilDate today);
// The whole open balance by `new_date`.
Result<AgreementTerms> make_extension(CivilDate new_date, Money balance, CivilDate today);
// `current_interest` is the claim's interest bucket; the new amount must be lower.
Result<AgreementTerms> make_reduced_interest(Money new_interest, Money current_interest,
                                             Money balance);

// The n-th due date (n from 0) of a series starting on `first`. Monthly dates keep the
// first date's day of month where the month has it, else the month's last day.
CivilDate nth_due_date(CivilDate first, Frequency every, int n);

// The terms as stored and listed: {"amount", "date"} for a promise, and so on. The schedule
// is listed separately.
nlohmann::json terms_to_json(const AgreementTerms& terms);
// Rebuilds terms from their stored parts; a malformed document is kDataLoss.
Result<AgreementTerms> terms_from_json(AgreementKind kind, const nlohmann::json& document,
                                       std::vector<ExpectedPayment> schedule, Currency currency);

}  // namespace duecall::domain
