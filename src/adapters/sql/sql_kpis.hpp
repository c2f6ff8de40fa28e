// The SQL side of the KPI report (app/kpi_records.hpp): the facts of a period, summed in
// the database, and KPI targets per client and team, over either driver. The same
// statements serve both dialects.
//
// Sums are grouped by whole UTC minutes (integer division of the microsecond columns), so a
// period of a million contacts comes back as at most one row per operator, client and
// minute. Rows are checked on the way out: an unknown kind, state or currency is reported
// as data loss rather than counted.
#pragma once

#include <vector>

#include "adapters/sql/sql_driver.hpp"
#include "app/kpi_records.hpp"
#include "domain/kpi_facts.hpp"

namespace duecall::adapters::sql_kpis {

Result<domain::KpiFacts> kpi_facts(SqlConnection& db, const app::KpiQuery& query);
Status set_kpi_target(SqlConnection& db, const app::KpiTargetRecord& target);
Result<std::vector<app::KpiTargetRecord>> list_kpi_targets(SqlConnection& db);

}  // namespace duecall::adapters::sql_kpis
