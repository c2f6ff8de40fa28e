#include "app/import_report_json.hpp"

namespace duecall::app {

nlohmann::json claim_import_report_json(const ImportReport& report) {
  nlohmann::json rejects = nlohmann::json::array();
  for (const auto& reject : report.rejects) {
    rejects.push_back({{"line", reject.problem.line},
                       {"column", reject.problem.column},
                       {"reason", reject.problem.reason}});
  }
  nlohmann::json warnings = nlohmann::json::array();
  for (const auto& warning : report.warnings) {
    warnings.push_back(
        {{"line", warning.line}, {"column", warning.column}, {"reason", warning.reason}});
  }
  return {{"rows", report.rows},         {"imported", report.imported},
          {"updated", report.updated},   {"unchanged", report.unchanged},
          {"rejected", report.rejected}, {"cases_created", report.cases_created},
          {"rejects", rejects},          {"warnings", warnings}};
}

nlohmann::json payment_import_report_json(const PaymentImportReport& report) {
  return {{"entries", report.entries},
          {"posted", report.posted},
          {"duplicates", report.duplicates},
          {"unmatched", report.unmatched}};
}

}  // namespace duecall::app
