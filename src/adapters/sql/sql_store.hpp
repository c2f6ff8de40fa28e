// SqlStore is the Store over a SQL database: SQLite embedded, or PostgreSQL as the
// scale-out store. Both run the same statements and the same versioned migrations through
// a SqlConnection driver; only the drivers know their dialect.
//
// Opening a store creates the schema of a new database and applies pending migrations; a
// database whose schema is newer than this build knows is refused rather than misread.
// A store holds one connection and so one transaction at a time.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "adapters/sql/sql_driver.hpp"
#include "app/ports.hpp"

namespace duecall::adapters {

// What opening does with a database whose schema is older than this build's.
enum class Migrate {
  kApplyPending,   // bring it up to date (what every command does)
  kRefusePending,  // refuse to use it
  kLeavePending,   // open it as it is, for `db migrate` and `db version`
};

class SqlStore final : public app::Store {
 public:
  static Result<std::unique_ptr<SqlStore>> open(std::unique_ptr<SqlConnection> connection,
                                                Migrate migrate = Migrate::kApplyPending);

  Result<std::unique_ptr<app::StoreTransaction>> begin() override;
  std::string describe() const override { return connection_->describe(); }
  SqlDialect dialect() const { return connection_->dialect(); }
  Result<int> schema_version();
  // Applies pending migrations; returns how many were applied.
  Result<int> migrate();
  // The driver's integrity check ("ok" when intact).
  Result<std::string> integrity_check() { return connection_->integrity_check(); }
  SqlConnection& connection() { return *connection_; }

 private:
  explicit SqlStore(std::unique_ptr<SqlConnection> connection)
      : connection_(std::move(connection)) {}
  Status ensure_migrations_table();

  std::unique_ptr<SqlConnection> connection_;
  bool in_transaction_ = false;
};

// Defined in sql_store_transaction.cpp.
std::unique_ptr<app::StoreTransaction> make_sql_store_transaction(SqlConnection& connection,
                                                                  std::function<void()> on_end);

}  // namespace duecall::adapters
