// The operators' work queue (`duecall queue next|release|stats`). It hands out the due
// calls that the strategy run wrote (strategy_run.hpp), best rank first
// (queue/queue_rank.hpp), one at a time under a lease:
//
//   - only an enabled operator or supervisor takes work;
//   - the compliance gate is asked again at the moment of handing out; a call it now
//     refuses is not handed out, and its due action records the new answer so that
//     nobody is offered it until then;
//   - the lease makes the case invisible to every other operator until it expires or is
//     released; an expired lease returns the case to the queue. Two operators asking at
//     once never get the same case: candidates are locked while one is chosen (SKIP LOCKED
//     on PostgreSQL, the single writer on SQLite) and the lease is taken with a conditional
//     update;
//   - a contact logged on the case's channel completes the due action (contact_log.hpp);
//     the next strategy run decides what follows.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "app/case_evaluation.hpp"
#include "app/ports.hpp"

namespace duecall::app {

inline constexpr std::chrono::minutes kDefaultLease{10};

struct WorkRequest {
  std::string operator_login;
  std::optional<std::string> client_code;  // none: any client
  std::chrono::minutes lease = kDefaultLease;
};

struct WorkItem {
  DueAction action;  // with the lease taken
  domain::Client client;
  domain::Debtor debtor;
  std::vector<domain::Claim> open_claims;
  Money total_due;
  GateAnswer gate;  // the gate's answer at the moment of handing out (allowed)
};

// Nothing when no call may be handed out now.
Result<std::optional<WorkItem>> next_work_item(Store& store, const Clock& clock,
                                               const WorkRequest& request);

// Gives up the operator's lease on the case of `claim_ref`; false when it held none.
Result<bool> release_work_item(Store& store, const std::string& operator_login,
                               const std::string& client_code, const std::string& claim_ref);

Result<QueueCounts> queue_stats(Store& store, const Clock& clock,
                                const std::optional<std::string>& client_code);

}  // namespace duecall::app
