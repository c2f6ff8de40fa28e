// One case of a case list as GET /api/cases prints it: {"client", "debtor_ref", "name",
// "stage", "next_action": {"step", "channel", "due_at"} or null, "open": [{"minor",
// "currency"}, one per currency], "claims": number of claims}. The web UI relies on the names.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "app/case_list.hpp"

namespace duecall::app {

nlohmann::json case_summary_json(const std::string& client_code, const CaseSummary& summary);

}  // namespace duecall::app
