#include "app/kpi_report.hpp"

namespace duecall::app {
namespace {

// The target in force for each operator with a user account, by login.
std::map<std::string, domain::AppliedTarget> applied_targets(
    const std::vector<KpiTargetRecord>& targets, const std::vector<domain::User>& users,
    std::optional<ClientId> client) {
  std::map<std::string, domain::AppliedTarget> by_login;
  std::optional<domain::AppliedTarget> client_target;
  std::map<std::string, domain::AppliedTarget> by_team;
  for (const auto& record : targets) {
    domain::AppliedTarget applied{std::string(target_scope_name(record.scope)), record.name,
                                  record.target};
    if (record.scope == KpiTargetScope::kTeam) by_team.emplace(record.name, applied);
    if (record.scope == KpiTargetScope::kClient && client && record.client_id == *client) {
      client_target = applied;
    }
  }
  for (const auto& user : users) {
    if (client_target) {
      by_login.emplace(user.login, *client_target);
    } else if (auto team = by_team.find(user.team); !user.team.empty() && team != by_team.end()) {
      by_login.emplace(user.login, team->second);
    }
  }
  return by_login;
}

}  // namespace

Result<KpiReportResult> kpi_report(Store& store, const KpiRequest& request) {
  auto transaction = TRY(store.begin());
  auto stored_plan = TRY(transaction->find_shift_plan());
  domain::ShiftPlan plan = stored_plan ? std::move(*stored_plan) : domain::ShiftPlan::standard();
  auto zone = TimeZone::find(plan.time_zone());
  if (!zone.ok()) return Error::data_loss("the shift plan's zone: " + zone.error().message);
  domain::KpiPeriod period = TRY(domain::KpiPeriod::make(request.from, request.to, *zone));

  std::optional<ClientId> client;
  if (!request.client_code.empty()) {
    auto found = TRY(transaction->find_client(request.client_code));
    if (!found) return Error::not_found("no client has the code " + request.client_code);
    client = found->id;
  }
  KpiQuery query{.from = period.start(),
                 .until = period.end(),
                 .first_day = period.from(),
                 .last_day = period.to(),
                 .client = client};
  domain::KpiFacts facts = TRY(transaction->kpi_facts(query));
  domain::KpiOptions options{.by = request.by, .targets = {}};
  if (request.by == domain::KpiGrouping::kOperator) {
    options.targets = applied_targets(TRY(transaction->list_kpi_targets()),
                                      TRY(transaction->list_users()), client);
  }
  TRY(transaction->commit());
  domain::KpiReport report = TRY(domain::compute_kpis(facts, period, plan, options));
  return KpiReportResult{std::move(period), request.client_code, std::move(report)};
}

}  // namespace duecall::app
