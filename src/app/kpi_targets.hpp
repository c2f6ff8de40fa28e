// Use cases for KPI targets: set a client's or a team's minimum calls and agreements per
// working day, and list the targets set. A team needs no members to have a target; a
// client must exist. Setting a target again replaces it.
#pragma once

#include <string>
#include <vector>

#include "app/ports.hpp"

namespace duecall::app {

struct NewKpiTarget {
  KpiTargetScope scope = KpiTargetScope::kTeam;
  std::string name;  // the client's code or the team's name
  std::int64_t calls_per_day = 0;
  std::int64_t agreements_per_day = 0;
  std::string actor;
};

// kInvalidArgument for a bad team name or figure; kNotFound for an unknown client.
Result<KpiTargetRecord> set_kpi_target(Store& store, const Clock& clock, const NewKpiTarget& input);
Result<std::vector<KpiTargetRecord>> list_kpi_targets(Store& store);

}  // namespace duecall::app
