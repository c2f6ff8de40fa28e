// The stored side of the KPI report: the query the store answers with KpiFacts
// (domain/kpi_facts.hpp), and a KPI target as stored per client or per team.
#pragma once

#include <optional>
#include <string>

#include "core/civil_date.hpp"
#include "core/ids.hpp"
#include "core/instant.hpp"
#include "domain/kpi_target.hpp"

namespace duecall::app {

// Contacts, agreements and intake at instants in [from, until); payments booked on
// first_day .. last_day; of one client's cases and claims when `client` is given.
struct KpiQuery {
  Instant from;
  Instant until;
  CivilDate first_day;
  CivilDate last_day;
  std::optional<ClientId> client;
};

enum class KpiTargetScope { kClient, kTeam };
std::string_view target_scope_name(KpiTargetScope scope);  // "client", "team"

struct KpiTargetRecord {
  KpiTargetScope scope = KpiTargetScope::kTeam;
  ClientId client_id;  // valid iff the scope is kClient
  std::string name;    // the client's code or the team's name
  domain::KpiTarget target;
  Instant set_at;
  std::string set_by;
};

}  // namespace duecall::app
