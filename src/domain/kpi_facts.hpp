// KpiFacts are what the KPI report counts, as the store reads them for one period in one
// transaction: calls summed per operator, client and UTC minute; the agreements made or
// ended in the period; the allocations of payments booked in it, summed per client, day,
// currency and the operator they are credited to; the cases taken in, summed per client
// and minute of intake with how many had a first call within 24 hours.
//
// Minute buckets keep the facts small at any volume (a busy operator makes a few hundred
// calls a day, not one per minute of every day) while every wall-clock question the report
// asks — which local day, which shift — still has an exact answer: every zone in use has
// offsets of whole minutes and shifts are whole minutes. The store computes nothing else;
// which day, shift or rate a fact belongs to is decided by kpi_report.hpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.hpp"
#include "core/instant.hpp"
#include "core/money.hpp"
#include "domain/agreement.hpp"

namespace duecall::domain {

// Calls (contacts on channel call) of one operator about one client's cases that began in
// one minute.
struct KpiCallBucket {
  std::string operator_login;  // contacts.actor as recorded
  std::string client_code;
  Instant minute;  // the UTC minute's first instant
  std::int64_t calls = 0;
  std::int64_t right_party = 0;
};

// One agreement made or ended in the period (or both).
struct KpiAgreementFact {
  std::string operator_login;
  std::string client_code;
  AgreementKind kind = AgreementKind::kPromise;
  AgreementState state = AgreementState::kActive;
  Instant created_at;
  std::optional<Instant> activated_at;
  std::optional<Instant> ended_at;
  std::optional<Money> expected;  // the sum of its schedule; none for reduced interest
};

// What the payments booked on one day put on one client's claims in one currency, and
// whose agreement was in force on the claim when each was posted.
struct KpiCollectedFact {
  std::string client_code;
  CivilDate booking_date;
  std::string operator_login;  // empty: no agreement was in force
  Money amount;
};

// Cases of one client taken in during one minute.
struct KpiIntakeBucket {
  std::string client_code;
  Instant minute;
  std::int64_t cases = 0;
  std::int64_t first_call_within_24h = 0;
};

struct KpiFacts {
  std::vector<KpiCallBucket> calls;
  std::vector<KpiAgreementFact> agreements;
  std::vector<KpiCollectedFact> collected;
  std::vector<KpiIntakeBucket> intake;
};

}  // namespace duecall::domain
