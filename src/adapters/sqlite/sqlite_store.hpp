// Opening the embedded store: a SQLite file in WAL mode, created and migrated when missing.
#pragma once

#include <memory>
#include <string>

#include "adapters/sql/sql_store.hpp"

namespace duecall::adapters {

Result<std::unique_ptr<SqlStore>> open_sqlite_store(const std::string& path,
                                                    Migrate migrate = Migrate::kApplyPending);

}  // namespace duecall::adapters
