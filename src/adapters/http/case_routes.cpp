// The routes of a client's cases: the case list with a search, and recording a contact with
// a case's debtor. A client user's list is always their own client's (TenantRule::
// kHandlerScopes); recording a contact is staff work on a case named in the path.
#include <nlohmann/json.hpp>

#include "adapters/http/api_context.hpp"
#include "adapters/http/problem.hpp"
#include "adapters/http/request_input.hpp"
#include "app/case_list.hpp"
#include "app/case_summary_json.hpp"
#include "app/contact_json.hpp"
#include "app/contact_log.hpp"

namespace duecall::adapters::http {
namespace {

using domain::Role;
using nlohmann::json;

// The client a list is about: a client user's own, whatever they ask for; for staff the one
// named. A client user who names another client gets the answer for a client that does not
// exist, as on paths.
struct ListedClient {
  std::optional<std::string> code;
  std::optional<HttpResponse> refusal;
};

ListedClient listed_client(const RouteRequest& request,
                           const std::map<std::string, std::string>& query) {
  auto named = query.find("client");
  unsigned version = request.http.version();
  if (domain::role_is_bound_to_client(request.caller->user.role)) {
    if (named != query.end() && named->second != request.caller->client_code) {
      return {std::nullopt,
              problem_response(beast_http::status::not_found, "no such resource", version)};
    }
    return {request.caller->client_code, std::nullopt};
  }
  if (named == query.end() || named->second.empty()) {
    return {std::nullopt,
            invalid_fields_response({{"client", "is required: the client's code"}}, version)};
  }
  return {named->second, std::nullopt};
}

HttpResponse list_cases(const ApiContext& context, const RouteRequest& request) {
  unsigned version = request.http.version();
  auto query = query_parameters(request);
  if (!query) return malformed_query_response(version);
  ListedClient client = listed_client(request, *query);
  if (client.refusal) return std::move(*client.refusal);
  app::CaseSearch search{.client_code = *client.code};
  std::vector<FieldError> errors;
  if (auto q = query->find("q"); q != query->end()) search.text = q->second;
  if (auto limit = query->find("limit"); limit != query->end()) {
    auto value = positive_id(limit->second);
    if (!value || *value > app::kMaxCasesPerPage) {
      errors.push_back({"limit", "must be 1 to " + std::to_string(app::kMaxCasesPerPage)});
    } else {
      search.limit = *value;
    }
  }
  if (auto offset = query->find("offset"); offset != query->end()) {
    auto value = non_negative_number(offset->second);
    if (!value) {
      errors.push_back({"offset", "must be a whole number from 0"});
    } else {
      search.offset = *value;
    }
  }
  if (!errors.empty()) return invalid_fields_response(errors, version);
  auto page = app::search_case_summaries(context.store, search);
  if (!page.ok()) return problem_response(page.error(), version);
  json cases = json::array();
  for (const auto& summary : page->cases)
    cases.push_back(app::case_summary_json(search.client_code, summary));
  return json_response(json{{"cases", cases}, {"total", page->total}}.dump(),
                       beast_http::status::ok, version);
}

// The contact as `contact log` takes it, from the body; the operator is the caller.
std::optional<app::ContactLogInput> contact_input(const RouteRequest& request,
                                                  FieldReader& fields) {
  app::ContactLogInput input{.client_code = request.param("client"),
                             .claim_ref = request.param("ref"),
                             .actor = request.caller->user.login,
                             .operator_login = request.caller->user.login};
  auto channel = fields.parsed("channel", Presence::kOptional, compliance::parse_channel);
  if (channel) input.channel = *channel;
  auto result = fields.parsed("result", Presence::kRequired, compliance::parse_contact_result);
  if (result) input.result = *result;
  input.abandoned = fields.flag("abandoned").value_or(false);
  input.at = fields.parsed("at", Presence::kOptional, parse_iso8601);
  input.outcome = fields.parsed("outcome", Presence::kOptional, domain::parse_contact_outcome);
  input.callback_at = fields.parsed("callback_at", Presence::kOptional, parse_iso8601);
  input.minutes = {.spoke_with = fields.text("spoke_with", Presence::kOptional).value_or(""),
                   .identity_verified = fields.flag("identity_verified"),
                   .summary = fields.text("summary", Presence::kOptional).value_or(""),
                   .notes = fields.text("notes", Presence::kOptional).value_or("")};
  // The server has no mail settings of its own; `duecall contact log --email-minutes` and
  // `mail flush` send minutes from a command line that has them.
  if (fields.flag("email_minutes").value_or(false)) {
    fields.fail("email_minutes", "this server sends no mail; leave it false");
  }
  if (!fields.errors().empty()) return std::nullopt;
  return input;
}

HttpResponse log_contact(const ApiContext& context, const RouteRequest& request) {
  unsigned version = request.http.version();
  auto body = object_body(request);
  if (!body) return not_an_object_response(version);
  FieldReader fields(*body);
  auto input = contact_input(request, fields);
  if (!input) return invalid_fields_response(fields.errors(), version);
  auto logged = app::log_contact(context.store, context.clock, *input);
  if (!logged.ok()) return problem_response(logged.error(), version);
  return json_response(app::logged_contact_json(*logged, input->claim_ref, std::nullopt).dump(),
                       beast_http::status::created, version);
}

}  // namespace

std::vector<Route> case_routes(const ApiContext& context) {
  return {
      {.method = beast_http::verb::get,
       .pattern = "/api/cases",
       .roles = {Role::kOperator, Role::kSupervisor, Role::kAdmin, Role::kAuditor, Role::kClient},
       .tenant = TenantRule::kHandlerScopes,
       .summary = "a client's cases matching ?q= (debtor name or ref, claim ref), a page of "
                  "?limit= from ?offset=, with the total; a client user sees its own client's",
       .handler = [&context](const RouteRequest& request) { return list_cases(context, request); }},
      {.method = beast_http::verb::post,
       .pattern = "/api/cases/{client}/{ref}/contacts",
       .roles = {Role::kOperator, Role::kSupervisor},
       .tenant = TenantRule::kClientInPath,
       .summary = "record a contact attempt about a claim (its client_ref) as the signed-in "
                  "user, as contact log --json prints it",
       .handler =
           [&context](const RouteRequest& request) { return log_contact(context, request); }},
  };
}

}  // namespace duecall::adapters::http
