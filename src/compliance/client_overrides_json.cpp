#include "compliance/client_overrides_json.hpp"

#include <algorithm>

#include "compliance/json_fields.hpp"

namespace duecall::compliance {

namespace {

using nlohmann::json;

Error bad(const std::string& path, const std::string& what) {
  return Error::invalid_argument(path + ": " + what);
}

Result<int> positive_int(const json& value, const std::string& path, int minimum) {
  if (!value.is_number_integer()) return bad(path, "must be a whole number");
  const auto number = value.get<long long>();
  if (number < minimum || number > 100000) {
    return bad(path, "must be between " + std::to_string(minimum) + " and 100000");
  }
  return static_cast<int>(number);
}

Status only_known_keys(const json& object, const std::string& path,
                       std::initializer_list<std::string_view> known) {
  for (const auto& [key, value] : object.items()) {
    if (std::find(known.begin(), known.end(), key) == known.end()) {
      return bad(path + "." + key, "unknown setting");
    }
  }
  return Ok{};
}

Result<CapOverride> cap_override_from(const std::string& name, const json& value,
                                      const std::string& path) {
  if (!value.is_object()) return bad(path, "must be an object with max_attempts or period_days");
  TRY(only_known_keys(value, path, {"max_attempts", "period_days"}));
  CapOverride change{.name = name};
  if (value.contains("max_attempts")) {
    change.max_attempts = TRY(positive_int(value.at("max_attempts"), path + ".max_attempts", 0));
  }
  if (value.contains("period_days")) {
    change.period_days = TRY(positive_int(value.at("period_days"), path + ".period_days", 1));
  }
  return change;
}

Result<AttemptCap> extra_cap_from(const std::string& name, const json& value,
                                  const std::string& path) {
  if (!value.is_object()) return bad(path, "must be an object");
  TRY(only_known_keys(
      value, path,
      {"max_attempts", "period_days", "channels", "number_kinds", "uncounted_results", "source"}));
  for (const char* required : {"max_attempts", "period_days", "channels"}) {
    if (!value.contains(required)) return bad(path + "." + required, "is missing");
  }
  AttemptCap cap;
  cap.name = name;
  cap.max_attempts = TRY(positive_int(value.at("max_attempts"), path + ".max_attempts", 0));
  cap.period_days = TRY(positive_int(value.at("period_days"), path + ".period_days", 1));
  auto member = [&](const char* key) { return value.contains(key) ? &value.at(key) : nullptr; };
  cap.channels =
      TRY(names_from_json<Channel>(member("channels"), path + ".channels", parse_channel, bad));
  if (cap.channels.empty()) return bad(path + ".channels", "must name at least one channel");
  cap.number_kinds = TRY(names_from_json<NumberKind>(member("number_kinds"), path + ".number_kinds",
                                                     parse_number_kind, bad));
  cap.uncounted_results = TRY(names_from_json<ContactResult>(
      member("uncounted_results"), path + ".uncounted_results", parse_contact_result, bad));
  if (const json* source = member("source")) {
    if (!source->is_string()) return bad(path + ".source", "must be a string");
    cap.source = source->get<std::string>();
  }
  if (cap.source.empty()) cap.source = std::string(kClientPolicySource);
  return cap;
}

// {"name": {...}, ...} read with `read` into a list, in the document's (sorted) key order.
template <typename T, typename Read>
Result<std::vector<T>> keyed_objects(const json& value, const std::string& path, Read read) {
  if (!value.is_object()) return bad(path, "must be an object keyed by cap name");
  std::vector<T> items;
  for (const auto& [name, item] : value.items()) {
    if (name.empty()) return bad(path, "cap names must not be empty");
    items.push_back(TRY(read(name, item, path + "." + name)));
  }
  return items;
}

}  // namespace

Result<ClientOverrides> client_overrides_from_json(const json& document, std::string_view path) {
  const std::string root(path);
  if (!document.is_object()) return bad(root, "must be an object");
  TRY(only_known_keys(document, root,
                      {"hours", "extra_holidays", "extra_windowed_channels", "caps", "extra_caps",
                       "conversation_cooldown_days", "abandoned_call_gap_hours"}));
  ClientOverrides overrides;
  if (document.contains("hours")) {
    overrides.hours = TRY(weekly_hours_from_json(document.at("hours"), root + ".hours", bad));
  }
  if (document.contains("extra_holidays")) {
    const json& days = document.at("extra_holidays");
    if (!days.is_array()) return bad(root + ".extra_holidays", "must be an array");
    for (std::size_t index = 0; index < days.size(); ++index) {
      overrides.extra_holidays.push_back(TRY(holiday_from_json(
          days.at(index), root + ".extra_holidays[" + std::to_string(index) + "]", bad)));
    }
  }
  if (document.contains("extra_windowed_channels")) {
    overrides.extra_windowed_channels =
        TRY(names_from_json<Channel>(&document.at("extra_windowed_channels"),
                                     root + ".extra_windowed_channels", parse_channel, bad));
  }
  if (document.contains("caps")) {
    overrides.caps =
        TRY(keyed_objects<CapOverride>(document.at("caps"), root + ".caps", cap_override_from));
  }
  if (document.contains("extra_caps")) {
    overrides.extra_caps = TRY(
        keyed_objects<AttemptCap>(document.at("extra_caps"), root + ".extra_caps", extra_cap_from));
  }
  if (document.contains("conversation_cooldown_days")) {
    overrides.conversation_cooldown_days = TRY(positive_int(
        document.at("conversation_cooldown_days"), root + ".conversation_cooldown_days", 1));
  }
  if (document.contains("abandoned_call_gap_hours")) {
    overrides.abandoned_call_gap = std::chrono::hours(TRY(positive_int(
        document.at("abandoned_call_gap_hours"), root + ".abandoned_call_gap_hours", 1)));
  }
  return overrides;
}

json client_overrides_to_json(const ClientOverrides& overrides) {
  json document = json::object();
  if (overrides.hours) document["hours"] = weekly_hours_to_json(*overrides.hours);
  if (!overrides.extra_holidays.empty()) {
    json days = json::array();
    for (const Holiday& holiday : overrides.extra_holidays)
      days.push_back(holiday_to_json(holiday));
    document["extra_holidays"] = days;
  }
  if (!overrides.extra_windowed_channels.empty()) {
    document["extra_windowed_channels"] =
        names_to_json(overrides.extra_windowed_channels, channel_name);
  }
  if (!overrides.caps.empty()) {
    json caps = json::object();
    for (const CapOverride& change : overrides.caps) {
      json fields = json::object();
      if (change.max_attempts) fields["max_attempts"] = *change.max_attempts;
      if (change.period_days) fields["period_days"] = *change.period_days;
      caps[change.name] = fields;
    }
    document["caps"] = caps;
  }
  if (!overrides.extra_caps.empty()) {
    json caps = json::object();
    for (const AttemptCap& cap : overrides.extra_caps) {
      caps[cap.name] = {
          {"max_attempts", cap.max_attempts},
          {"period_days", cap.period_days},
          {"channels", names_to_json(cap.channels, channel_name)},
          {"number_kinds", names_to_json(cap.number_kinds, number_kind_name)},
          {"uncounted_results", names_to_json(cap.uncounted_results, contact_result_name)},
          {"source", cap.source}};
    }
    document["extra_caps"] = caps;
  }
  if (overrides.conversation_cooldown_days) {
    document["conversation_cooldown_days"] = *overrides.conversation_cooldown_days;
  }
  if (overrides.abandoned_call_gap) {
    document["abandoned_call_gap_hours"] = overrides.abandoned_call_gap->count();
  }
  return document;
}

}  // namespace duecall::compliance
