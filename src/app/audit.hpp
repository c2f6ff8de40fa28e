// verify_audit walks every case's timeline in order and checks its hash chain: sequence
// numbers without gaps, each event linked to its predecessor's hash, and each stored hash
// matching the event's content. It reports the first broken event of the first broken
// case by id, so an auditor can go straight to it.
#pragma once

#include <optional>
#include <string>

#include "app/ports.hpp"

namespace duecall::app {

struct BrokenEvent {
  EventId event_id;
  CaseId case_id;
  std::int64_t seq = 0;
  std::string reason;
};

struct AuditReport {
  std::int64_t cases_checked = 0;
  std::int64_t events_checked = 0;
  std::optional<BrokenEvent> first_broken;
  std::int64_t broken_cases = 0;
};

Result<AuditReport> verify_audit(Store& store);

}  // namespace duecall::app
