// Strictness orders profiles by what they permit: a profile is at least as strict as another
// when every contact it permits, the other permits too. The order is partial (São Paulo's
// Saturday hours and Rio de Janeiro's longer weekday evenings are not comparable) and is
// judged on the constraints alone, field by field: the weekly window, the channels it binds,
// the holidays, the caps, the cooldown after a conversation and the gap after an abandoned
// call. Default zones are not compared: they stand in only when a request has no candidate
// zones, and a caller that is unsure of the region passes the zones of every candidate.
//
// `strictest_region` uses the order to pick the one region to decide under when a debtor may
// live in any of several: the profile chosen must be at least as strict as every candidate's,
// so that no candidate's law is broken whichever is true.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compliance/profile.hpp"
#include "core/result.hpp"

namespace duecall::compliance {

// Returns true iff every constraint of `looser` is matched or narrowed in `stricter`.
bool at_least_as_strict(const Profile& stricter, const Profile& looser);

// The region to decide under for a debtor of `country` who may be in any of `candidates`:
//   - no candidate: none (the country's profile for an unknown region);
//   - one candidate: that one;
//   - several: none when the country's profile for an unknown region is at least as strict
//     as every candidate's (Brazil's is, and so is the US's unless Massachusetts is among
//     them), else the first candidate whose profile is at least as strict as every other's
//     (Massachusetts among US states).
// FailedPrecondition when no profile is at least as strict as every candidate's, so that
// an uncertain state never silently loosens the rules; errors of profile_for pass through.
Result<std::optional<std::string>> strictest_region(std::string_view country,
                                                    const std::vector<std::string>& candidates);

}  // namespace duecall::compliance
