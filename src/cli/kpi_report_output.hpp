// The three forms `duecall report kpi` prints a KPI report in (JSON from app/kpi_report_json); docs/kpi.md is their
// reference and scripts rely on the names.
//
//   JSON  {"from", "to", "time_zone", "by", "client", "rows": [...], "totals": {...}}; each
//         row has its key under the name of the grouping ("operator": login, "client",
//         "day", "shift"; null for the keyless row) and the figures; money is a list of
//         {"minor", "currency"}, one per currency; rates are percent strings with two
//         decimals ("66.67") or null.
//   CSV   RFC 4180 (CRLF, fields quoted when needed): a header row, then one row per group;
//         money in one column per currency that occurs ("promised_minor_EUR"); empty
//         fields where JSON has null.
//   text  an aligned table for people, with a totals line; "—" where JSON has null.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "app/kpi_report.hpp"
#include "app/kpi_report_json.hpp"

namespace duecall::cli {

std::string kpi_report_csv(const app::KpiReportResult& result);
std::string kpi_report_text(const app::KpiReportResult& result);

}  // namespace duecall::cli
