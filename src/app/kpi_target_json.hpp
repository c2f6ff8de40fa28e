// One KPI target as `target list --json` and GET /api/kpi/targets print it:
// {"scope": "client"|"team", "name", "calls_per_day", "agreements_per_day", "set_at",
// "set_by"}.
#pragma once

#include <nlohmann/json.hpp>

#include "app/kpi_targets.hpp"

namespace duecall::app {

nlohmann::json kpi_target_json(const KpiTargetRecord& record);

}  // namespace duecall::app
