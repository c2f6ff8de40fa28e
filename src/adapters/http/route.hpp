// A Route is one line of the API's route table: method, path pattern, who may call it, the
// tenant rule, and the handler. The table is the single source for authorization (the
// router applies it before any handler runs), for the OpenAPI document and for the metrics'
// route labels.
//
// Patterns are literal segments and `{name}` parameters, each matching one non-empty path
// segment ("/api/cases/{client}/{ref}"); a last segment `{name...}` matches the rest of the
// path, zero or more segments (the web UI's catch-all "/{path...}"). Access:
//   - anonymous routes answer everybody;
//   - every other route needs a signed-in user whose role is in `roles`; an empty list
//     means any role;
//   - TenantRule::kClientInPath: a client user whose client code differs from the path's
//     {client} gets 404, the same answer as for a case that does not exist, so that other
//     creditors' case references do not leak;
//   - TenantRule::kHandlerScopes: the handler narrows what it returns to the caller's
//     client (lists); it must consult Caller::client_code.
// A route may raise the request body limit (file uploads); the server reads a request's
// header first, finds its route and only then reads the body under that route's limit, so
// that a large body is accepted where a route asks for it and nowhere else.
// A route with a `websocket` endpoint hands a granted WebSocket upgrade request to it
// (websocket_endpoint.hpp); its handler answers the same path's plain requests.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "adapters/http/http_types.hpp"
#include "domain/user.hpp"

namespace duecall::adapters::http {

// How a caller proved who they are: a browser session (cookie plus CSRF token) or an API
// token in the Authorization header.
enum class Credential { kSession, kBearer };

// The signed-in user behind a request, with the code of the client a client user is bound to
// (empty for other roles) and, for a session, its CSRF token.
struct Caller {
  domain::User user;
  std::string client_code;
  std::string csrf_token;     // empty for a bearer token
  std::string session_token;  // empty for a bearer token
  std::string bearer_secret;  // the API token a bearer caller sent; empty for a session
  Credential credential = Credential::kSession;
};

class WebSocketEndpoint;

struct RouteRequest {
  const HttpRequest& http;
  const Caller* caller;  // null on anonymous routes
  std::map<std::string, std::string> params;

  const std::string& param(const std::string& name) const { return params.at(name); }
};

using RouteHandler = std::function<HttpResponse(const RouteRequest&)>;

enum class Access { kAnonymous, kSignedIn };
enum class TenantRule { kNone, kClientInPath, kHandlerScopes };

struct Route {
  beast_http::verb method;
  std::string pattern;
  Access access = Access::kSignedIn;
  std::vector<domain::Role> roles;  // empty: any role (signed-in routes only)
  TenantRule tenant = TenantRule::kNone;
  std::string summary;  // one line for the OpenAPI document
  RouteHandler handler;
  std::optional<std::size_t> body_limit;  // bytes; none: the server's default
  std::shared_ptr<WebSocketEndpoint> websocket;  // GET routes only

  // Returns true iff a signed-in user with `role` passes the role check.
  bool allows_role(domain::Role role) const;
};

// The parameters of `path` if it matches `pattern`.
std::optional<std::map<std::string, std::string>> match_pattern(const std::string& pattern,
                                                                std::string_view path);

}  // namespace duecall::adapters::http
