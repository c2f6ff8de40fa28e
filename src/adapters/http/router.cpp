#include "adapters/http/router.hpp"

#include <sodium.h>

#include <cctype>
#include <exception>

#include <boost/beast/websocket/rfc6455.hpp>

#include "adapters/http/problem.hpp"

namespace duecall::adapters::http {
namespace {

bool changes_state(beast_http::verb method) {
  return method != beast_http::verb::get && method != beast_http::verb::head;
}

// Returns true iff the strings are equal, in time that depends only on their lengths.
bool same_secret(std::string_view given, std::string_view expected) {
  if (given.size() != expected.size() || expected.empty()) return false;
  return sodium_memcmp(given.data(), expected.data(), expected.size()) == 0;
}

std::string_view std_view(boost::beast::string_view text) {
  return {text.data(), text.size()};
}

std::string_view path_of(boost::beast::string_view target) {
  return std_view(target).substr(0, std_view(target).find('?'));
}

// Returns true iff the request has no Origin (not from a browser) or one whose host and port
// are the Host the request was sent to.
bool same_origin(const HttpRequest& request) {
  std::string_view origin = std_view(request[beast_http::field::origin]);
  if (origin.empty()) return true;
  auto scheme_end = origin.find("://");
  if (scheme_end == std::string_view::npos) return false;
  std::string_view origin_host = origin.substr(scheme_end + 3);
  std::string_view host = std_view(request[beast_http::field::host]);
  if (origin_host.size() != host.size()) return false;
  for (std::size_t i = 0; i < host.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(host[i])) !=
        std::tolower(static_cast<unsigned char>(origin_host[i]))) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::string cookie_value(std::string_view header, std::string_view name) {
  while (!header.empty()) {
    auto end = header.find(';');
    std::string_view pair = header.substr(0, end);
    while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
    if (pair.size() > name.size() && pair.substr(0, name.size()) == name &&
        pair[name.size()] == '=') {
      return std::string(pair.substr(name.size() + 1));
    }
    if (end == std::string_view::npos) break;
    header.remove_prefix(end + 1);
  }
  return "";
}

std::string bearer_token(std::string_view header) {
  constexpr std::string_view kScheme = "Bearer ";
  if (header.size() <= kScheme.size()) return "";
  // The scheme is case-insensitive (RFC 9110, 11.1).
  for (std::size_t i = 0; i < kScheme.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(header[i])) !=
        std::tolower(static_cast<unsigned char>(kScheme[i]))) {
      return "";
    }
  }
  std::string_view token = header.substr(kScheme.size());
  while (!token.empty() && token.front() == ' ') token.remove_prefix(1);
  while (!token.empty() && token.back() == ' ') token.remove_suffix(1);
  return std::string(token);
}

Router::Router(std::vector<Route> routes, SessionLookup sessions, BearerLookup bearers)
    : routes_(std::move(routes)), sessions_(std::move(sessions)), bearers_(std::move(bearers)) {}

Result<std::optional<Caller>> Router::find_caller(const HttpRequest& request) const {
  auto authorization = std_view(request[beast_http::field::authorization]);
  if (!authorization.empty()) {
    // A request that names a credential is judged by it; a cookie beside it does not help.
    std::string secret = bearer_token(authorization);
    if (secret.empty() || !bearers_) return std::optional<Caller>();
    auto caller = TRY(bearers_(secret));
    if (caller) {
      caller->credential = Credential::kBearer;
      caller->bearer_secret = secret;
    }
    return caller;
  }
  std::string token = cookie_value(std_view(request[beast_http::field::cookie]), kSessionCookie);
  if (token.empty()) return std::optional<Caller>();
  auto caller = TRY(sessions_(token));
  if (caller) caller->credential = Credential::kSession;
  return caller;
}

Dispatched Router::dispatch(const HttpRequest& request) const {
  std::string_view path = path_of(request.target());
  std::string allowed;
  // HEAD is GET without the body (RFC 9110, 9.3.2): load balancers check health with it.
  bool head = request.method() == beast_http::verb::head;
  beast_http::verb method = head ? beast_http::verb::get : request.method();
  for (const Route& route : routes_) {
    auto params = match_pattern(route.pattern, path);
    if (!params) continue;
    if (route.method != method) {
      allowed += (allowed.empty() ? "" : ", ") + std::string(beast_http::to_string(route.method));
      continue;
    }
    Dispatched dispatched{.route = route.pattern};
    try {
      dispatched.response = authorize_and_run(route, request, std::move(*params), dispatched);
    } catch (const std::exception&) {
      dispatched.response = problem_response(beast_http::status::internal_server_error,
                                             "the server could not complete the request",
                                             request.version());
    }
    if (head && !dispatched.response.body().empty()) {
      auto length = dispatched.response.body().size();
      dispatched.response.body().clear();
      dispatched.response.content_length(length);
    }
    return dispatched;
  }
  if (!allowed.empty()) {
    auto response = problem_response(beast_http::status::method_not_allowed,
                                     "this path does not answer that method", request.version());
    response.set(beast_http::field::allow, allowed);
    return {std::move(response), "unmatched", std::nullopt};
  }
  return {problem_response(beast_http::status::not_found, "no such resource", request.version()),
          "unmatched", std::nullopt};
}

std::optional<std::size_t> Router::body_limit_of(beast_http::verb method,
                                                std::string_view target) const {
  std::string_view path = target.substr(0, target.find('?'));
  for (const Route& route : routes_) {
    if (route.method == method && match_pattern(route.pattern, path)) return route.body_limit;
  }
  return std::nullopt;
}

std::optional<std::size_t> Router::largest_body_limit() const {
  std::optional<std::size_t> largest;
  for (const Route& route : routes_) {
    if (route.body_limit && (!largest || *route.body_limit > *largest)) largest = route.body_limit;
  }
  return largest;
}

HttpResponse Router::authorize_and_run(const Route& route, const HttpRequest& request,
                                       std::map<std::string, std::string> params,
                                       Dispatched& dispatched) const {
  unsigned version = request.version();
  if (route.access == Access::kAnonymous) {
    return route.handler(RouteRequest{request, nullptr, std::move(params)});
  }
  auto found = find_caller(request);
  if (!found.ok()) return problem_response(found.error(), version);
  std::optional<Caller> caller = std::move(*found);
  if (!caller) {
    auto response = problem_response(beast_http::status::unauthorized, "sign in first", version);
    response.set(beast_http::field::www_authenticate, "Cookie realm=\"duecall\"");
    return response;
  }
  dispatched.user_id = caller->user.id.value;
  if (caller->credential == Credential::kSession && changes_state(request.method()) &&
      !same_secret(std_view(request[kCsrfHeader]), caller->csrf_token)) {
    return problem_response(beast_http::status::forbidden,
                            "the X-CSRF-Token header is missing or wrong", version);
  }
  if (!route.allows_role(caller->user.role)) {
    return problem_response(beast_http::status::forbidden, "your role may not do this", version);
  }
  if (route.tenant == TenantRule::kClientInPath &&
      domain::role_is_bound_to_client(caller->user.role) &&
      params.at("client") != caller->client_code) {
    return problem_response(beast_http::status::not_found, "no such resource", version);
  }
  if (route.websocket && boost::beast::websocket::is_upgrade(request)) {
    // Browsers send the cookie with a WebSocket from any page of the site and do not apply
    // CORS to it; they always send Origin, so a browser's upgrade from a page that is not
    // this server's own is refused (cross-site WebSocket hijacking).
    if (caller->credential == Credential::kSession && !same_origin(request)) {
      return problem_response(beast_http::status::forbidden,
                              "a WebSocket is opened from this server's own pages only", version);
    }
    dispatched.upgrade = route.websocket;
    dispatched.upgrade_caller = std::move(caller);
    return HttpResponse{beast_http::status::switching_protocols, version};
  }
  return route.handler(RouteRequest{request, &*caller, std::move(params)});
}

}  // namespace duecall::adapters::http
