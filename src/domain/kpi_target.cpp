#include "domain/kpi_target.hpp"

namespace duecall::domain {

Result<KpiTarget> make_kpi_target(std::int64_t calls_per_day, std::int64_t agreements_per_day) {
  auto check = [](std::int64_t value, const char* name) -> Status {
    if (value < 0 || value > kMaxTargetPerDay) {
      return Error::invalid_argument(std::string(name) + " must be between 0 and " +
                                     std::to_string(kMaxTargetPerDay) + ", not " +
                                     std::to_string(value));
    }
    return Ok{};
  };
  TRY(check(calls_per_day, "--calls-per-day"));
  TRY(check(agreements_per_day, "--agreements-per-day"));
  return KpiTarget{calls_per_day, agreements_per_day};
}

Status check_team_name(std::string_view team) {
  bool valid = !team.empty() && team.size() <= 32;
  for (char c : team) {
    valid = valid && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_');
  }
  if (!valid) {
    return Error::invalid_argument("team '" + std::string(team) +
                                   "' must be 1 to 32 lower-case letters, digits, '-' or '_'");
  }
  return Ok{};
}

TargetCheck check_against_target(std::int64_t working_days, std::int64_t calls,
                                 std::int64_t agreements,
                                 const std::optional<AppliedTarget>& target) {
  TargetCheck check{.working_days = working_days,
                    .calls_per_day = {calls, working_days},
                    .agreements_per_day = {agreements, working_days},
                    .target = target};
  if (target && working_days > 0) {
    check.calls_met = calls >= target->target.calls_per_day * working_days;
    check.agreements_met = agreements >= target->target.agreements_per_day * working_days;
  }
  return check;
}

}  // namespace duecall::domain
