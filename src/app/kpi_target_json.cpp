#include "app/kpi_target_json.hpp"

namespace duecall::app {

nlohmann::json kpi_target_json(const KpiTargetRecord& record) {
  return {{"scope", target_scope_name(record.scope)},
          {"name", record.name},
          {"calls_per_day", record.target.calls_per_day},
          {"agreements_per_day", record.target.agreements_per_day},
          {"set_at", format_iso8601(record.set_at)},
          {"set_by", record.set_by}};
}

}  // namespace duecall::app
