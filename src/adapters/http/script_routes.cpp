// A client's call scripts over HTTP: the latest version of each (step, language), as
// `script show --json` prints one, and saving a new version (a refused script answers 400
// with the validator's message, e.g. an unknown placeholder, in `errors`).
#include <nlohmann/json.hpp>

#include "adapters/http/api_context.hpp"
#include "adapters/http/problem.hpp"
#include "adapters/http/validation_problem.hpp"
#include "app/call_script_json.hpp"
#include "app/call_scripts.hpp"

namespace duecall::adapters::http {
namespace {

using domain::Role;

HttpResponse list_scripts(const ApiContext& context, const RouteRequest& request) {
  auto scripts = app::list_call_scripts(context.store, request.param("client"));
  if (!scripts.ok()) return problem_response(scripts.error(), request.http.version());
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto& stored : *scripts) out.push_back(app::call_script_json(stored));
  return json_response(out.dump(), beast_http::status::ok, request.http.version());
}

HttpResponse save_script(const ApiContext& context, const RouteRequest& request) {
  unsigned version = request.http.version();
  app::ScriptKey key{.client_code = request.param("client"),
                     .step = request.param("step"),
                     .language = request.param("language")};
  auto saved = app::save_call_script(context.store, context.clock, key, request.http.body(),
                                     request.caller->user.login);
  if (!saved.ok()) return validation_problem(saved.error(), version);
  auto stored = app::find_call_script(context.store, key, saved->record.version);
  if (!stored.ok()) return problem_response(stored.error(), version);
  nlohmann::ordered_json out = app::call_script_json(*stored);
  // false: the body equals the latest version, which stays as it is.
  out["created"] = saved->created;
  return json_response(out.dump(),
                       saved->created ? beast_http::status::created : beast_http::status::ok,
                       version);
}

}  // namespace

std::vector<Route> script_routes(const ApiContext& context) {
  return {
      {.method = beast_http::verb::get,
       .pattern = "/api/clients/{client}/scripts",
       .roles = {Role::kOperator, Role::kSupervisor, Role::kAdmin, Role::kAuditor},
       .tenant = TenantRule::kClientInPath,
       .summary = "the latest version of each of the client's call scripts",
       .handler = [&context](const RouteRequest& request) { return list_scripts(context, request); }},
      {.method = beast_http::verb::put,
       .pattern = "/api/clients/{client}/scripts/{step}/{language}",
       .roles = {Role::kSupervisor, Role::kAdmin},
       .summary = "save the body as the next version of a call script; 400 with errors if refused",
       .handler = [&context](const RouteRequest& request) { return save_script(context, request); }},
  };
}

}  // namespace duecall::adapters::http
