// The built-in jurisdiction profiles, one function per market, and `profile_for`, which
// picks one from a country code and an optional state. Each profile cites its sources;
// the research behind the figures is /work/shared/notes/dialing-and-compliance.md
// (sections 3 and 4), and where a figure is a policy choice rather than a found rule, the
// source string says so.
//
// Country codes are ISO 3166-1 alpha-2; an empty country means Slovenia, the first market.
// A state is a US postal code ("MA") or a Brazilian UF ("SP"). An unknown state in Brazil
// falls back to the strictest window; a state that is not a state at all is an error.
#pragma once

#include <optional>
#include <string_view>

#include "compliance/profile.hpp"
#include "core/result.hpp"

namespace duecall::compliance {

// SI: working days 08:00-19:00 Europe/Ljubljana, none on Slovenian public holidays.
Profile slovenia_profile();
// US: 08:00-21:00 in every candidate zone, Regulation F call caps; stricter state rules
// (Massachusetts) when `state` names one. A known state's zones (region_zones.hpp) stand
// in for an unknown zone; with no state or an unknown one, every zone of the fifty states.
Profile united_states_profile(std::optional<std::string_view> state);
// GB: 08:00-21:00 every day; 72 hours between an abandoned call and the next call.
Profile united_kingdom_profile();
// BR: the state's calling-hours law, or the strictest window and every state's holidays
// when the state is unknown. Returns an error when `state` is given but is not a Brazilian UF.
Result<Profile> brazil_profile(std::optional<std::string_view> state);

// Holiday calendars, exposed for tests and for client overrides that add to them.
HolidayCalendar slovenian_holidays();
HolidayCalendar brazilian_holidays(std::optional<std::string_view> state);

Result<Profile> profile_for(std::string_view country, std::optional<std::string_view> region);

}  // namespace duecall::compliance
