// A work item as `queue next --json` and the HTTP API print it: case_id, client,
// debtor_ref, debtor_name, claims, total_due, step, channel, attempt, attempts, due_at,
// deadline, lease_until, rank {tier, score, why}. Keys are only ever added, never renamed.
#pragma once

#include <nlohmann/json.hpp>

#include "app/work_queue.hpp"

namespace duecall::app {

nlohmann::json work_item_json(const WorkItem& item);

}  // namespace duecall::app
