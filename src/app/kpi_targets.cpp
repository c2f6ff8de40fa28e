#include "app/kpi_targets.hpp"

namespace duecall::app {

std::string_view target_scope_name(KpiTargetScope scope) {
  return scope == KpiTargetScope::kClient ? "client" : "team";
}

Result<KpiTargetRecord> set_kpi_target(Store& store, const Clock& clock,
                                       const NewKpiTarget& input) {
  KpiTargetRecord record{
      .scope = input.scope,
      .client_id = ClientId(),
      .name = input.name,
      .target = TRY(domain::make_kpi_target(input.calls_per_day, input.agreements_per_day)),
      .set_at = clock.now(),
      .set_by = input.actor};
  if (input.scope == KpiTargetScope::kTeam) TRY(domain::check_team_name(input.name));
  auto transaction = TRY(store.begin());
  if (input.scope == KpiTargetScope::kClient) {
    auto client = TRY(transaction->find_client(input.name));
    if (!client) return Error::not_found("no client has the code " + input.name);
    record.client_id = client->id;
  }
  TRY(transaction->set_kpi_target(record));
  TRY(transaction->commit());
  return record;
}

Result<std::vector<KpiTargetRecord>> list_kpi_targets(Store& store) {
  auto transaction = TRY(store.begin());
  auto targets = TRY(transaction->list_kpi_targets());
  TRY(transaction->commit());
  return targets;
}

}  // namespace duecall::app
