// Profiles as JSON, so that a jurisdiction can be reviewed, versioned and loaded as data.
// The shape mirrors Profile field by field (see profile.hpp), for example:
//
//   {"id": "SI", "country": "SI", "default_zones": ["Europe/Ljubljana"],
//    "window": {"hours": {"monday": "08:00-19:00", ...}, "channels": ["call", "sms"],
//               "source": "..."},
//    "holidays": {"source": "...", "days": [{"name": "božič", "date": "12-25"},
//                                           {"name": "velikonočni ponedeljek",
//                                            "easter_offset": 1}]},
//    "caps": [{"name": "regulation_f_calls", "max_attempts": 7, "period_days": 7,
//              "channels": ["call"], "number_kinds": [], "uncounted_results": ["busy"],
//              "source": "..."}],
//    "conversation_cooldown": {"days": 7, "channels": ["call"], "source": "..."},
//    "abandoned_call_gap": {"hours": 72, "source": "..."}}
//
// Days missing from "hours" are closed. Parsing checks every invariant of Profile and
// names the offending field in its error; it never throws.
#pragma once

#include <string>
#include <string_view>

#include "compliance/profile.hpp"
#include "core/result.hpp"

namespace duecall::compliance {

Result<Profile> profile_from_json(std::string_view text);
std::string profile_to_json(const Profile& profile);

}  // namespace duecall::compliance
