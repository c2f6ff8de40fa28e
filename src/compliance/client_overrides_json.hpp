// A client's compliance overrides (tighten.hpp) as JSON, as they appear under "compliance"
// in the client's policy document. Every key is optional; the field names are the ones
// `tighten` names in its errors, so an error names the same path whether the JSON is
// malformed or the override would loosen a profile:
//
//   {"hours": {"monday": "09:00-17:00", "tuesday": "09:00-17:00", ...},
//    "extra_holidays": [{"name": "company day", "date": "09-01"},
//                       {"name": "Holy Thursday", "easter_offset": -3}],
//    "extra_windowed_channels": ["email"],
//    "caps": {"regulation_f_calls": {"max_attempts": 5, "period_days": 7}},
//    "extra_caps": {"client_weekly_calls": {"max_attempts": 3, "period_days": 7,
//                                           "channels": ["call", "sms"],
//                                           "number_kinds": [], "uncounted_results": []}},
//    "conversation_cooldown_days": 10,
//    "abandoned_call_gap_hours": 96}
//
// "hours" replaces the profile's weekly hours as a whole: a day it does not list (or lists
// as null) is closed. Errors read "$.compliance.hours.monday: must be \"HH:MM-HH:MM\"", the
// path starting with the `path` the caller passes. Parsing never throws.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "compliance/tighten.hpp"
#include "core/result.hpp"

namespace duecall::compliance {

inline constexpr std::string_view kClientOverridesPath = "$.compliance";

Result<ClientOverrides> client_overrides_from_json(const nlohmann::json& document,
                                                   std::string_view path = kClientOverridesPath);
// The canonical form: client_overrides_from_json(client_overrides_to_json(o)) gives back o,
// and an empty set of overrides is {}.
nlohmann::json client_overrides_to_json(const ClientOverrides& overrides);

}  // namespace duecall::compliance
