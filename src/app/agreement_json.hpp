// The JSON of one agreement as `agreement list --json`, `approvals list --json` and the HTTP
// API print it: {"id", "client", "claim", "kind", "state", "terms", "schedule",
// "outside_floors": [{"floor", "reason"}], "operator", "created_at", "activated_at",
// "decided_by", "decided_at", "decision_reason", "ended_by", "ended_at", "end_reason"};
// instants are ISO 8601, absent ones null. Field names are a contract for scripts and the
// web UI.
#pragma once

#include <nlohmann/json.hpp>

#include "app/agreements.hpp"

namespace duecall::app {

nlohmann::json agreement_json(const ListedAgreement& listed);

}  // namespace duecall::app
