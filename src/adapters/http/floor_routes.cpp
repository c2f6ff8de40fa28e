// The supervisors' floor: GET /api/floor answers the floor view once (app/floor.hpp);
// GET /api/live upgrades to a WebSocket that pushes it as it changes (live_feed.hpp). Both
// are for supervisors, admins and auditors; the upgrade passes the router's access check
// like any request, and the feed checks again while the socket is open.
#include <nlohmann/json.hpp>

#include <algorithm>

#include "adapters/http/api_context.hpp"
#include "adapters/http/live_feed.hpp"
#include "adapters/http/problem.hpp"
#include "app/floor.hpp"
#include "app/floor_json.hpp"

namespace duecall::adapters::http {
namespace {

using domain::Role;

Result<nlohmann::json> floor_now(const ApiContext& context) {
  return app::floor_json(TRY(app::floor_view(context.store, context.clock)));
}

HttpResponse show_floor(const ApiContext& context, const RouteRequest& request) {
  auto floor = floor_now(context);
  if (!floor.ok()) return problem_response(floor.error(), request.http.version());
  return json_response(floor->dump(), beast_http::status::ok, request.http.version());
}

// Whether a caller granted the live feed may still watch: the session still active (or, for
// an API token, its user still enabled) with a role that may. A store error counts as no,
// so that a feed never outlives a check it could not make; the client reconnects.
bool may_still_watch(const ApiContext& context, const Caller& caller,
                     const std::vector<Role>& watchers) {
  std::optional<domain::User> user;
  if (caller.credential == Credential::kSession) {
    auto found = session_lookup(context)(caller.session_token);
    if (!found.ok() || !*found) return false;
    user = (*found)->user;
  } else {
    // The token is looked up again, so that revoking it or disabling its user ends the feed.
    auto found = bearer_lookup(context)(caller.bearer_secret);
    if (!found.ok() || !*found) return false;
    user = (*found)->user;
  }
  return std::find(watchers.begin(), watchers.end(), user->role) != watchers.end();
}

HttpResponse not_an_upgrade(const RouteRequest& request) {
  auto response = problem_response(beast_http::status::upgrade_required,
                                   "open this path as a WebSocket", request.http.version());
  response.set(beast_http::field::upgrade, "websocket");
  return response;
}

}  // namespace

std::vector<Route> floor_routes(const ApiContext& context) {
  const std::vector<Role> watchers = {Role::kSupervisor, Role::kAdmin, Role::kAuditor};
  return {
      {.method = beast_http::verb::get,
       .pattern = "/api/floor",
       .roles = watchers,
       .summary = "operators' states now and the floor's figures today",
       .handler = [&context](const RouteRequest& request) { return show_floor(context, request); }},
      {.method = beast_http::verb::get,
       .pattern = "/api/live",
       .roles = watchers,
       .summary = "WebSocket: the floor view on connect, on every change and every 5 s",
       .handler = not_an_upgrade,
       .websocket = std::make_shared<LiveFeed>(
           [&context] { return floor_now(context); },
           [&context, watchers](const Caller& caller) {
             return may_still_watch(context, caller, watchers);
           })},
  };
}

}  // namespace duecall::adapters::http
