// A client's strategy over HTTP: read it as `strategy show --json` prints it, store a new
// version (a refused document answers 400 with the validator's message in `errors`), and
// preview the strategy run: the dry run `strategy run --dry-run --json` prints, plus the
// sentence that says how many actions due now cannot be carried out now and why.
#include <nlohmann/json.hpp>

#include "adapters/http/api_context.hpp"
#include "adapters/http/problem.hpp"
#include "adapters/http/validation_problem.hpp"
#include "app/strategies.hpp"
#include "app/strategy_document_json.hpp"
#include "app/strategy_preview.hpp"

namespace duecall::adapters::http {
namespace {

using domain::Role;
using nlohmann::json;

HttpResponse show_strategy(const ApiContext& context, const RouteRequest& request) {
  const std::string& client = request.param("client");
  auto shown = app::show_strategy(context.store, client, std::nullopt);
  if (!shown.ok()) return problem_response(shown.error(), request.http.version());
  return json_response(app::strategy_shown_json(client, *shown).dump(), beast_http::status::ok,
                       request.http.version());
}

HttpResponse set_strategy(const ApiContext& context, const RouteRequest& request) {
  const std::string& client = request.param("client");
  auto stored = app::set_strategy(context.store, context.clock,
                                  {.client_code = client,
                                   .document = request.http.body(),
                                   .actor = request.caller->user.login});
  if (!stored.ok()) return validation_problem(stored.error(), request.http.version());
  return json_response(app::strategy_saved_json(client, *stored).dump(), beast_http::status::ok,
                       request.http.version());
}

HttpResponse preview(const ApiContext& context, const RouteRequest& request) {
  unsigned version = request.http.version();
  json body = request.http.body().empty() ? json::object()
                                          : json::parse(request.http.body(), nullptr, false);
  if (body.is_discarded() || !body.is_object() ||
      (body.contains("client") && !body["client"].is_string() && !body["client"].is_null())) {
    return problem_response(beast_http::status::bad_request,
                            "send a JSON object, optionally with the string client", version);
  }
  std::optional<std::string> client;
  if (body.contains("client") && body["client"].is_string()) client = body["client"].get<std::string>();
  auto report = app::preview_strategy(context.store, context.clock, client);
  if (!report.ok()) return problem_response(report.error(), version);
  json out = json::parse(app::strategy_run_report_json(*report));
  out["sentence"] = app::not_contactable_sentence(*report);
  return json_response(out.dump(), beast_http::status::ok, version);
}

}  // namespace

std::vector<Route> strategy_routes(const ApiContext& context) {
  return {
      {.method = beast_http::verb::get,
       .pattern = "/api/clients/{client}/strategy",
       .roles = {Role::kOperator, Role::kSupervisor, Role::kAdmin, Role::kAuditor},
       .tenant = TenantRule::kClientInPath,
       .summary = "the client's newest strategy, as strategy show --json",
       .handler = [&context](const RouteRequest& request) { return show_strategy(context, request); }},
      {.method = beast_http::verb::put,
       .pattern = "/api/clients/{client}/strategy",
       .roles = {Role::kSupervisor, Role::kAdmin},
       .summary = "store the body as the client's next strategy version; 400 with errors if refused",
       .handler = [&context](const RouteRequest& request) { return set_strategy(context, request); }},
      {.method = beast_http::verb::post,
       .pattern = "/api/strategy/preview",
       .roles = {Role::kSupervisor, Role::kAdmin},
       .summary = "dry run of the strategy run, with why actions due now cannot be carried out",
       .handler = [&context](const RouteRequest& request) { return preview(context, request); }},
  };
}

}  // namespace duecall::adapters::http
