#include "app/audit.hpp"

namespace duecall::app {

Result<AuditReport> verify_audit(Store& store) {
  auto transaction = TRY(store.begin());
  AuditReport report;
  std::optional<domain::ChainVerifier> verifier;
  CaseId current_case;
  bool current_broken = false;
  TRY(transaction->scan_timeline([&](const domain::TimelineEvent& event) -> Status {
    if (!verifier || event.case_id != current_case) {
      verifier.emplace(event.case_id);
      current_case = event.case_id;
      current_broken = false;
      ++report.cases_checked;
    }
    ++report.events_checked;
    if (current_broken) return Ok{};  // one finding per case: later events follow from it
    if (auto why = verifier->feed(event)) {
      current_broken = true;
      ++report.broken_cases;
      if (!report.first_broken) {
        report.first_broken = BrokenEvent{event.id, event.case_id, event.seq, *why};
      }
    }
    return Ok{};
  }));
  TRY(transaction->commit());
  return report;
}

}  // namespace duecall::app
