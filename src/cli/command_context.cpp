#include "cli/command_context.hpp"

#include <cstdlib>

#include "adapters/clock/system_clock.hpp"
#include "core/check.hpp"

namespace duecall::cli {

std::string CommandContext::database_spec() const {
  if (!database.empty()) return database;
  if (const char* from_environment = std::getenv("DUECALL_DB"); from_environment && *from_environment) {
    return from_environment;
  }
  return "sqlite:./duecall.db";
}

std::string CommandContext::sqlite_path() const {
  std::string spec = database_spec();
  if (spec.starts_with("sqlite:")) return spec.substr(7);
  if (spec.find("://") != std::string::npos) return {};
  return spec;
}

Result<std::unique_ptr<app::Store>> CommandContext::open_store(adapters::Migrate migrate) const {
  std::string spec = database_spec();
  std::string path = sqlite_path();
  if (path.empty()) {
    return Error::invalid_argument("unsupported database '" + spec +
                                   "': use sqlite:PATH or a file path");
  }
  auto store = TRY(adapters::SqliteStore::open(path, migrate));
  return std::unique_ptr<app::Store>(std::move(store));
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
