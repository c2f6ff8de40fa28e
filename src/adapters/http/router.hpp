// The Router answers one request from the route table. It is the one place where access is
// decided, in this order, before any handler runs:
//   1. no route's pattern matches the path: 404; a pattern matches but not the method: 405;
//   2. anonymous routes go straight to their handler;
//   3. an `Authorization: Bearer` API token of an enabled user, or else a session cookie
//      (duecall_session) that names an active session, else 401; a request that sends a
//      bearer token is judged by it alone;
//   4. a request that may change state (any method but GET and HEAD) with a session must
//      carry the session's token in X-CSRF-Token, else 403; a cookie is sent by the browser
//      on its own, this header only by our page; a bearer token needs no CSRF token, since
//      no browser adds it by itself;
//   5. the caller's role must be one the route lists, else 403;
//   6. the tenant rule (route.hpp), else 404.
// A handler that throws answers 500; nothing about the exception leaves the process.
//
// Thread-safety: dispatch() may run on several threads at once; the table is fixed at
// construction and the session lookup must be thread-safe.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "adapters/http/route.hpp"
#include "core/result.hpp"

namespace duecall::adapters::http {

inline constexpr const char* kSessionCookie = "duecall_session";
inline constexpr const char* kCsrfHeader = "X-CSRF-Token";

// Finds the signed-in user behind a session token; nothing for an unknown or ended session.
using SessionLookup = std::function<Result<std::optional<Caller>>(std::string_view token)>;
// Finds the user behind an API token's secret; nothing for an unknown or revoked token or a
// disabled user.
using BearerLookup = std::function<Result<std::optional<Caller>>(std::string_view secret)>;

struct Dispatched {
  HttpResponse response;
  std::string route;                // the matched pattern, or "unmatched"
  std::optional<std::int64_t> user_id;  // the signed-in caller's id, when there was one
  // A granted WebSocket upgrade: the endpoint that takes the connection over, and the
  // caller it serves; `response` is then only a 101 for the logs.
  std::shared_ptr<WebSocketEndpoint> upgrade;
  std::optional<Caller> upgrade_caller;
};

class Router {
 public:
  // Without `bearers`, every bearer token is refused.
  Router(std::vector<Route> routes, SessionLookup sessions, BearerLookup bearers = {});

  Dispatched dispatch(const HttpRequest& request) const;
  // The body limit of the route that answers `method` on `target`'s path; none when that
  // route has none of its own or no route answers.
  std::optional<std::size_t> body_limit_of(beast_http::verb method,
                                           std::string_view target) const;
  // The largest body limit any route asks for; none when no route asks for one.
  std::optional<std::size_t> largest_body_limit() const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  HttpResponse authorize_and_run(const Route& route, const HttpRequest& request,
                                 std::map<std::string, std::string> params,
                                 Dispatched& dispatched) const;

  Result<std::optional<Caller>> find_caller(const HttpRequest& request) const;

  std::vector<Route> routes_;
  SessionLookup sessions_;
  BearerLookup bearers_;
};

// The value of cookie `name` in a Cookie header, or empty.
std::string cookie_value(std::string_view header, std::string_view name);
// The token of an `Authorization: Bearer TOKEN` header, or empty.
std::string bearer_token(std::string_view header);

}  // namespace duecall::adapters::http
