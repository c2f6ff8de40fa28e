#include "app/kpi_report_json.hpp"

#include "domain/money_json.hpp"

namespace duecall::app {
namespace {

using domain::KpiFigures;
using domain::KpiRow;
using domain::MoneyByCurrency;

nlohmann::json text_or_null(const std::optional<std::string>& text) {
  return text ? nlohmann::json(*text) : nlohmann::json(nullptr);
}

nlohmann::json money_json(const MoneyByCurrency& sums) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& [code, money] : sums) out.push_back(domain::money_to_json(money));
  return out;
}

nlohmann::json figures_json(const KpiFigures& figures) {
  nlohmann::json out = {{"calls", figures.calls},
                        {"right_party_contacts", figures.right_party_contacts},
                        {"rpc_rate_percent", text_or_null(figures.rpc_rate().percent())},
                        {"agreements", figures.agreements},
                        {"promises", figures.promises},
                        {"instalment_agreements", figures.plans},
                        {"promised", money_json(figures.promised)},
                        {"kept", figures.kept},
                        {"broken", figures.broken},
                        {"kept_rate_percent", text_or_null(figures.kept_rate().percent())},
                        {"collected", nullptr},
                        {"cases_taken_in", nullptr},
                        {"first_attempt_within_24h", nullptr},
                        {"first_attempt_within_24h_percent", nullptr}};
  if (figures.collected) out["collected"] = money_json(*figures.collected);
  if (const auto& first = figures.first_attempt_within_24h) {
    out["cases_taken_in"] = first->denominator;
    out["first_attempt_within_24h"] = first->numerator;
    out["first_attempt_within_24h_percent"] = text_or_null(first->percent());
  }
  return out;
}

nlohmann::json optional_bool(const std::optional<bool>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

void add_target_json(nlohmann::json& row, const domain::TargetCheck& check) {
  row["working_days"] = check.working_days;
  row["calls_per_day"] = text_or_null(check.calls_per_day.ratio());
  row["agreements_per_day"] = text_or_null(check.agreements_per_day.ratio());
  row["target"] = nullptr;
  if (check.target) {
    row["target"] = {{"scope", check.target->scope},
                     {"name", check.target->name},
                     {"calls_per_day", check.target->target.calls_per_day},
                     {"agreements_per_day", check.target->target.agreements_per_day}};
  }
  row["calls_target_met"] = optional_bool(check.calls_met);
  row["agreements_target_met"] = optional_bool(check.agreements_met);
}

}  // namespace

nlohmann::json kpi_report_json(const KpiReportResult& result) {
  const domain::KpiReport& report = result.report;
  nlohmann::json rows = nlohmann::json::array();
  for (const KpiRow& row : report.rows) {
    nlohmann::json out = {{std::string(domain::kpi_grouping_name(report.by)), text_or_null(row.key)}};
    out.update(figures_json(row.figures));
    if (row.target) add_target_json(out, *row.target);
    rows.push_back(std::move(out));
  }
  return {{"from", result.period.from().to_string()},
          {"to", result.period.to().to_string()},
          {"time_zone", std::string(result.period.zone().name())},
          {"by", std::string(domain::kpi_grouping_name(report.by))},
          {"client", result.client_code.empty() ? nlohmann::json(nullptr)
                                                : nlohmann::json(result.client_code)},
          {"rows", std::move(rows)},
          {"totals", figures_json(report.totals)}};
}

}  // namespace duecall::app
