// A KPI report as JSON, as `report kpi --json` and GET /api/kpi print it (docs/kpi.md):
// {"from", "to", "time_zone", "by", "client", "rows": [...], "totals": {...}}; each row has
// its key under the name of the grouping ("operator": login, "client", "day", "shift"; null
// for the keyless row) and the figures; money is a list of {"minor", "currency"}, one per
// currency; rates are percent strings with two decimals ("66.67") or null. Scripts and the
// web UI rely on the names.
#pragma once

#include <nlohmann/json.hpp>

#include "app/kpi_report.hpp"

namespace duecall::app {

nlohmann::json kpi_report_json(const KpiReportResult& result);

}  // namespace duecall::app
