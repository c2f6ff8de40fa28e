// SqliteStore is the embedded Store: one SQLite file in WAL mode. Opening it creates a
// missing database and applies pending migrations; a database whose schema is newer than
// this build knows is refused rather than misread.
#pragma once

#include <memory>
#include <string>

#include "app/ports.hpp"

namespace duecall::adapters {

class SqliteConnection;

// What opening does with a database whose schema is older than this build's.
enum class Migrate {
  kApplyPending,   // bring it up to date (what every command does)
  kRefusePending,  // refuse to use it
  kLeavePending,   // open it as it is, for `db migrate` and `db version`
};

class SqliteStore final : public app::Store {
 public:
  static Result<std::unique_ptr<SqliteStore>> open(const std::string& path,
                                                   Migrate migrate = Migrate::kApplyPending);
  ~SqliteStore() override;

  Result<std::unique_ptr<app::StoreTransaction>> begin() override;
  std::string describe() const override;
  Result<int> schema_version();
  // Applies pending migrations; returns how many were applied.
  Result<int> migrate();
  // Runs PRAGMA integrity_check; returns its findings ("ok" when intact).
  Result<std::string> integrity_check();

 private:
  explicit SqliteStore(std::unique_ptr<SqliteConnection> connection);
  std::unique_ptr<SqliteConnection> connection_;
  bool in_transaction_ = false;
  friend class SqliteTransaction;
};

}  // namespace duecall::adapters
