// The supervisors' floor view (GET /api/floor and the /api/live feed): each operator's state
// now, what the floor did today (KPI totals, targets, calls by local hour) and per operator
// today's calls, right-party contacts and promises.
//
// An operator's state is derived from what the store already knows, in this order:
//   - signed_out: no unexpired web session;
//   - on_case: holds a work-queue lease (since: the lease was taken, assuming the default
//     lease length, as the HTTP API always takes it);
//   - wrap_up: logged a contact within the last kWrapUpWindow (since: that contact);
//   - idle: otherwise (since: the later of the sign-in and the end of the last wrap-up).
// "Today" is the local day of the agency's time zone (the shift plan's), as in the KPI
// report. Calls, right-party contacts and promises by operator and by hour count the
// contacts on channel call that began today; a promise is a call whose outcome was a promise
// to pay. kpi_today is the KPI report's totals for today, with its own definitions.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "app/kpi_report.hpp"
#include "app/ports.hpp"

namespace duecall::app {

inline constexpr std::chrono::seconds kWrapUpWindow{60};

enum class OperatorState { kSignedOut, kIdle, kOnCase, kWrapUp };
std::string_view operator_state_name(OperatorState state);

struct CallCounts {
  std::int64_t calls = 0;
  std::int64_t right_party = 0;
  std::int64_t promises = 0;
};

struct FloorOperator {
  std::string login;
  std::string name;
  std::string team;
  OperatorState state = OperatorState::kSignedOut;
  std::optional<Instant> since;
  std::optional<HeldLease> lease;  // iff on_case
  CallCounts today;
};

struct FloorView {
  Instant at;
  std::vector<FloorOperator> operators;  // enabled operators, by login
  KpiReportResult kpi_today;
  std::vector<KpiTargetRecord> targets;
  std::vector<std::pair<int, CallCounts>> hourly;  // local hours with calls, in order
};

Result<FloorView> floor_view(Store& store, const Clock& clock);

}  // namespace duecall::app
