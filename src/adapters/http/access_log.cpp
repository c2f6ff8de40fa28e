#include "adapters/http/access_log.hpp"

#include <nlohmann/json.hpp>

namespace duecall::adapters::http {

std::string access_log_line(const std::string& method, const std::string& route, int status,
                            std::chrono::microseconds duration, std::optional<std::int64_t> user_id) {
  nlohmann::json line = {{"method", method},
                         {"route", route},
                         {"status", status},
                         {"duration_us", duration.count()},
                         {"user_id", user_id ? nlohmann::json(*user_id) : nlohmann::json(nullptr)}};
  return line.dump() + "\n";
}

}  // namespace duecall::adapters::http
