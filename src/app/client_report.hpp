// The creditor's report: one client's KPI figures (domain/kpi_report.hpp, docs/kpi.md) for
// each calendar month of a period, and for the whole period, as the client receives it
// (GET /api/clients/{client}/report, as CSV or PDF). The first and last months are cut to
// the period. Each month is one KPI report by client, so every figure means exactly what it
// means in `report kpi --by client --client CODE` for those days.
#pragma once

#include <string>
#include <vector>

#include "app/ports.hpp"
#include "domain/kpi_report.hpp"

namespace duecall::app {

struct ClientReportMonth {
  std::string month;  // "YYYY-MM"
  CivilDate from;
  CivilDate to;
  domain::KpiFigures figures;
};

struct ClientReport {
  domain::Client client;
  CivilDate from;
  CivilDate to;
  std::string time_zone;  // the agency's, in which the days are counted
  std::vector<ClientReportMonth> months;
  domain::KpiFigures totals;
};

// kInvalidArgument for a period the KPI report refuses (to before from, longer than
// domain::kMaxKpiPeriodDays); kNotFound for an unknown client.
Result<ClientReport> client_report(Store& store, const std::string& client_code, CivilDate from,
                                   CivilDate to);

}  // namespace duecall::app
