// A client may make a jurisdiction profile stricter for its own claims (narrower hours,
// more holidays, lower caps, longer pauses) but never looser: the profile is the law or
// our policy, and a client contract cannot buy an exception to it. `tighten` applies a
// client's overrides and refuses, naming the field, any override that would loosen.
//
// ClientOverrides is plain data; every field is optional and an empty set of overrides
// returns the profile unchanged.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compliance/profile.hpp"
#include "core/result.hpp"

namespace duecall::compliance {

// Narrows the profile's cap named `name` (see AttemptCap::name).
struct CapOverride {
  std::string name;
  std::optional<int> max_attempts;  // must not exceed the profile's
  std::optional<int> period_days;   // must not be shorter than the profile's
};

struct ClientOverrides {
  // Replaces the weekly hours; each day must lie within the profile's hours that day.
  std::optional<WeeklyHours> hours;
  std::vector<Holiday> extra_holidays;
  std::vector<Channel> extra_windowed_channels;  // e.g. e-mail under calling hours too
  std::vector<CapOverride> caps;
  std::vector<AttemptCap> extra_caps;                    // the client's own caps, added
  std::optional<int> conversation_cooldown_days;         // must not be shorter
  std::optional<std::chrono::hours> abandoned_call_gap;  // must not be shorter
};

inline constexpr std::string_view kClientPolicySource = "client policy (tightens the profile)";

// Errors name the field as the client policy's JSON does ("hours.monday",
// "caps.regulation_f_calls.max_attempts", "extra_caps.NAME", "conversation_cooldown_days",
// "abandoned_call_gap_hours"), after `field_prefix` ("$.compliance." names the JSON path).
Result<Profile> tighten(const Profile& profile, const ClientOverrides& overrides,
                        std::string_view field_prefix = "");

// Checks that `overrides` tighten every built-in profile of `country`: the one for an
// unknown region and each region's (region_zones.hpp lists them). A client's debtors may
// live in any region of its country, so an override that would loosen any one of them is
// refused when the client is registered rather than when one of its debtors is contacted.
Status check_tightens_every_profile(std::string_view country, const ClientOverrides& overrides,
                                    std::string_view field_prefix = "");

}  // namespace duecall::compliance
