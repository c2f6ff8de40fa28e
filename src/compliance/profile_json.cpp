#include "compliance/profile_json.hpp"

#include <nlohmann/json.hpp>

#include "compliance/json_fields.hpp"

namespace duecall::compliance {

namespace {

using nlohmann::json;

Error bad(const std::string& field, const std::string& what) {
  return Error::invalid_argument("profile field '" + field + "' " + what);
}

Result<const json*> member(const json& object, const std::string& path, const char* key,
                           bool required) {
  if (!object.contains(key) || object.at(key).is_null()) {
    if (required) return bad(path + key, "is missing");
    return static_cast<const json*>(nullptr);
  }
  return &object.at(key);
}

Result<std::string> string_of(const json& object, const std::string& path, const char* key,
                              bool required = true) {
  const json* value = TRY(member(object, path, key, required));
  if (value == nullptr) return std::string();
  if (!value->is_string()) return bad(path + key, "must be a string");
  return value->get<std::string>();
}

Result<int> int_of(const json& object, const std::string& path, const char* key, int minimum) {
  const json* value = TRY(member(object, path, key, true));
  if (!value->is_number_integer()) return bad(path + key, "must be an integer");
  const auto number = value->get<long long>();
  if (number < minimum || number > 100000) {
    return bad(path + key, "must be between " + std::to_string(minimum) + " and 100000");
  }
  return static_cast<int>(number);
}

// Parses an array of names with `parse` (parse_channel, parse_number_kind ...).
template <typename T, typename Parse>
Result<std::vector<T>> list_of(const json& object, const std::string& path, const char* key,
                               Parse parse) {
  const json* value = TRY(member(object, path, key, false));
  return names_from_json<T>(value, path + key, parse, bad);
}

Result<AttemptCap> cap_from(const json& object, const std::string& path) {
  if (!object.is_object()) return bad(path, "must be an object");
  const std::string prefix = path + ".";
  AttemptCap cap;
  cap.name = TRY(string_of(object, prefix, "name"));
  if (cap.name.empty()) return bad(prefix + "name", "must not be empty");
  cap.max_attempts = TRY(int_of(object, prefix, "max_attempts", 0));
  cap.period_days = TRY(int_of(object, prefix, "period_days", 1));
  cap.channels = TRY(list_of<Channel>(object, prefix, "channels", parse_channel));
  if (cap.channels.empty()) return bad(prefix + "channels", "must name at least one channel");
  cap.number_kinds = TRY(list_of<NumberKind>(object, prefix, "number_kinds", parse_number_kind));
  cap.uncounted_results =
      TRY(list_of<ContactResult>(object, prefix, "uncounted_results", parse_contact_result));
  cap.source = TRY(string_of(object, prefix, "source"));
  return cap;
}

Result<Profile> profile_from(const json& root) {
  if (!root.is_object()) return bad("(root)", "must be an object");
  Profile profile;
  profile.id = TRY(string_of(root, "", "id"));
  profile.country = TRY(string_of(root, "", "country"));
  if (root.contains("region") && !root.at("region").is_null()) {
    profile.region = TRY(string_of(root, "", "region"));
  }
  const json* zones = TRY(member(root, "", "default_zones", true));
  if (!zones->is_array() || zones->empty()) {
    return bad("default_zones", "must be a non-empty array of IANA zone names");
  }
  for (const json& name : *zones) {
    if (!name.is_string()) return bad("default_zones", "must hold zone names");
    auto zone = TimeZone::find(name.get<std::string>());
    if (!zone.ok()) return bad("default_zones", zone.error().message);
    profile.default_zones.push_back(*zone);
  }
  const json* window = TRY(member(root, "", "window", true));
  if (!window->is_object()) return bad("window", "must be an object");
  const json* hours = TRY(member(*window, "window.", "hours", true));
  profile.window.hours = TRY(weekly_hours_from_json(*hours, "window.hours", bad));
  profile.window.channels = TRY(list_of<Channel>(*window, "window.", "channels", parse_channel));
  profile.window.source = TRY(string_of(*window, "window.", "source"));
  if (const json* holidays = TRY(member(root, "", "holidays", false))) {
    profile.holidays.source = TRY(string_of(*holidays, "holidays.", "source", false));
    if (const json* days = TRY(member(*holidays, "holidays.", "days", false))) {
      if (!days->is_array()) return bad("holidays.days", "must be an array");
      for (std::size_t index = 0; index < days->size(); ++index) {
        profile.holidays.holidays.push_back(TRY(holiday_from_json(
            days->at(index), "holidays.days[" + std::to_string(index) + "]", bad)));
      }
    }
  }
  if (const json* caps = TRY(member(root, "", "caps", false))) {
    if (!caps->is_array()) return bad("caps", "must be an array");
    for (std::size_t index = 0; index < caps->size(); ++index) {
      profile.caps.push_back(TRY(cap_from(caps->at(index), "caps[" + std::to_string(index) + "]")));
    }
  }
  if (const json* cooldown = TRY(member(root, "", "conversation_cooldown", false))) {
    ConversationCooldown value;
    value.days = TRY(int_of(*cooldown, "conversation_cooldown.", "days", 1));
    value.channels =
        TRY(list_of<Channel>(*cooldown, "conversation_cooldown.", "channels", parse_channel));
    value.source = TRY(string_of(*cooldown, "conversation_cooldown.", "source"));
    profile.conversation_cooldown = value;
  }
  if (const json* gap = TRY(member(root, "", "abandoned_call_gap", false))) {
    AbandonedCallGap value;
    value.gap = std::chrono::hours(TRY(int_of(*gap, "abandoned_call_gap.", "hours", 1)));
    value.source = TRY(string_of(*gap, "abandoned_call_gap.", "source"));
    profile.abandoned_call_gap = value;
  }
  return profile;
}

}  // namespace

Result<Profile> profile_from_json(std::string_view text) {
  json root = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) return Error::invalid_argument("profile is not valid JSON");
  return profile_from(root);
}

std::string profile_to_json(const Profile& profile) {
  json root;
  root["id"] = profile.id;
  root["country"] = profile.country;
  root["region"] = profile.region ? json(*profile.region) : json(nullptr);
  root["default_zones"] = json::array();
  for (const TimeZone& zone : profile.default_zones) {
    root["default_zones"].push_back(std::string(zone.name()));
  }
  root["window"] = {{"hours", weekly_hours_to_json(profile.window.hours)},
                    {"channels", names_to_json(profile.window.channels, channel_name)},
                    {"source", profile.window.source}};
  json days = json::array();
  for (const Holiday& holiday : profile.holidays.holidays) days.push_back(holiday_to_json(holiday));
  root["holidays"] = {{"source", profile.holidays.source}, {"days", days}};
  json caps = json::array();
  for (const AttemptCap& cap : profile.caps) {
    caps.push_back(
        {{"name", cap.name},
         {"max_attempts", cap.max_attempts},
         {"period_days", cap.period_days},
         {"channels", names_to_json(cap.channels, channel_name)},
         {"number_kinds", names_to_json(cap.number_kinds, number_kind_name)},
         {"uncounted_results", names_to_json(cap.uncounted_results, contact_result_name)},
         {"source", cap.source}});
  }
  root["caps"] = caps;
  if (profile.conversation_cooldown) {
    root["conversation_cooldown"] = {
        {"days", profile.conversation_cooldown->days},
        {"channels", names_to_json(profile.conversation_cooldown->channels, channel_name)},
        {"source", profile.conversation_cooldown->source}};
  }
  if (profile.abandoned_call_gap) {
    root["abandoned_call_gap"] = {{"hours", profile.abandoned_call_gap->gap.count()},
                                  {"source", profile.abandoned_call_gap->source}};
  }
  return root.dump(2);
}

}  // namespace duecall::compliance
