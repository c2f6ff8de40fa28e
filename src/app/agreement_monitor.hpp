// The promise monitor as it runs inside `duecall strategy run`: before a batch of cases is
// evaluated, each active agreement with a schedule is judged (domain/promise_judgement.hpp)
// against the payments posted to its case since it was made, and the kept and broken ones
// end. The batch's facts are updated in place, so that the evaluation that follows resumes
// the ladder of a broken agreement in the same run.
//
// Which payments count: every posted payment to the agreement's case that was imported at or
// after the moment the agreement was made, in full (also a part held as overpayment: the
// debtor paid it), dated by its value date. Earlier payments were already in the balance the
// agreement was made on.
//
// A broken agreement ends as broken and gives the operator who made it a to-do item
// (kind broken_agreement, the claim's client_ref, the shortfall as its amount); a kept one
// ends as kept, and a kept settlement settles its claim (the rest of the balance is waived
// and named on the timeline). Each end is one timeline event. When writing is off (a dry
// run) the judgements are only counted.
#pragma once

#include <string>
#include <vector>

#include "app/ports.hpp"

namespace duecall::app {

struct MonitorTally {
  std::int64_t kept = 0;
  std::int64_t broken = 0;
};

Result<MonitorTally> monitor_agreements(StoreTransaction& transaction, const domain::Client& client,
                                        std::vector<CaseForRun>& batch, Instant now, bool write,
                                        const std::string& actor);

}  // namespace duecall::app
