// The floor view as GET /api/floor answers it and the /api/live feed pushes it (the feed
// adds "type": "floor"): {"at", "operators": [{"login", "name", "team", "state", "since",
// "case": {"client", "ref"} | null, "calls_today", "rpc_today", "promises_today"}],
// "kpi_today": the KPI report's totals as `report kpi --json` prints them, "targets": as
// `target list --json`, "hourly": [{"hour": "08", "calls", "rpc", "promises"}]}.
// Keys are only ever added, never renamed.
#pragma once

#include <nlohmann/json.hpp>

#include "app/floor.hpp"

namespace duecall::app {

nlohmann::json floor_json(const FloorView& view);

}  // namespace duecall::app
