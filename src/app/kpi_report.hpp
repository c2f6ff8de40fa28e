// The KPI report use case: reads the facts of a period, the shift plan, the targets and the
// users' teams in one store transaction and counts them with domain::compute_kpis. What
// each figure means is in domain/kpi_report.hpp and docs/kpi.md.
//
// The period is in the agency's time zone, the shift plan's (the standard plan's
// Europe/Ljubljana while none is stored). Which target applies to an operator's row: with
// `client_code` given and a target set for that client, the client's; otherwise the target
// of the operator's team, when the operator is a user in a team that has one.
#pragma once

#include <string>

#include "app/ports.hpp"
#include "domain/kpi_report.hpp"

namespace duecall::app {

struct KpiRequest {
  CivilDate from;
  CivilDate to;
  domain::KpiGrouping by = domain::KpiGrouping::kOperator;
  std::string client_code;  // empty: every client
};

struct KpiReportResult {
  domain::KpiPeriod period;
  std::string client_code;  // as requested
  domain::KpiReport report;
};

// kInvalidArgument for a bad period; kNotFound for an unknown client.
Result<KpiReportResult> kpi_report(Store& store, const KpiRequest& request);

}  // namespace duecall::app
