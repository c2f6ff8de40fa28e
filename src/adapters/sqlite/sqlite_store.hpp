// Opening the embedded store: a SQLite file in WAL mode, created and migrated when missing.
//
// The store's pool holds a single connection. Every store transaction writes (BEGIN
// IMMEDIATE takes SQLite's one write lock), so a second connection in the same process
// would only wait for that lock in SQLite's busy handler, which polls with sleeps, where the
// pool queues threads on a condition variable and wakes the next one the moment a
// transaction ends. WAL still lets readers in other processes (sqlite3, backups) run beside
// the writer. Read-only transactions on their own connections would pay off once the port
// has them.
#pragma once

#include <memory>
#include <string>

#include "adapters/sql/sql_store.hpp"

namespace duecall::adapters {

Result<std::unique_ptr<SqlStore>> open_sqlite_store(const std::string& path,
                                                    Migrate migrate = Migrate::kApplyPending);

}  // namespace duecall::adapters
