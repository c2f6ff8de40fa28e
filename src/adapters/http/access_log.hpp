// One JSON line per answered request on stderr: method, route pattern, status, duration in
// microseconds and the signed-in user's id. It never holds personal data: the route pattern
// stands for the path (which may carry case references), the user is an id rather than a
// login, and neither bodies, query strings, cookies nor addresses are written.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace duecall::adapters::http {

std::string access_log_line(const std::string& method, const std::string& route, int status,
                            std::chrono::microseconds duration, std::optional<std::int64_t> user_id);

}  // namespace duecall::adapters::http
