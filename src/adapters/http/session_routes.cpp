// POST /api/session signs in, GET /api/session says who is signed in, DELETE /api/session
// signs out. The cookie is HttpOnly (page scripts cannot read it) and SameSite=Strict (other
// sites' pages cannot make the browser send it); the CSRF token travels in the JSON body and
// must come back in X-CSRF-Token on every request that changes state.
#include <nlohmann/json.hpp>

#include <cctype>

#include "adapters/http/api_context.hpp"
#include "adapters/http/problem.hpp"
#include "adapters/http/session_tokens.hpp"
#include "app/sessions.hpp"

namespace duecall::adapters::http {
namespace {

using nlohmann::json;
using domain::Role;

json user_json(const domain::User& user, const std::string& client_code) {
  return {{"login", user.login},
          {"name", user.name},
          {"role", std::string(domain::role_name(user.role))},
          {"client", client_code.empty() ? json(nullptr) : json(client_code)}};
}

std::string cookie(const std::string& value, bool secure, bool expire) {
  std::string text = std::string(kSessionCookie) + "=" + value + "; HttpOnly; SameSite=Strict; Path=/";
  if (secure) text += "; Secure";
  if (expire) text += "; Max-Age=0";
  return text;
}

// Returns true iff the request says its body is JSON. A cross-site form can post text/plain
// that looks like JSON without a CORS preflight; insisting on application/json forces one,
// so another site cannot sign a browser in under its own account (login CSRF).
bool says_json(const HttpRequest& request) {
  std::string_view type(request[beast_http::field::content_type].data(),
                        request[beast_http::field::content_type].size());
  type = type.substr(0, type.find(';'));
  while (!type.empty() && type.back() == ' ') type.remove_suffix(1);
  std::string lower(type);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower == "application/json";
}

HttpResponse create_session(const ApiContext& context, const RouteRequest& request) {
  unsigned version = request.http.version();
  if (!says_json(request.http)) {
    return problem_response(beast_http::status::unsupported_media_type,
                            "send the sign-in as application/json", version);
  }
  json body = json::parse(request.http.body(), nullptr, false);
  if (body.is_discarded() || !body.is_object() || !body.contains("login") ||
      !body.contains("password") || !body["login"].is_string() || !body["password"].is_string()) {
    return problem_response(beast_http::status::bad_request,
                            "send a JSON object with the strings login and password", version);
  }
  auto tokens = new_session_tokens();
  auto answer = app::sign_in(context.store, context.hasher, context.clock,
                             body["login"].get<std::string>(), body["password"].get<std::string>(),
                             tokens);
  if (!answer.ok()) return problem_response(answer.error(), version);
  if (answer->outcome == app::SignInOutcome::kThrottled) {
    auto response = problem_response(beast_http::status::too_many_requests,
                                     "too many refused sign-ins for this login; try again later",
                                     version);
    response.set(beast_http::field::retry_after, std::to_string(answer->retry_after.count()));
    return response;
  }
  if (answer->outcome == app::SignInOutcome::kRefused) {
    return problem_response(beast_http::status::unauthorized, "wrong login or password", version);
  }
  auto client_code = client_code_of(context, *answer->user);
  if (!client_code.ok()) return problem_response(client_code.error(), version);
  auto response = json_response(
      json{{"csrf_token", tokens.csrf_token}, {"user", user_json(*answer->user, *client_code)}}.dump(),
      beast_http::status::ok, version);
  response.set(beast_http::field::set_cookie,
               cookie(tokens.session_token, context.secure_cookies, false));
  return response;
}

HttpResponse delete_session(const ApiContext& context, const RouteRequest& request) {
  auto ended = app::sign_out(context.store, request.caller->session_token);
  if (!ended.ok()) return problem_response(ended.error(), request.http.version());
  HttpResponse response{beast_http::status::no_content, request.http.version()};
  response.set(beast_http::field::set_cookie, cookie("", context.secure_cookies, true));
  response.prepare_payload();
  return response;
}

}  // namespace

Result<std::string> client_code_of(const ApiContext& context, const domain::User& user) {
  if (!domain::role_is_bound_to_client(user.role)) return std::string();
  auto transaction = TRY(context.store.begin());
  auto client = TRY(transaction->find_client(user.client_id));
  TRY(transaction->commit());
  if (!client) return Error::data_loss("a client user's client is missing");
  return client->code;
}

SessionLookup session_lookup(const ApiContext& context) {
  return [&context](std::string_view token) -> Result<std::optional<Caller>> {
    auto session = TRY(app::find_active_session(context.store, context.clock, token));
    if (!session) return std::optional<Caller>();
    std::string client_code = TRY(client_code_of(context, session->user));
    return std::optional<Caller>(Caller{.user = std::move(session->user),
                                        .client_code = std::move(client_code),
                                        .csrf_token = std::move(session->csrf_token),
                                        .session_token = std::string(token)});
  };
}

std::vector<Route> session_routes(const ApiContext& context) {
  return {
      {.method = beast_http::verb::post,
       .pattern = "/api/session",
       .access = Access::kAnonymous,
       .summary = "sign in with login and password; sets the session cookie",
       .handler = [&context](const RouteRequest& request) { return create_session(context, request); }},
      {.method = beast_http::verb::get,
       .pattern = "/api/session",
       .summary = "the signed-in user and the session's CSRF token",
       .handler =
           [](const RouteRequest& request) {
             return json_response(json{{"csrf_token", request.caller->csrf_token},
                                       {"user", user_json(request.caller->user,
                                                          request.caller->client_code)}}
                                      .dump(),
                                  beast_http::status::ok, request.http.version());
           }},
      {.method = beast_http::verb::delete_,
       .pattern = "/api/session",
       .summary = "sign out",
       .handler = [&context](const RouteRequest& request) { return delete_session(context, request); }},
  };
}

}  // namespace duecall::adapters::http
