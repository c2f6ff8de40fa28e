// Opens the store a database specification names: "sqlite:PATH" or a plain file path for
// the embedded store, "postgresql://user@host:port/name[?pool_size=N&...]" for PostgreSQL.
// This is where the command line wires adapters together; nothing below it knows which
// store it talks to.
#pragma once

#include <memory>
#include <string>

#include "adapters/sql/sql_store.hpp"

namespace duecall::cli {

Result<std::unique_ptr<adapters::SqlStore>> open_store_at(const std::string& spec,
                                                          adapters::Migrate migrate);
// Returns true iff the specification names a PostgreSQL database.
bool is_postgres_spec(const std::string& spec);

}  // namespace duecall::cli
