// A ShiftPlan divides the agency's working day into named shifts that operators and
// supervisors are assigned to. Shift times are wall-clock times in the plan's IANA time zone
// (the agency's office), the same on every working day; intervals are half-open, so "late"
// may start at 13:30 exactly when "early" ends.
//
// Invariants: at least one and at most kMaxShifts shifts; names are unique, 1 to 32
// lower-case letters, digits, '-' or '_'; each shift starts before it ends, within one day
// (00:00 to 24:00); shifts are listed in order of their start and do not overlap. Gaps are
// allowed (a lunch break nobody staffs).
//
// The standard plan, used until an administrator sets another, covers 08:00-19:00 in
// Europe/Ljubljana (the first market): early 08:00-13:30 and late 13:30-19:00.
//
// JSON form, as `duecall shift set FILE` reads it and `shift list --json` prints it:
//   {"time_zone": "Europe/Ljubljana",
//    "shifts": [{"name": "early", "start": "08:00", "end": "13:30"}, ...]}
// Errors name the JSON path ("$.shifts[1].start: ...").
#pragma once

#include <nlohmann/json.hpp>

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace duecall::domain {

inline constexpr std::size_t kMaxShifts = 24;

struct Shift {
  std::string name;
  std::chrono::minutes start;  // since local midnight
  std::chrono::minutes end;
  bool operator==(const Shift&) const = default;
};

class ShiftPlan {
 public:
  // Checks the invariants; messages name the offending shift by its index and name.
  static Result<ShiftPlan> make(std::string time_zone, std::vector<Shift> shifts);
  static ShiftPlan standard();
  static Result<ShiftPlan> from_json(const nlohmann::json& document);
  nlohmann::json to_json() const;

  const std::string& time_zone() const { return time_zone_; }
  const std::vector<Shift>& shifts() const { return shifts_; }
  // The shift called `name`, or nullptr.
  const Shift* find(std::string_view name) const;
  bool operator==(const ShiftPlan&) const = default;

 private:
  ShiftPlan(std::string time_zone, std::vector<Shift> shifts)
      : time_zone_(std::move(time_zone)), shifts_(std::move(shifts)) {}

  std::string time_zone_;
  std::vector<Shift> shifts_;
};

// "08:00"; "24:00" for the end of the day.
std::string format_time_of_day(std::chrono::minutes since_midnight);

}  // namespace duecall::domain
