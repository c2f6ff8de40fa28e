// Dialer campaigns over HTTP (docs/campaigns.md): supervisors and admins list, create,
// start, pause and stop them; auditors may read. GET /api/campaigns answers each campaign
// with its abandonment rates; GET /api/campaigns/{id} adds the due calls it covers now and
// the gate's refusals (campaign_status.hpp). A refused state change answers 409 with the
// reason; every change is recorded with the caller's login.
#include <nlohmann/json.hpp>

#include "adapters/http/api_context.hpp"
#include "adapters/http/problem.hpp"
#include "adapters/http/request_input.hpp"
#include "app/campaign_json.hpp"
#include "app/campaign_status.hpp"
#include "app/campaigns.hpp"

namespace duecall::adapters::http {
namespace {

using domain::Role;
using nlohmann::json;

HttpResponse list_campaigns(const ApiContext& context, const RouteRequest& request) {
  unsigned version = request.http.version();
  auto campaigns = app::list_campaigns(context.store);
  if (!campaigns.ok()) return problem_response(campaigns.error(), version);
  json out = json::array();
  for (const auto& campaign : *campaigns) {
    auto status = app::campaign_status(context.store, context.clock, std::to_string(campaign.id),
                                       /*with_due_calls=*/false);
    if (!status.ok()) return problem_response(status.error(), version);
    out.push_back(app::campaign_status_json(*status, /*with_due_calls=*/false));
  }
  return json_response(out.dump(), beast_http::status::ok, version);
}

HttpResponse create_campaign(const ApiContext& context, const RouteRequest& request) {
  unsigned version = request.http.version();
  auto body = object_body(request);
  if (!body) return not_an_object_response(version);
  FieldReader fields(*body);
  app::NewCampaign input{.actor = request.caller->user.login};
  input.name = fields.text("name", Presence::kRequired).value_or("");
  input.client_codes = fields.texts("clients");
  input.mode = fields.text("mode", Presence::kRequired).value_or("");
  input.abandon_cap = fields.text("abandon_cap", Presence::kOptional);
  input.caller_id = fields.text("caller_id", Presence::kRequired).value_or("");
  if (input.client_codes.empty()) fields.fail("clients", "name at least one client");
  if (!fields.errors().empty()) return invalid_fields_response(fields.errors(), version);
  auto campaign = app::create_campaign(context.store, context.clock, input);
  if (!campaign.ok()) return problem_response(campaign.error(), version);
  return json_response(app::campaign_json(*campaign).dump(), beast_http::status::created, version);
}

HttpResponse campaign_status(const ApiContext& context, const RouteRequest& request) {
  unsigned version = request.http.version();
  auto status = app::campaign_status(context.store, context.clock, request.param("id"));
  if (!status.ok()) return problem_response(status.error(), version);
  return json_response(app::campaign_status_json(*status).dump(), beast_http::status::ok, version);
}

HttpResponse change_campaign(const ApiContext& context, const RouteRequest& request,
                             domain::CampaignAction action) {
  unsigned version = request.http.version();
  auto changed = app::change_campaign_state(context.store, context.clock, request.param("id"),
                                            action, request.caller->user.login);
  if (!changed.ok()) return problem_response(changed.error(), version);
  return json_response(app::campaign_json(*changed).dump(), beast_http::status::ok, version);
}

Route change_route(const ApiContext& context, domain::CampaignAction action,
                   const std::string& summary) {
  return {.method = beast_http::verb::post,
          .pattern = "/api/campaigns/{id}/" + std::string(domain::campaign_action_name(action)),
          .roles = {Role::kSupervisor, Role::kAdmin},
          .summary = summary,
          .handler = [&context, action](const RouteRequest& request) {
            return change_campaign(context, request, action);
          }};
}

}  // namespace

std::vector<Route> campaign_routes(const ApiContext& context) {
  const std::vector<Role> readers = {Role::kSupervisor, Role::kAdmin, Role::kAuditor};
  return {
      {.method = beast_http::verb::get,
       .pattern = "/api/campaigns",
       .roles = readers,
       .summary = "every dialer campaign with its state, mode, cap and abandon rates",
       .handler = [&context](const RouteRequest& request) { return list_campaigns(context, request); }},
      {.method = beast_http::verb::post,
       .pattern = "/api/campaigns",
       .roles = {Role::kSupervisor, Role::kAdmin},
       .summary = "create a dialer campaign over clients' due calls",
       .handler = [&context](const RouteRequest& request) { return create_campaign(context, request); }},
      {.method = beast_http::verb::get,
       .pattern = "/api/campaigns/{id}",
       .roles = readers,
       .summary = "a campaign's status: abandon rates, due calls now and the gate's refusals",
       .handler = [&context](const RouteRequest& request) { return campaign_status(context, request); }},
      change_route(context, domain::CampaignAction::kStart, "start a created or paused campaign"),
      change_route(context, domain::CampaignAction::kPause, "pause a running campaign"),
      change_route(context, domain::CampaignAction::kStop, "stop a campaign for good"),
  };
}

}  // namespace duecall::adapters::http
