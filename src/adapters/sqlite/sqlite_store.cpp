#include "adapters/sqlite/sqlite_store.hpp"

#include "adapters/sqlite/sqlite_connection.hpp"

namespace duecall::adapters {

Result<std::unique_ptr<SqlStore>> open_sqlite_store(const std::string& path, Migrate migrate) {
  auto connection = TRY(SqliteConnection::open(path));
  return SqlStore::open(std::move(connection), migrate);
}

}  // namespace duecall::adapters
