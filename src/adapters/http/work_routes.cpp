// The routes of the collection work itself: a case's screen-pop, the clients, the next call
// from the work queue and the to-do list. Each parses its input, calls one use case and maps
// the Result; who may call them is in the table below, applied by the router.
#include <nlohmann/json.hpp>

#include "adapters/http/api_context.hpp"
#include "adapters/http/problem.hpp"
#include "adapters/http/request_input.hpp"
#include "app/clients.hpp"
#include "app/screen_pop.hpp"
#include "app/todo_json.hpp"
#include "app/todo_list.hpp"
#include "app/work_item_json.hpp"
#include "app/work_queue.hpp"

namespace duecall::adapters::http {
namespace {

using domain::Role;
using nlohmann::json;

HttpResponse show_case(const ApiContext& context, const RouteRequest& request) {
  app::ScreenPopRequest pop_request{.client_code = request.param("client"),
                                    .ref = request.param("ref"),
                                    .speaker = context.speaker};
  // The script names who speaks: the signed-in operator or supervisor, else the server's
  // configured name (a client or an auditor only reads the screen).
  const domain::Role role = request.caller->user.role;
  if (role == Role::kOperator || role == Role::kSupervisor) {
    pop_request.speaker.operator_name = request.caller->user.name;
  }
  // The desktop reloads a screen often while nothing changes: keep it while fresh. The
  // route has checked role and tenant already; apart from the speaker's name the screen is
  // the same for every caller allowed to see it. A client code holds no '/' and a name no
  // newline, so the key is unambiguous.
  const auto now = FreshnessStamp::take(context.store, context.clock);
  const std::string key = pop_request.client_code + "/" + pop_request.ref + "\n" +
                          pop_request.speaker.operator_name;
  FreshCache<std::string>& kept = context.read_caches->case_screens;
  std::optional<std::string> body = kept.find(key, now);
  if (!body) {
    auto pop = app::show_case(context.store, context.clock, pop_request);
    if (!pop.ok()) return problem_response(pop.error(), request.http.version());
    // The same text as `case show --json` prints.
    body = app::screen_pop_to_json(*pop).dump(2) + "\n";
    kept.keep(key, *body, now);
  }
  return json_response(std::move(*body), beast_http::status::ok, request.http.version());
}

HttpResponse list_clients(const ApiContext& context, const RouteRequest& request) {
  auto clients = app::list_clients(context.store);
  if (!clients.ok()) return problem_response(clients.error(), request.http.version());
  json out = json::array();
  for (const auto& client : *clients) {
    // A client user sees its own creditor only (TenantRule::kHandlerScopes).
    if (domain::role_is_bound_to_client(request.caller->user.role) &&
        client.code != request.caller->client_code) {
      continue;
    }
    out.push_back({{"code", client.code},
                   {"name", client.name},
                   {"country", client.country},
                   {"currency", std::string(client.currency.code())},
                   {"time_zone", client.time_zone}});
  }
  return json_response(out.dump(), beast_http::status::ok, request.http.version());
}

HttpResponse next_work_item(const ApiContext& context, const RouteRequest& request) {
  auto body = object_body(request);
  if (!body || (body->contains("client") && !(*body)["client"].is_string())) {
    return problem_response(beast_http::status::bad_request,
                            "send a JSON object, optionally with the string client",
                            request.http.version());
  }
  app::WorkRequest work{.operator_login = request.caller->user.login};
  if (body->contains("client")) work.client_code = (*body)["client"].get<std::string>();
  auto item = app::next_work_item(context.store, context.clock, work);
  if (!item.ok()) return problem_response(item.error(), request.http.version());
  json out = {{"item", *item ? app::work_item_json(**item) : json(nullptr)}};
  return json_response(out.dump(), beast_http::status::ok, request.http.version());
}

HttpResponse list_todo(const ApiContext& context, const RouteRequest& request) {
  app::TodoQuery query;
  // Operators see their own items; supervisors, admins and auditors see everybody's.
  if (request.caller->user.role == Role::kOperator) query.operator_login = request.caller->user.login;
  auto items = app::list_todo(context.store, query);
  if (!items.ok()) return problem_response(items.error(), request.http.version());
  json out = json::array();
  for (const auto& item : *items) out.push_back(app::todo_item_json(item));
  return json_response(out.dump(), beast_http::status::ok, request.http.version());
}

// Returns true iff an operator may complete the item: it is assigned to them.
Result<bool> operator_owns_item(const ApiContext& context, TodoId id, const std::string& login) {
  auto transaction = TRY(context.store.begin());
  auto item = TRY(transaction->find_todo_item(id));
  TRY(transaction->commit());
  return item && item->item.operator_login == login;
}

HttpResponse complete_todo(const ApiContext& context, const RouteRequest& request) {
  unsigned version = request.http.version();
  auto parsed_id = positive_id(request.param("id"));
  if (!parsed_id) return problem_response(beast_http::status::not_found, "no such to-do item", version);
  std::int64_t id = *parsed_id;
  auto body = object_body(request);
  if (!body || !body->contains("outcome") || !(*body)["outcome"].is_string()) {
    return problem_response(beast_http::status::bad_request,
                            "send a JSON object with the string outcome", version);
  }
  const Caller& caller = *request.caller;
  if (caller.user.role == Role::kOperator) {
    auto owns = operator_owns_item(context, TodoId{id}, caller.user.login);
    if (!owns.ok()) return problem_response(owns.error(), version);
    // Another operator's item answers as a missing one.
    if (!*owns) return problem_response(beast_http::status::not_found, "no such to-do item", version);
  }
  auto done = app::complete_todo(context.store, context.clock,
                                 app::TodoCompletion{.id = TodoId{id},
                                                     .outcome = (*body)["outcome"].get<std::string>(),
                                                     .actor = caller.user.login,
                                                     .actor_is_user = true});
  if (!done.ok()) return problem_response(done.error(), version);
  return json_response(app::todo_item_json(*done).dump(), beast_http::status::ok, version);
}

}  // namespace

std::vector<Route> work_routes(const ApiContext& context) {
  const std::vector<Role> all_staff = {Role::kOperator, Role::kSupervisor, Role::kAdmin,
                                       Role::kAuditor};
  return {
      {.method = beast_http::verb::get,
       .pattern = "/api/cases/{client}/{ref}",
       .roles = {Role::kOperator, Role::kSupervisor, Role::kAdmin, Role::kAuditor, Role::kClient},
       .tenant = TenantRule::kClientInPath,
       .summary = "the case screen-pop of a claim's client_ref or a debtor_ref, as case show --json",
       .handler = [&context](const RouteRequest& request) { return show_case(context, request); }},
      {.method = beast_http::verb::get,
       .pattern = "/api/clients",
       .tenant = TenantRule::kHandlerScopes,
       .summary = "the clients; a client user sees its own",
       .handler = [&context](const RouteRequest& request) { return list_clients(context, request); }},
      {.method = beast_http::verb::post,
       .pattern = "/api/queue/next",
       .roles = {Role::kOperator, Role::kSupervisor},
       .summary = "take the best due call under a lease for the signed-in user",
       .handler = [&context](const RouteRequest& request) { return next_work_item(context, request); }},
      {.method = beast_http::verb::get,
       .pattern = "/api/todo",
       .roles = all_staff,
       .summary = "open to-do items: an operator's own, everybody's for other staff",
       .handler = [&context](const RouteRequest& request) { return list_todo(context, request); }},
      {.method = beast_http::verb::post,
       .pattern = "/api/todo/{id}/done",
       .roles = {Role::kOperator, Role::kSupervisor, Role::kAdmin},
       .summary = "mark a to-do item done with its outcome",
       .handler = [&context](const RouteRequest& request) { return complete_todo(context, request); }},
  };
}

}  // namespace duecall::adapters::http
