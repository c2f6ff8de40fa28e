// Local-clock arithmetic for compliance rules: which local day an instant falls on in a
// zone, and which instant a local wall-clock time denotes. Rules are written in local time
// ("08:00-19:00 on working days") but decide on instants, and this is the one place that
// crosses between the two.
//
// A local time that does not exist (skipped by a spring-forward change) maps to the instant
// of the change, which is the first instant whose wall clock is at or after it. A local time
// that happens twice (a fall-back change) maps to its first occurrence. Both follow
// date::choose::earliest. For a window start this opens at the first moment the clock
// shows the start time; for a window end it closes at its first occurrence, which is the
// cautious choice. 08:00 exists exactly once on every DST change day in the zones we serve.
#pragma once

#include <date/tz.h>

#include <chrono>
#include <vector>

#include "core/instant.hpp"
#include "core/time_zone.hpp"

namespace duecall::compliance {

// The local day that `at` falls on in `zone`.
date::local_days local_day_of(const TimeZone& zone, Instant at);

// The instant at which the wall clock in `zone` shows `day` + `time_of_day` (see above for
// skipped and repeated local times).
Instant instant_of_local(const TimeZone& zone, date::local_days day,
                         std::chrono::minutes time_of_day);

// The first instant of local day `day` in `zone`.
inline Instant start_of_local_day(const TimeZone& zone, date::local_days day) {
  return instant_of_local(zone, day, std::chrono::minutes(0));
}

// The instant at which `days` whole local days have passed since the local day of `at`
// began, in whichever of `zones` that comes last. "The day of the event is day 1 of N"
// rules end there (12 CFR 1006.14(b)(2)(i) counts consecutive days, not hours).
// REQUIRES: !zones.empty().
Instant end_of_day_period(const std::vector<TimeZone>& zones, Instant at, int days);

}  // namespace duecall::compliance
