// A KpiTarget is the least an operator should do on each working day: calls and agreements
// (promises, plans, settlements, extensions and reduced interest alike). Targets are set per
// client and per team; which one applies to an operator's row is the report's choice
// (docs/kpi.md): the client's when the report is for one client that has a target, else
// the operator's team's.
//
// A working day is a local day on which the operator made at least one call. A target is
// met when the figure reaches the target on average over the working days, compared
// exactly (calls >= target x working days), so that rounding never decides it. With no
// working day nothing is measured and whether the target is met is unknown.
//
// Team names follow the rule of shift names: 1 to 32 lower-case letters, digits, '-' or
// '_'.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.hpp"
#include "domain/kpi_rate.hpp"

namespace duecall::domain {

inline constexpr std::int64_t kMaxTargetPerDay = 10000;

struct KpiTarget {
  std::int64_t calls_per_day = 0;
  std::int64_t agreements_per_day = 0;
  bool operator==(const KpiTarget&) const = default;
};

// Checks each figure is between 0 and kMaxTargetPerDay.
Result<KpiTarget> make_kpi_target(std::int64_t calls_per_day, std::int64_t agreements_per_day);

// Checks a team name (see above); an empty name is refused.
Status check_team_name(std::string_view team);

// Where the target in force for a row came from.
struct AppliedTarget {
  std::string scope;  // "client" or "team"
  std::string name;   // the client's code or the team's name
  KpiTarget target;
};

// One operator's figures against a target.
struct TargetCheck {
  std::int64_t working_days = 0;
  KpiRate calls_per_day;       // calls / working days
  KpiRate agreements_per_day;  // agreements / working days
  std::optional<AppliedTarget> target;
  std::optional<bool> calls_met;       // none without a target or a working day
  std::optional<bool> agreements_met;  // likewise
};

TargetCheck check_against_target(std::int64_t working_days, std::int64_t calls,
                                 std::int64_t agreements,
                                 const std::optional<AppliedTarget>& target);

}  // namespace duecall::domain
