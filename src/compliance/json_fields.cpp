#include "compliance/json_fields.hpp"

#include <cstdio>

namespace duecall::compliance {

using nlohmann::json;

Result<WeeklyHours> weekly_hours_from_json(const json& hours, const std::string& path,
                                           const FieldError& bad) {
  if (!hours.is_object()) return bad(path, "must be an object of weekday: \"HH:MM-HH:MM\"");
  WeeklyHours week;
  for (const auto& [day_name, interval] : hours.items()) {
    const std::string field = path + "." + day_name;
    auto day = parse_weekday(day_name);
    if (!day.ok()) return bad(field, day.error().message);
    if (interval.is_null()) continue;
    if (!interval.is_string()) return bad(field, "must be \"HH:MM-HH:MM\"");
    auto parsed = parse_daily_hours(interval.get<std::string>());
    if (!parsed.ok()) return bad(field, parsed.error().message);
    week = week.with(*day, *parsed);
  }
  return week;
}

json weekly_hours_to_json(const WeeklyHours& hours) {
  json days = json::object();
  for (unsigned index = 0; index < 7; ++index) {
    const date::weekday day(index);
    if (const auto& open = hours.on(day)) {
      days[std::string(weekday_name(day))] = format_daily_hours(*open);
    }
  }
  return days;
}

Result<Holiday> holiday_from_json(const json& day, const std::string& path, const FieldError& bad) {
  if (!day.is_object()) return bad(path, "must be an object");
  Holiday holiday;
  if (!day.contains("name")) return bad(path + ".name", "is missing");
  if (!day.at("name").is_string()) return bad(path + ".name", "must be a string");
  holiday.name = day.at("name").get<std::string>();
  if (day.contains("first_year")) {
    const json& first_year = day.at("first_year");
    if (!first_year.is_number_integer() || first_year.get<long long>() < 0 ||
        first_year.get<long long>() > 100000) {
      return bad(path + ".first_year", "must be between 0 and 100000");
    }
    holiday.first_year = static_cast<int>(first_year.get<long long>());
  }
  if (day.contains("date")) {
    if (!day.at("date").is_string()) return bad(path + ".date", "must be a string");
    const std::string text = day.at("date").get<std::string>();
    unsigned month = 0;
    unsigned day_of_month = 0;
    char tail = 0;
    if (std::sscanf(text.c_str(), "%2u-%2u%c", &month, &day_of_month, &tail) != 2 ||
        !(date::month(month) / date::day(day_of_month)).ok()) {
      return bad(path + ".date", "must be \"MM-DD\"");
    }
    holiday.fixed_date = date::month(month) / date::day(day_of_month);
    return holiday;
  }
  if (!day.contains("easter_offset") || !day.at("easter_offset").is_number_integer()) {
    return bad(path, "needs \"date\" (MM-DD) or an integer \"easter_offset\"");
  }
  const auto offset = day.at("easter_offset").get<long long>();
  if (offset < -200 || offset > 200) return bad(path + ".easter_offset", "must be within 200 days");
  holiday.days_from_easter = static_cast<int>(offset);
  return holiday;
}

json holiday_to_json(const Holiday& holiday) {
  json day = {{"name", holiday.name}};
  if (holiday.fixed_date) {
    char text[8];
    std::snprintf(text, sizeof text, "%02u-%02u",
                  static_cast<unsigned>(holiday.fixed_date->month()),
                  static_cast<unsigned>(holiday.fixed_date->day()));
    day["date"] = text;
  } else {
    day["easter_offset"] = holiday.days_from_easter;
  }
  if (holiday.first_year != 0) day["first_year"] = holiday.first_year;
  return day;
}

}  // namespace duecall::compliance
