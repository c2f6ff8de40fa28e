#include "cli/command_context.hpp"

#include <cstdlib>

#include "adapters/clock/system_clock.hpp"
#include "cli/open_store.hpp"
#include "core/check.hpp"

namespace duecall::cli {

std::string CommandContext::database_spec() const {
  if (!database.empty()) return database;
  if (const char* from_environment = std::getenv("DUECALL_DB"); from_environment && *from_environment) {
    return from_environment;
  }
  return "sqlite:./duecall.db";
}

Result<std::unique_ptr<adapters::SqlStore>> CommandContext::open_store(
    adapters::Migrate migrate) const {
  return open_store_at(database_spec(), migrate);
}

const app::Clock& CommandContext::clock() {
  if (!clock_) {
    const char* fixed = std::getenv("DUECALL_NOW");
    if (fixed && *fixed) {
      auto instant = parse_iso8601(fixed);
      if (instant.ok()) {
        clock_ = std::make_unique<adapters::FixedClock>(*instant);
      } else {
        std::fprintf(stderr, "duecall: ignoring DUECALL_NOW: %s\n", instant.error().message.c_str());
      }
    }
    if (!clock_) clock_ = std::make_unique<adapters::SystemClock>();
  }
  return *clock_;
}

}  // namespace duecall::cli
