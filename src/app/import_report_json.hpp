// What `import claims --json`, `payments import --json` and the upload routes of the HTTP
// API print about a file taken in. Field names are a contract for scripts and the web UI:
//   claims    {"rows", "imported", "updated", "unchanged", "rejected", "cases_created",
//              "rejects": [{"line", "column", "reason"}], "warnings": [same]}
//   payments  {"entries", "posted", "duplicates", "unmatched"}
#pragma once

#include <nlohmann/json.hpp>

#include "app/import_claims.hpp"
#include "app/import_payments.hpp"

namespace duecall::app {

nlohmann::json claim_import_report_json(const ImportReport& report);
nlohmann::json payment_import_report_json(const PaymentImportReport& report);

}  // namespace duecall::app
