// Reading and writing the JSON fields that profiles (profile_json.hpp) and client overrides
// (client_overrides_json.hpp) share: weekly hours, holidays and lists of names. The two
// documents word their errors differently ("profile field 'window.hours.monday' ...",
// "$.compliance.hours.monday: ..."), so the caller says how: every reader takes the path
// of the value it reads and a FieldError that turns (path, what is wrong) into an Error.
#pragma once

#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <vector>

#include "compliance/holiday_calendar.hpp"
#include "compliance/weekly_hours.hpp"
#include "core/result.hpp"

namespace duecall::compliance {

using FieldError = std::function<Error(const std::string& path, const std::string& what)>;

// {"monday": "08:00-19:00", ...}; days not listed, or listed as null, are closed.
Result<WeeklyHours> weekly_hours_from_json(const nlohmann::json& hours, const std::string& path,
                                           const FieldError& bad);
nlohmann::json weekly_hours_to_json(const WeeklyHours& hours);

// {"name": "božič", "date": "12-25"} or {"name": "...", "easter_offset": 1}, either with an
// optional "first_year".
Result<Holiday> holiday_from_json(const nlohmann::json& day, const std::string& path,
                                  const FieldError& bad);
nlohmann::json holiday_to_json(const Holiday& holiday);

// An array of names read with `parse` (parse_channel, parse_number_kind ...); null or a
// missing value reads as an empty list.
template <typename T, typename Parse>
Result<std::vector<T>> names_from_json(const nlohmann::json* value, const std::string& path,
                                       Parse parse, const FieldError& bad) {
  std::vector<T> items;
  if (value == nullptr || value->is_null()) return items;
  if (!value->is_array()) return bad(path, "must be an array of names");
  for (const nlohmann::json& item : *value) {
    if (!item.is_string()) return bad(path, "must be an array of names");
    auto parsed = parse(item.get<std::string>());
    if (!parsed.ok()) return bad(path, parsed.error().message);
    items.push_back(*parsed);
  }
  return items;
}

template <typename T, typename Name>
nlohmann::json names_to_json(const std::vector<T>& items, Name name) {
  nlohmann::json array = nlohmann::json::array();
  for (const T& item : items) array.push_back(std::string(name(item)));
  return array;
}

}  // namespace duecall::compliance
