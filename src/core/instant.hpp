// Instant is a point on the UTC time line with microsecond precision. Every stored time is
// an Instant (as microseconds since the Unix epoch); wall-clock questions such as "is it
// within calling hours" convert it to a zone with LocalTime (core/local_time.hpp).
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace duecall {

using Instant = std::chrono::sys_time<std::chrono::microseconds>;

inline std::int64_t to_unix_micros(Instant instant) {
  return instant.time_since_epoch().count();
}
inline Instant from_unix_micros(std::int64_t micros) {
  return Instant(std::chrono::microseconds(micros));
}

// "2026-11-23T10:04:08Z", with ".ffffff" only when the instant has a fraction.
std::string format_iso8601(Instant instant);
// Accepts "YYYY-MM-DDTHH:MM[:SS[.f…]]" followed by "Z" or an offset "+01:00".
Result<Instant> parse_iso8601(std::string_view text);

}  // namespace duecall
