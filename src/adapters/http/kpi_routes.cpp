// The routes of the KPIs: the report of a period (as `report kpi --json`) and the targets
// (as `target list --json`). A client user's report is always about its own client and
// grouped by client or day: rows per operator or shift would describe the agency's staff,
// which is not the creditor's business.
#include <nlohmann/json.hpp>

#include "adapters/http/api_context.hpp"
#include "adapters/http/problem.hpp"
#include "adapters/http/request_input.hpp"
#include "app/kpi_report.hpp"
#include "app/kpi_report_json.hpp"
#include "app/kpi_target_json.hpp"
#include "app/kpi_targets.hpp"

namespace duecall::adapters::http {
namespace {

using domain::Role;
using nlohmann::json;

std::optional<CivilDate> date_parameter(const std::map<std::string, std::string>& query,
                                        const std::string& name, std::vector<FieldError>& errors) {
  auto given = query.find(name);
  if (given == query.end()) {
    errors.push_back({name, "is required: a date, YYYY-MM-DD"});
    return std::nullopt;
  }
  auto date = CivilDate::parse_iso(given->second);
  if (!date.ok()) {
    errors.push_back({name, "'" + given->second + "' is not a date (YYYY-MM-DD)"});
    return std::nullopt;
  }
  return *date;
}

HttpResponse kpi_report(const ApiContext& context, const RouteRequest& request) {
  unsigned version = request.http.version();
  auto query = query_parameters(request);
  if (!query) return malformed_query_response(version);
  std::vector<FieldError> errors;
  auto from = date_parameter(*query, "from", errors);
  auto to = date_parameter(*query, "to", errors);
  std::optional<domain::KpiGrouping> by;
  if (auto given = query->find("by"); given == query->end()) {
    errors.push_back({"by", "is required: operator, client, day or shift"});
  } else if (auto parsed = domain::parse_kpi_grouping(given->second); parsed.ok()) {
    by = *parsed;
  } else {
    errors.push_back({"by", "'" + given->second + "' is none of operator, client, day, shift"});
  }
  auto named = query->find("client");
  std::string client_code = named == query->end() ? "" : named->second;
  if (domain::role_is_bound_to_client(request.caller->user.role)) {
    if (!client_code.empty() && client_code != request.caller->client_code) {
      return problem_response(beast_http::status::not_found, "no such resource", version);
    }
    client_code = request.caller->client_code;
    if (by && *by != domain::KpiGrouping::kClient && *by != domain::KpiGrouping::kDay) {
      errors.push_back({"by", "a client user's report is by client or by day"});
    }
  }
  if (!errors.empty()) return invalid_fields_response(errors, version);
  auto report = app::kpi_report(
      context.store,
      app::KpiRequest{.from = *from, .to = *to, .by = *by, .client_code = client_code});
  if (!report.ok()) return problem_response(report.error(), version);
  return json_response(app::kpi_report_json(*report).dump(2) + "\n", beast_http::status::ok,
                       version);
}

HttpResponse list_targets(const ApiContext& context, const RouteRequest& request) {
  auto records = app::list_kpi_targets(context.store);
  if (!records.ok()) return problem_response(records.error(), request.http.version());
  json out = json::array();
  for (const auto& record : *records) out.push_back(app::kpi_target_json(record));
  return json_response(out.dump(2) + "\n", beast_http::status::ok, request.http.version());
}

}  // namespace

std::vector<Route> kpi_routes(const ApiContext& context) {
  return {
      {.method = beast_http::verb::get,
       .pattern = "/api/kpi",
       .roles = {Role::kSupervisor, Role::kAdmin, Role::kAuditor, Role::kClient},
       .tenant = TenantRule::kHandlerScopes,
       .summary = "the KPIs of ?from= to ?to= by operator, client, day or shift (?by=), of one "
                  "?client= or all, as report kpi --json; a client user's own, by client or day",
       .handler = [&context](const RouteRequest& request) { return kpi_report(context, request); }},
      {.method = beast_http::verb::get,
       .pattern = "/api/kpi/targets",
       .roles = {Role::kOperator, Role::kSupervisor, Role::kAdmin, Role::kAuditor},
       .summary = "the daily KPI targets, clients first, then teams, as target list --json",
       .handler =
           [&context](const RouteRequest& request) { return list_targets(context, request); }},
  };
}

}  // namespace duecall::adapters::http
