// The routes of agreements with debtors: an operator makes one about a claim of a case, a
// supervisor approves or rejects one outside the client's floors, an operator or supervisor
// cancels one, and the lists of a client's agreements and of those waiting for approval.
// Every answer about one agreement is the element `agreement list --json` prints.
#include <nlohmann/json.hpp>

#include "adapters/http/api_context.hpp"
#include "adapters/http/problem.hpp"
#include "adapters/http/request_input.hpp"
#include "app/agreement_json.hpp"
#include "app/agreements.hpp"

namespace duecall::adapters::http {
namespace {

using domain::Role;
using nlohmann::json;

HttpResponse agreement_answer(const Result<app::ListedAgreement>& agreement,
                              beast_http::status status, unsigned version) {
  if (!agreement.ok()) return problem_response(agreement.error(), version);
  return json_response(app::agreement_json(*agreement).dump(), status, version);
}

HttpResponse list_answer(const Result<std::vector<app::ListedAgreement>>& agreements,
                         const std::optional<domain::AgreementState>& state, unsigned version) {
  if (!agreements.ok()) return problem_response(agreements.error(), version);
  json out = json::array();
  for (const auto& listed : *agreements) {
    if (!state || listed.agreement.state == *state) out.push_back(app::agreement_json(listed));
  }
  return json_response(out.dump(), beast_http::status::ok, version);
}

// The terms as `agreement add` takes them, from the body; the operator is the caller.
std::optional<app::NewAgreement> new_agreement(const RouteRequest& request, FieldReader& fields) {
  auto kind = fields.parsed("kind", Presence::kRequired, domain::parse_agreement_kind);
  app::AgreementRequest terms{.amount = fields.text("amount", Presence::kOptional),
                              .date = fields.text("date", Presence::kOptional),
                              .instalments = std::nullopt,
                              .first_date = fields.text("first_date", Presence::kOptional),
                              .every = fields.text("every", Presence::kOptional),
                              .amounts = fields.texts("amounts"),
                              .interest = fields.text("interest", Presence::kOptional)};
  if (auto instalments = fields.number("instalments")) {
    if (*instalments < 1 || *instalments > 1000) {
      fields.fail("instalments", "must be 1 to 1000");
    } else {
      terms.instalments = static_cast<int>(*instalments);
    }
  }
  if (!fields.errors().empty()) return std::nullopt;
  terms.kind = *kind;
  return app::NewAgreement{.client_code = request.param("client"),
                           .claim_ref = request.param("ref"),
                           .operator_login = request.caller->user.login,
                           .request = std::move(terms)};
}

HttpResponse add_agreement(const ApiContext& context, const RouteRequest& request) {
  unsigned version = request.http.version();
  auto body = object_body(request);
  if (!body) return not_an_object_response(version);
  FieldReader fields(*body);
  auto input = new_agreement(request, fields);
  if (!input) return invalid_fields_response(fields.errors(), version);
  return agreement_answer(app::add_agreement(context.store, context.clock, *input),
                          beast_http::status::created, version);
}

HttpResponse list_agreements(const ApiContext& context, const RouteRequest& request) {
  unsigned version = request.http.version();
  auto query = query_parameters(request);
  if (!query) return malformed_query_response(version);
  auto named = query->find("client");
  std::string client_code = named == query->end() ? "" : named->second;
  if (domain::role_is_bound_to_client(request.caller->user.role)) {
    // A client user lists its own client's agreements; another client's do not exist for it.
    if (!client_code.empty() && client_code != request.caller->client_code) {
      return problem_response(beast_http::status::not_found, "no such resource", version);
    }
    client_code = request.caller->client_code;
  }
  std::vector<FieldError> errors;
  if (client_code.empty()) errors.push_back({"client", "is required: the client's code"});
  std::optional<domain::AgreementState> state;
  if (auto given = query->find("state"); given != query->end()) {
    auto parsed = domain::parse_agreement_state(given->second);
    if (parsed.ok()) {
      state = *parsed;
    } else {
      errors.push_back({"state", parsed.error().message});
    }
  }
  std::optional<std::string> claim;
  if (auto given = query->find("claim"); given != query->end()) claim = given->second;
  if (!errors.empty()) return invalid_fields_response(errors, version);
  return list_answer(app::list_agreements(context.store, client_code, claim), state, version);
}

using Decide = Result<app::ListedAgreement> (*)(app::Store&, const app::Clock&,
                                                const app::AgreementDecision&);

// Approves, rejects or cancels the agreement in the path as the caller, with the body's
// reason (`reason_presence` says whether the decision needs one).
HttpResponse decide(const ApiContext& context, const RouteRequest& request, Decide decision,
                    Presence reason_presence) {
  unsigned version = request.http.version();
  auto id = positive_id(request.param("id"));
  if (!id) return problem_response(beast_http::status::not_found, "no such agreement", version);
  auto body = object_body(request);
  if (!body) return not_an_object_response(version);
  FieldReader fields(*body);
  auto reason = fields.text("reason", reason_presence);
  if (reason && reason->empty() && reason_presence == Presence::kRequired) {
    fields.fail("reason", "must not be empty");
  }
  if (!fields.errors().empty()) return invalid_fields_response(fields.errors(), version);
  return agreement_answer(decision(context.store, context.clock,
                                   {.id = AgreementId(*id),
                                    .actor = request.caller->user.login,
                                    .actor_is_user = true,
                                    .reason = reason.value_or("")}),
                          beast_http::status::ok, version);
}

}  // namespace

std::vector<Route> agreement_routes(const ApiContext& context) {
  return {
      {.method = beast_http::verb::post,
       .pattern = "/api/cases/{client}/{ref}/agreements",
       .roles = {Role::kOperator, Role::kSupervisor},
       .tenant = TenantRule::kClientInPath,
       .summary = "agree with the debtor about a claim (its client_ref) as the signed-in user; "
                  "outside the client's floors it waits for approval",
       .handler =
           [&context](const RouteRequest& request) { return add_agreement(context, request); }},
      {.method = beast_http::verb::get,
       .pattern = "/api/agreements",
       .roles = {Role::kOperator, Role::kSupervisor, Role::kAdmin, Role::kAuditor, Role::kClient},
       .tenant = TenantRule::kHandlerScopes,
       .summary = "a client's agreements (?client=, ?state=, ?claim=), as agreement list --json; "
                  "a client user sees its own client's",
       .handler =
           [&context](const RouteRequest& request) { return list_agreements(context, request); }},
      {.method = beast_http::verb::post,
       .pattern = "/api/agreements/{id}/cancel",
       .roles = {Role::kOperator, Role::kSupervisor},
       .summary = "end an active or pending agreement, with a reason",
       .handler =
           [&context](const RouteRequest& request) {
             return decide(context, request, app::cancel_agreement, Presence::kRequired);
           }},
      {.method = beast_http::verb::get,
       .pattern = "/api/approvals",
       .roles = {Role::kSupervisor, Role::kAdmin, Role::kAuditor},
       .summary = "agreements waiting for approval, oldest first, as approvals list --json",
       .handler =
           [&context](const RouteRequest& request) {
             return list_answer(app::list_pending_approvals(context.store), std::nullopt,
                                request.http.version());
           }},
      {.method = beast_http::verb::post,
       .pattern = "/api/approvals/{id}/approve",
       .roles = {Role::kSupervisor, Role::kAdmin},
       .summary = "make a pending agreement active, optionally with a reason",
       .handler =
           [&context](const RouteRequest& request) {
             return decide(context, request, app::approve_agreement, Presence::kOptional);
           }},
      {.method = beast_http::verb::post,
       .pattern = "/api/approvals/{id}/reject",
       .roles = {Role::kSupervisor, Role::kAdmin},
       .summary = "refuse a pending agreement, with a reason",
       .handler =
           [&context](const RouteRequest& request) {
             return decide(context, request, app::reject_agreement, Presence::kRequired);
           }},
  };
}

}  // namespace duecall::adapters::http
