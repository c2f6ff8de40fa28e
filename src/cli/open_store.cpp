#include "cli/open_store.hpp"

#include "adapters/postgres/pg_store.hpp"
#include "adapters/sqlite/sqlite_store.hpp"

namespace duecall::cli {

bool is_postgres_spec(const std::string& spec) {
  return spec.starts_with("postgresql://") || spec.starts_with("postgres://");
}

Result<std::unique_ptr<adapters::SqlStore>> open_store_at(const std::string& spec,
                                                          adapters::Migrate migrate) {
  if (is_postgres_spec(spec)) {
    return adapters::open_postgres_store(spec, migrate);
  }
  std::string path = spec.starts_with("sqlite:") ? spec.substr(7) : spec;
  if (path.empty() || path.find("://") != std::string::npos) {
    return Error::invalid_argument("unsupported database '" + spec +
                                   "': use sqlite:PATH, a file path or postgresql://...");
  }
  return adapters::open_sqlite_store(path, migrate);
}

}  // namespace duecall::cli
