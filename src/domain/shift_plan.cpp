#include "domain/shift_plan.hpp"

#include <algorithm>
#include <cstdio>
#include <set>

#include "core/time_zone.hpp"

namespace duecall::domain {
namespace {

using std::chrono::minutes;

constexpr minutes kEndOfDay{24 * 60};
constexpr std::string_view kStandardTimeZone = "Europe/Ljubljana";

Error at_path(std::string_view path, std::string_view why) {
  return Error::invalid_argument("$." + std::string(path) + ": " + std::string(why));
}

std::string shift_path(std::size_t index) {
  return "shifts[" + std::to_string(index) + "]";
}

bool valid_shift_name(std::string_view name) {
  return !name.empty() && name.size() <= 32 && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

// "HH:MM" with HH 00-24 and MM 00-59; 24:00 only as the end of the day.
Result<minutes> parse_time_of_day(std::string_view text, std::string_view path) {
  auto digit = [&](std::size_t i) { return text[i] >= '0' && text[i] <= '9'; };
  if (text.size() != 5 || text[2] != ':' || !digit(0) || !digit(1) || !digit(3) || !digit(4)) {
    return at_path(path, "must be a time of day as HH:MM, such as \"08:00\"");
  }
  int hours = (text[0] - '0') * 10 + (text[1] - '0');
  int mins = (text[3] - '0') * 10 + (text[4] - '0');
  minutes time{hours * 60 + mins};
  if (mins > 59 || time > kEndOfDay) return at_path(path, "is not a time of day");
  return time;
}

Status check_shift(const Shift& shift, std::size_t index,
                   const std::set<std::string>& earlier_names) {
  std::string path = shift_path(index);
  if (!valid_shift_name(shift.name)) {
    return at_path(path + ".name",
                   "must be 1 to 32 lower-case letters, digits, '-' or '_', such as \"early\"");
  }
  if (earlier_names.contains(shift.name)) {
    return at_path(path + ".name", "'" + shift.name + "' names an earlier shift too");
  }
  if (shift.start < minutes{0} || shift.end > kEndOfDay || shift.start >= shift.end) {
    return at_path(path, "shift '" + shift.name + "' must start before it ends, within one day (" +
                             format_time_of_day(shift.start) + "-" + format_time_of_day(shift.end) +
                             ")");
  }
  return Ok{};
}

}  // namespace

std::string format_time_of_day(minutes since_midnight) {
  char text[8];
  auto count = since_midnight.count();
  std::snprintf(text, sizeof text, "%02d:%02d", static_cast<int>(count / 60),
                static_cast<int>(count % 60));
  return text;
}

Result<ShiftPlan> ShiftPlan::make(std::string time_zone, std::vector<Shift> shifts) {
  if (!TimeZone::find(time_zone).ok()) {
    return at_path("time_zone", "'" + time_zone + "' is not an IANA time zone such as \"" +
                                    std::string(kStandardTimeZone) + "\"");
  }
  if (shifts.empty()) return at_path("shifts", "must list at least one shift");
  if (shifts.size() > kMaxShifts) {
    return at_path("shifts", "must list at most " + std::to_string(kMaxShifts) + " shifts");
  }
  std::set<std::string> names;
  for (std::size_t index = 0; index < shifts.size(); ++index) {
    const Shift& shift = shifts[index];
    TRY(check_shift(shift, index, names));
    names.insert(shift.name);
    if (index == 0) continue;
    const Shift& previous = shifts[index - 1];
    if (shift.start < previous.start) {
      return at_path(shift_path(index), "shift '" + shift.name + "' starts at " +
                                            format_time_of_day(shift.start) + ", before shift '" +
                                            previous.name +
                                            "' above it: list shifts in order of their start");
    }
    if (shift.start < previous.end) {
      return at_path(shift_path(index), "shift '" + shift.name + "' starts at " +
                                            format_time_of_day(shift.start) +
                                            ", overlapping shift '" + previous.name +
                                            "', which ends at " + format_time_of_day(previous.end));
    }
  }
  return ShiftPlan(std::move(time_zone), std::move(shifts));
}

ShiftPlan ShiftPlan::standard() {
  return ShiftPlan(std::string(kStandardTimeZone),
                   {{"early", minutes{8 * 60}, minutes{13 * 60 + 30}},
                    {"late", minutes{13 * 60 + 30}, minutes{19 * 60}}});
}

Result<ShiftPlan> ShiftPlan::from_json(const nlohmann::json& document) {
  if (!document.is_object()) {
    return Error::invalid_argument("$: must be an object with \"time_zone\" and \"shifts\"");
  }
  for (const auto& [key, value] : document.items()) {
    if (key != "time_zone" && key != "shifts") return at_path(key, "unknown setting");
  }
  auto zone = document.find("time_zone");
  if (zone == document.end() || !zone->is_string()) {
    return at_path("time_zone", "must name an IANA time zone, such as \"Europe/Ljubljana\"");
  }
  auto list = document.find("shifts");
  if (list == document.end() || !list->is_array()) {
    return at_path("shifts", "must be an array of shifts");
  }
  std::vector<Shift> shifts;
  for (std::size_t index = 0; index < list->size(); ++index) {
    const auto& entry = (*list)[index];
    std::string path = shift_path(index);
    if (!entry.is_object()) {
      return at_path(path, "must be an object with \"name\", \"start\" and \"end\"");
    }
    for (const auto& [key, value] : entry.items()) {
      if (key != "name" && key != "start" && key != "end") {
        return at_path(path + "." + key, "unknown setting");
      }
    }
    Shift shift;
    for (const char* key : {"name", "start", "end"}) {
      auto found = entry.find(key);
      if (found == entry.end() || !found->is_string()) {
        return at_path(path + "." + key, "must be a string");
      }
    }
    shift.name = entry["name"].get<std::string>();
    shift.start = TRY(parse_time_of_day(entry["start"].get<std::string>(), path + ".start"));
    shift.end = TRY(parse_time_of_day(entry["end"].get<std::string>(), path + ".end"));
    shifts.push_back(std::move(shift));
  }
  return make(zone->get<std::string>(), std::move(shifts));
}

nlohmann::json ShiftPlan::to_json() const {
  nlohmann::json shifts = nlohmann::json::array();
  for (const auto& shift : shifts_) {
    shifts.push_back({{"name", shift.name},
                      {"start", format_time_of_day(shift.start)},
                      {"end", format_time_of_day(shift.end)}});
  }
  return {{"time_zone", time_zone_}, {"shifts", shifts}};
}

const Shift* ShiftPlan::find(std::string_view name) const {
  for (const auto& shift : shifts_) {
    if (shift.name == name) return &shift;
  }
  return nullptr;
}

}  // namespace duecall::domain
