#include "adapters/sqlite/sqlite_store.hpp"

#include "adapters/sqlite/sqlite_connection.hpp"

namespace duecall::adapters {

Result<std::unique_ptr<SqlStore>> open_sqlite_store(const std::string& path, Migrate migrate) {
  auto open_connection = [path]() -> Result<std::unique_ptr<SqlConnection>> {
    return std::unique_ptr<SqlConnection>(TRY(SqliteConnection::open(path)));
  };
  return SqlStore::open(open_connection, /*pool_size=*/1, migrate);
}

}  // namespace duecall::adapters
