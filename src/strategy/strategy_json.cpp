#include "strategy/strategy_json.hpp"

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <set>

namespace duecall::strategy {

namespace {

using nlohmann::json;

Error bad(const std::string& path, const std::string& reason) {
  return Error::invalid_argument(path + ": " + reason);
}

std::string at(const std::string& path, const char* key) {
  return path + "." + key;
}
std::string at(const std::string& path, std::size_t index) {
  return path + "[" + std::to_string(index) + "]";
}

// Refuses an object that is not an object or that holds a key outside `known`.
Status expect_object(const json& value, const std::string& path,
                     std::initializer_list<const char*> known) {
  if (!value.is_object()) return bad(path, "must be an object");
  for (const auto& [key, ignored] : value.items()) {
    bool listed = false;
    for (const char* name : known) listed = listed || key == name;
    if (!listed) return bad(path + "." + key, "is not a known field");
  }
  return Ok{};
}

// Returns the member or nullptr when it is absent (or null); refuses a missing required one.
Result<const json*> member(const json& object, const std::string& path, const char* key,
                           bool required) {
  if (!object.contains(key) || object.at(key).is_null()) {
    if (required) return bad(at(path, key), "is missing");
    return static_cast<const json*>(nullptr);
  }
  return &object.at(key);
}

Result<std::string> text(const json& value, const std::string& path) {
  if (!value.is_string()) return bad(path, "must be a string");
  std::string result = value.get<std::string>();
  if (result.empty()) return bad(path, "must not be empty");
  return result;
}

Result<long long> integer(const json& value, const std::string& path, long long minimum,
                          long long maximum) {
  if (!value.is_number_integer()) return bad(path, "must be an integer");
  // Unsigned values above int64 come back as is_number_unsigned; they are out of range too.
  if (value.is_number_unsigned() && value.get<unsigned long long>() > 9223372036854775807ULL) {
    return bad(path, "must be at most " + std::to_string(maximum));
  }
  const long long number = value.get<long long>();
  if (number < minimum || number > maximum) {
    return bad(path,
               "must be between " + std::to_string(minimum) + " and " + std::to_string(maximum));
  }
  return number;
}

Result<int> optional_int(const json& object, const std::string& path, const char* key,
                         long long minimum, long long maximum, int fallback) {
  const json* value = TRY(member(object, path, key, false));
  if (value == nullptr) return fallback;
  return static_cast<int>(TRY(integer(*value, at(path, key), minimum, maximum)));
}

Result<Offset> offset_from(const json& value, const std::string& path) {
  TRY(expect_object(value, path, {"from", "days", "hours"}));
  Offset offset;
  const json* from = TRY(member(value, path, "from", true));
  const std::string anchor = TRY(text(*from, at(path, "from")));
  auto parsed = parse_anchor(anchor);
  if (!parsed.ok()) return bad(at(path, "from"), parsed.error().message);
  offset.from = *parsed;
  offset.days = TRY(optional_int(value, path, "days", -3650, 3650, 0));
  offset.hours = TRY(optional_int(value, path, "hours", -87600, 87600, 0));
  return offset;
}

Result<std::optional<std::int64_t>> optional_bound(const json& object, const std::string& path,
                                                   const char* key, long long minimum,
                                                   long long maximum) {
  const json* value = TRY(member(object, path, key, false));
  if (value == nullptr) return std::optional<std::int64_t>();
  return std::optional<std::int64_t>(TRY(integer(*value, at(path, key), minimum, maximum)));
}

Result<BalanceRange> balance_from(const json& value, const std::string& path) {
  TRY(expect_object(value, path, {"currency", "at_least", "at_most"}));
  const json* code = TRY(member(value, path, "currency", true));
  auto currency = Currency::parse(TRY(text(*code, at(path, "currency"))));
  if (!currency.ok()) return bad(at(path, "currency"), currency.error().message);
  constexpr long long kMaximum = 9223372036854775807LL;
  BalanceRange range{*currency, TRY(optional_bound(value, path, "at_least", 0, kMaximum)),
                     TRY(optional_bound(value, path, "at_most", 0, kMaximum))};
  if (range.at_least && range.at_most && *range.at_least > *range.at_most) {
    return bad(at(path, "at_most"), "must not be below at_least");
  }
  return range;
}

Result<DaysRange> days_from(const json& value, const std::string& path) {
  TRY(expect_object(value, path, {"at_least", "at_most"}));
  DaysRange range;
  if (auto bound = TRY(optional_bound(value, path, "at_least", -3650, 36500))) {
    range.at_least = static_cast<int>(*bound);
  }
  if (auto bound = TRY(optional_bound(value, path, "at_most", -3650, 36500))) {
    range.at_most = static_cast<int>(*bound);
  }
  if (range.at_least && range.at_most && *range.at_least > *range.at_most) {
    return bad(at(path, "at_most"), "must not be below at_least");
  }
  return range;
}

Result<Criteria> criteria_from(const json& value, const std::string& path) {
  TRY(expect_object(value, path, {"claim_types", "balance", "days_past_due", "debtor"}));
  Criteria criteria;
  if (const json* types = TRY(member(value, path, "claim_types", false))) {
    const std::string types_path = at(path, "claim_types");
    if (!(types->is_string() && types->get<std::string>() == "any")) {
      if (!types->is_array() || types->empty()) {
        return bad(types_path, "must be \"any\" or a non-empty array of claim types");
      }
      std::vector<std::string> names;
      for (std::size_t type_idx = 0; type_idx < types->size(); ++type_idx) {
        names.push_back(TRY(text(types->at(type_idx), at(types_path, type_idx))));
      }
      criteria.claim_types = names;
    }
  }
  if (const json* balance = TRY(member(value, path, "balance", false))) {
    criteria.balance = TRY(balance_from(*balance, at(path, "balance")));
  }
  if (const json* days = TRY(member(value, path, "days_past_due", false))) {
    criteria.days_past_due = TRY(days_from(*days, at(path, "days_past_due")));
  }
  if (const json* debtor = TRY(member(value, path, "debtor", false))) {
    const std::string kind = TRY(text(*debtor, at(path, "debtor")));
    if (kind == "person") {
      criteria.debtor = domain::DebtorKind::kPerson;
    } else if (kind == "company") {
      criteria.debtor = domain::DebtorKind::kCompany;
    } else if (kind != "any") {
      return bad(at(path, "debtor"), "'" + kind + "' is not a debtor type (person, company, any)");
    }
  }
  return criteria;
}

// Parses a step; a named on_exhaustion is returned in `target_name` and resolved by the
// caller once every step name of the segment is known.
Result<Step> step_from(const json& value, const std::string& path, std::string& target_name) {
  TRY(expect_object(value, path,
                    {"name", "description", "channel", "earliest", "latest", "attempts",
                     "spacing_hours", "on_exhaustion"}));
  Step step;
  step.name = TRY(text(*TRY(member(value, path, "name", true)), at(path, "name")));
  const std::string channel =
      TRY(text(*TRY(member(value, path, "channel", true)), at(path, "channel")));
  auto parsed = parse_channel(channel);
  if (!parsed.ok()) return bad(at(path, "channel"), parsed.error().message);
  step.channel = *parsed;
  step.earliest =
      TRY(offset_from(*TRY(member(value, path, "earliest", true)), at(path, "earliest")));
  if (const json* latest = TRY(member(value, path, "latest", false))) {
    step.latest = TRY(offset_from(*latest, at(path, "latest")));
    if (step.latest->from == step.earliest.from &&
        step.latest->nominal_hours() <= step.earliest.nominal_hours()) {
      return bad(at(path, "latest"),
                 "must be later than earliest (" + step.earliest.describe() + ")");
    }
  }
  step.attempts = static_cast<int>(
      TRY(integer(*TRY(member(value, path, "attempts", true)), at(path, "attempts"), 1, 100)));
  step.spacing_hours = TRY(optional_int(value, path, "spacing_hours", 0, 8760, 0));
  if (step.attempts > 1 && step.spacing_hours == 0) {
    return bad(at(path, "spacing_hours"), "must be at least 1 when a step has several attempts");
  }
  if (const json* target = TRY(member(value, path, "on_exhaustion", false))) {
    const std::string name = TRY(text(*target, at(path, "on_exhaustion")));
    if (name == "return_to_client") {
      step.on_exhaustion.kind = Exhaustion::Kind::return_to_client;
    } else if (name != "next") {
      target_name = name;
    }
  }
  if (step.channel == Channel::judicial) {
    if (value.contains("on_exhaustion")) {
      return bad(at(path, "on_exhaustion"), "a judicial handover is terminal; remove it");
    }
    if (step.latest) return bad(at(path, "latest"), "a judicial handover has no deadline");
    if (step.attempts != 1) return bad(at(path, "attempts"), "a judicial handover happens once");
  }
  return step;
}

Status resolve_exhaustion(Segment& segment, const std::vector<std::string>& targets,
                          const std::string& path) {
  for (std::size_t step_idx = 0; step_idx < segment.steps.size(); ++step_idx) {
    Step& step = segment.steps[step_idx];
    const std::string step_path = at(at(path, "steps"), step_idx);
    const bool last = step_idx + 1 == segment.steps.size();
    if (step.channel == Channel::judicial && !last) {
      return bad(at(step_path, "channel"),
                 "a judicial handover is terminal; it must be the last step");
    }
    if (!targets[step_idx].empty()) {
      auto target = segment.step_index_of(targets[step_idx]);
      if (!target) {
        return bad(at(step_path, "on_exhaustion"),
                   "'" + targets[step_idx] +
                       "' is neither next, return_to_client nor a step of this segment");
      }
      if (*target <= step_idx) {
        return bad(
            at(step_path, "on_exhaustion"),
            "'" + targets[step_idx] + "' is not later than this step; a case never moves back");
      }
      step.on_exhaustion = {Exhaustion::Kind::named_step, *target};
    } else if (step.on_exhaustion.kind == Exhaustion::Kind::next_step) {
      if (last && step.channel != Channel::judicial) {
        return bad(at(step_path, "on_exhaustion"),
                   "the last step has no next step; say return_to_client or end with judicial");
      }
      step.on_exhaustion.step_index = step_idx + 1;
    }
  }
  return Ok{};
}

Result<Segment> segment_from(const json& value, const std::string& path) {
  TRY(expect_object(value, path, {"name", "description", "when", "resume_at", "steps"}));
  Segment segment;
  segment.name = TRY(text(*TRY(member(value, path, "name", true)), at(path, "name")));
  if (const json* when = TRY(member(value, path, "when", false))) {
    segment.when = TRY(criteria_from(*when, at(path, "when")));
  }
  const json* steps = TRY(member(value, path, "steps", true));
  const std::string steps_path = at(path, "steps");
  if (!steps->is_array() || steps->empty()) return bad(steps_path, "must be a non-empty array");
  std::vector<std::string> targets(steps->size());
  std::set<std::string> names;
  for (std::size_t step_idx = 0; step_idx < steps->size(); ++step_idx) {
    const std::string step_path = at(steps_path, step_idx);
    segment.steps.push_back(TRY(step_from(steps->at(step_idx), step_path, targets[step_idx])));
    if (!names.insert(segment.steps.back().name).second) {
      return bad(at(step_path, "name"),
                 "'" + segment.steps.back().name + "' names an earlier step too");
    }
  }
  TRY(resolve_exhaustion(segment, targets, path));
  if (const json* resume = TRY(member(value, path, "resume_at", false))) {
    const std::string name = TRY(text(*resume, at(path, "resume_at")));
    segment.resume_at = segment.step_index_of(name);
    if (!segment.resume_at) {
      return bad(at(path, "resume_at"), "'" + name + "' is not a step of this segment");
    }
  }
  return segment;
}

Status check_catch_all(const Strategy& strategy) {
  for (std::size_t segment_idx = 0; segment_idx < strategy.segments.size(); ++segment_idx) {
    if (!strategy.segments[segment_idx].when.is_catch_all()) continue;
    if (segment_idx + 1 == strategy.segments.size()) return Ok{};
    return bad(at("$.segments", segment_idx + 1), "is never chosen: $.segments[" +
                                                      std::to_string(segment_idx) +
                                                      "] before it matches every case");
  }
  return bad("$.segments", "the last segment must be a catch-all (no \"when\", or only \"any\")");
}

Result<Strategy> strategy_from(const json& root) {
  TRY(expect_object(
      root, "$",
      {"$schema", "strategy", "version", "description", "reminder_fallback_days", "segments"}));
  Strategy strategy;
  strategy.id = TRY(text(*TRY(member(root, "$", "strategy", true)), "$.strategy"));
  strategy.version = static_cast<int>(
      TRY(integer(*TRY(member(root, "$", "version", true)), "$.version", 1, 2147483647)));
  strategy.reminder_fallback_days =
      TRY(optional_int(root, "$", "reminder_fallback_days", 0, 365, 14));
  const json* segments = TRY(member(root, "$", "segments", true));
  if (!segments->is_array() || segments->empty()) {
    return bad("$.segments", "must be a non-empty array");
  }
  std::set<std::string> names;
  for (std::size_t segment_idx = 0; segment_idx < segments->size(); ++segment_idx) {
    const std::string path = at("$.segments", segment_idx);
    strategy.segments.push_back(TRY(segment_from(segments->at(segment_idx), path)));
    if (!names.insert(strategy.segments.back().name).second) {
      return bad(at(path, "name"),
                 "'" + strategy.segments.back().name + "' names an earlier segment too");
    }
  }
  TRY(check_catch_all(strategy));
  return strategy;
}

}  // namespace

Result<Strategy> strategy_from_json(std::string_view text) {
  json root = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) return bad("$", "is not valid JSON");
  return strategy_from(root);
}

}  // namespace duecall::strategy
