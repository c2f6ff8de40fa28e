// The creditor's report over HTTP: GET /api/clients/{client}/report?from=YYYY-MM-DD&
// to=YYYY-MM-DD&format=csv|pdf answers the client's KPI figures by month
// (app/client_report.hpp) as a CSV or PDF download. A client user may fetch its own
// creditor's report only (the route's tenant rule).
#include <string_view>

#include "adapters/http/api_context.hpp"
#include "adapters/http/problem.hpp"
#include "adapters/http/request_input.hpp"
#include "app/client_report_csv.hpp"

namespace duecall::adapters::http {
namespace {

using domain::Role;

HttpResponse download(std::string body, const char* content_type, const std::string& filename,
                      unsigned version) {
  HttpResponse response{beast_http::status::ok, version};
  response.set(beast_http::field::content_type, content_type);
  response.set(beast_http::field::content_disposition, "attachment; filename=\"" + filename + "\"");
  response.set(beast_http::field::cache_control, "no-store");
  response.body() = std::move(body);
  response.prepare_payload();
  return response;
}

HttpResponse client_report(const ApiContext& context, const RouteRequest& request) {
  unsigned version = request.http.version();
  auto query = query_parameters(request);
  if (!query) return malformed_query_response(version);
  auto from = CivilDate::parse_iso((*query)["from"]);
  auto to = CivilDate::parse_iso((*query)["to"]);
  std::string format = query->contains("format") ? (*query)["format"] : "csv";
  if (!from.ok() || !to.ok() || (format != "csv" && format != "pdf")) {
    return problem_response(beast_http::status::bad_request,
                            "give from and to as YYYY-MM-DD and format as csv or pdf", version);
  }
  const std::string& client = request.param("client");
  auto report = app::client_report(context.store, client, *from, *to);
  if (!report.ok()) return problem_response(report.error(), version);
  std::string filename = "report-" + client + "-" + from->to_string() + "-" + to->to_string();
  if (format == "csv") {
    return download(app::client_report_csv(*report), "text/csv; charset=utf-8", filename + ".csv",
                    version);
  }
  auto pdf = context.report_pdf(*report, context.clock.now());
  if (!pdf.ok()) return problem_response(pdf.error(), version);
  return download(std::move(*pdf), "application/pdf", filename + ".pdf", version);
}

}  // namespace

std::vector<Route> report_routes(const ApiContext& context) {
  return {
      {.method = beast_http::verb::get,
       .pattern = "/api/clients/{client}/report",
       .roles = {Role::kSupervisor, Role::kAdmin, Role::kAuditor, Role::kClient},
       .tenant = TenantRule::kClientInPath,
       .summary = "the creditor's KPI figures by month, as CSV or PDF (from, to, format)",
       .handler = [&context](const RouteRequest& request) { return client_report(context, request); }},
  };
}

}  // namespace duecall::adapters::http
