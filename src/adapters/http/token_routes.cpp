// API tokens over HTTP, for admins: POST /api/tokens makes one for a user and answers its
// secret once, GET /api/tokens lists them (never a secret), DELETE /api/tokens/{id} revokes
// one. The router accepts the tokens themselves (router.hpp); these routes only manage them.
#include <nlohmann/json.hpp>

#include <charconv>

#include "adapters/http/api_context.hpp"
#include "adapters/http/problem.hpp"
#include "adapters/http/session_tokens.hpp"
#include "app/api_token_json.hpp"
#include "app/api_tokens.hpp"

namespace duecall::adapters::http {
namespace {

using domain::Role;
using nlohmann::json;

HttpResponse create_token(const ApiContext& context, const RouteRequest& request) {
  unsigned version = request.http.version();
  json body = json::parse(request.http.body(), nullptr, false);
  if (body.is_discarded() || !body.is_object() || !body.contains("login") ||
      !body.contains("name") || !body["login"].is_string() || !body["name"].is_string()) {
    return problem_response(beast_http::status::bad_request,
                            "send a JSON object with the strings login and name", version);
  }
  std::string secret = new_api_token_secret();
  auto token = app::create_api_token(context.store, context.clock,
                                     {.login = body["login"].get<std::string>(),
                                      .name = body["name"].get<std::string>(),
                                      .created_by = request.caller->user.login},
                                     secret);
  if (!token.ok()) return problem_response(token.error(), version);
  return json_response(app::created_api_token_json(*token, secret).dump(),
                       beast_http::status::created, version);
}

HttpResponse list_tokens(const ApiContext& context, const RouteRequest& request) {
  auto tokens = app::list_api_tokens(context.store);
  if (!tokens.ok()) return problem_response(tokens.error(), request.http.version());
  json out = json::array();
  for (const auto& token : *tokens) out.push_back(app::api_token_json(token));
  return json_response(out.dump(), beast_http::status::ok, request.http.version());
}

HttpResponse revoke_token(const ApiContext& context, const RouteRequest& request) {
  unsigned version = request.http.version();
  const std::string& id_text = request.param("id");
  std::int64_t id = 0;
  auto [end, error] = std::from_chars(id_text.data(), id_text.data() + id_text.size(), id);
  if (error != std::errc() || end != id_text.data() + id_text.size() || id <= 0) {
    return problem_response(beast_http::status::not_found, "no such API token", version);
  }
  auto revoked = app::revoke_api_token(context.store, context.clock, id);
  if (!revoked.ok()) return problem_response(revoked.error(), version);
  HttpResponse response{beast_http::status::no_content, version};
  response.prepare_payload();
  return response;
}

}  // namespace

BearerLookup bearer_lookup(const ApiContext& context) {
  return [&context](std::string_view secret) -> Result<std::optional<Caller>> {
    auto user = TRY(app::find_api_token_user(context.store, secret));
    if (!user) return std::optional<Caller>();
    std::string client_code = TRY(client_code_of(context, *user));
    return std::optional<Caller>(Caller{.user = std::move(*user),
                                        .client_code = std::move(client_code),
                                        .credential = Credential::kBearer});
  };
}

std::vector<Route> token_routes(const ApiContext& context) {
  return {
      {.method = beast_http::verb::post,
       .pattern = "/api/tokens",
       .roles = {Role::kAdmin},
       .summary = "make an API token for a user; the answer holds its secret, shown only once",
       .handler = [&context](const RouteRequest& request) { return create_token(context, request); }},
      {.method = beast_http::verb::get,
       .pattern = "/api/tokens",
       .roles = {Role::kAdmin},
       .summary = "every API token, revoked ones too, without secrets",
       .handler = [&context](const RouteRequest& request) { return list_tokens(context, request); }},
      {.method = beast_http::verb::delete_,
       .pattern = "/api/tokens/{id}",
       .roles = {Role::kAdmin},
       .summary = "revoke an API token",
       .handler = [&context](const RouteRequest& request) { return revoke_token(context, request); }},
  };
}

}  // namespace duecall::adapters::http
