// CaseState is everything the ladder engine needs to know about one case, as a plain value:
// the facts that choose a segment (debtor type, open claims), where the case stands on the
// ladder (segment, step, when it entered the step, attempts made there), the agreement,
// the written notice, and whether the case has left the ladder. The app layer builds it
// from the store; the engine never reads anything else.
//
// Invariants kept by `advance` (advance.hpp), which is the only intended way to change a
// CaseState once the case is on the ladder:
//   - step_index never decreases;
//   - attempt instants are in time order and not before step_started_at;
//   - a case that has left the ladder (paid, recalled, handed over, returned) stays out.
// A hand-built CaseState that breaks them is refused by the engine with FailedPrecondition
// or InvalidArgument, never asserted on: it comes from storage.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.hpp"
#include "core/instant.hpp"
#include "core/money.hpp"
#include "domain/debtor.hpp"

namespace duecall::strategy {

// One open claim of the case, as far as the strategy cares.
struct ClaimFacts {
  std::string claim_type;  // the client's own free text
  Money balance;           // the open total (principal + interest + fees)
  CivilDate due_date;
  std::optional<CivilDate> reminder_sent_on;
};

enum class AgreementStatus { none, active, broken };

struct Agreement {
  AgreementStatus status = AgreementStatus::none;
  std::optional<Instant> made_at;
  std::optional<Instant> broken_at;
  std::optional<std::size_t> resume_step;  // where the ladder resumed after the break
};

// Whether the case may be registered with a credit bureau at all (a client's policy or the
// kind of claim may forbid it). A bureau step of a case that may not be registered is
// skipped: it is exhausted the moment the case reaches it.
enum class BureauRegistration { allowed, not_allowed };

struct CaseState {
  // Facts.
  Instant intake_at;
  domain::DebtorKind debtor_kind = domain::DebtorKind::kPerson;
  std::vector<ClaimFacts> claims;                     // the open claims; all in one currency
  std::string debtor_time_zone = "Europe/Ljubljana";  // IANA name
  int bureau_notice_days = 10;  // the jurisdiction's N: notice at least N days before bureau
  BureauRegistration bureau_registration = BureauRegistration::allowed;

  // Position on the ladder.
  std::string segment;  // empty until pinned: chosen from the totals, then kept
  std::size_t step_index = 0;
  std::optional<Instant> step_started_at;  // empty: intake_at
  std::vector<Instant> attempts;           // attempts made on the current step

  // Events.
  Agreement agreement;
  std::optional<Instant> notice_sent_at;  // the first written notice
  std::optional<Instant> paid_at;
  std::optional<Instant> recalled_at;
  std::optional<Instant> handed_over_at;
  std::optional<Instant> returned_to_client_at;

  Instant step_start() const { return step_started_at.value_or(intake_at); }
  // Returns true iff the case has left the ladder for good.
  bool has_left_ladder() const {
    return paid_at || recalled_at || handed_over_at || returned_to_client_at;
  }
};

}  // namespace duecall::strategy
