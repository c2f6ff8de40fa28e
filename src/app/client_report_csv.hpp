// The creditor's report (client_report.hpp) as CSV, RFC 4180 (CRLF, fields quoted when
// needed): a header row, one row per month ("2026-11") and a last row "total" for the
// whole period. Money has one column per currency that occurs, in minor units
// ("promised_minor_EUR", "collected_minor_EUR"); rates are percents with two decimals, empty
// where there is nothing to divide. Column names follow `report kpi --csv`.
#pragma once

#include <string>

#include "app/client_report.hpp"

namespace duecall::app {

std::string client_report_csv(const ClientReport& report);

}  // namespace duecall::app
