// The route table: the anonymous system routes (health, metrics, the OpenAPI document) and
// the parts kept in their own files. The OpenAPI document is rendered once from the final
// table, so it names every route the router answers.
#include <nlohmann/json.hpp>

#include <memory>

#include "adapters/http/api_context.hpp"
#include "adapters/http/openapi.hpp"
#include "adapters/http/problem.hpp"

namespace duecall::adapters::http {
namespace {

HttpResponse health(const ApiContext& context, const RouteRequest& request) {
  // Healthy means the database answers: a node that cannot reach it serves nothing useful.
  auto transaction = context.store.begin();
  if (!transaction.ok() || !(*transaction)->commit().ok()) {
    return problem_response(beast_http::status::service_unavailable, "the database does not answer",
                            request.http.version());
  }
  return json_response(R"({"status":"ok"})", beast_http::status::ok, request.http.version());
}

HttpResponse metrics(const ApiContext& context, const RouteRequest& request) {
  HttpResponse response{beast_http::status::ok, request.http.version()};
  response.set(beast_http::field::content_type, "text/plain; version=0.0.4; charset=utf-8");
  response.body() = context.metrics.exposition();
  response.prepare_payload();
  return response;
}

}  // namespace

std::vector<Route> api_routes(const ApiContext& context) {
  auto document = std::make_shared<std::string>();
  std::vector<Route> routes = {
      {.method = beast_http::verb::get,
       .pattern = "/api/health",
       .access = Access::kAnonymous,
       .summary = "whether the server and its database answer",
       .handler = [&context](const RouteRequest& request) { return health(context, request); }},
      {.method = beast_http::verb::get,
       .pattern = "/metrics",
       .access = Access::kAnonymous,
       .summary = "Prometheus metrics: requests by route and status, latency histogram",
       .handler = [&context](const RouteRequest& request) { return metrics(context, request); }},
      {.method = beast_http::verb::get,
       .pattern = "/api/openapi.json",
       .access = Access::kAnonymous,
       .summary = "this OpenAPI 3.1 document",
       .handler =
           [document](const RouteRequest& request) {
             return json_response(*document, beast_http::status::ok, request.http.version());
           }},
  };
  for (auto part : {session_routes(context), work_routes(context), case_routes(context),
                    agreement_routes(context), upload_routes(context), kpi_routes(context),
                    token_routes(context), strategy_routes(context), script_routes(context),
                    floor_routes(context), report_routes(context), campaign_routes(context)}) {
    routes.insert(routes.end(), part.begin(), part.end());
  }
  *document = openapi_document(routes, context.version).dump();
  return routes;
}

}  // namespace duecall::adapters::http
