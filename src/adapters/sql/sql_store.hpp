// SqlStore is the Store over a SQL database: SQLite embedded, or PostgreSQL as the
// scale-out store. Both run the same statements and the same versioned migrations through
// a SqlConnection driver; only the drivers know their dialect.
//
// Opening a store creates the schema of a new database and applies pending migrations; a
// database whose schema is newer than this build knows is refused rather than misread.
//
// Thread-safe: begin() may be called from several threads at once. Each transaction borrows
// a connection from the store's ConnectionPool for its lifetime and hands it back when it
// commits or is destroyed; when every connection is lent, begin() waits for one. A
// connection whose session the server ended while it sat idle is replaced on the next
// begin(), transparently, since nothing has happened in the new transaction yet.
// Transactions must end before the store is destroyed.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

#include "adapters/sql/connection_pool.hpp"
#include "adapters/sql/sql_driver.hpp"
#include "app/ports.hpp"

namespace duecall::adapters {

// What opening does with a database whose schema is older than this build's.
enum class Migrate {
  kApplyPending,   // bring it up to date (what every command does)
  kRefusePending,  // refuse to use it
  kLeavePending,   // open it as it is, for `db migrate` and `db version`
};

// How long begin() waits for a lent connection before it gives up: as long as SQLite's busy
// timeout, so both stores give a waiting writer the same patience.
inline constexpr std::chrono::milliseconds kConnectionWaitLimit{30000};

class SqlStore final : public app::Store {
 public:
  // Opens the store over connections made by `open_connection`, at most `pool_size` at once.
  // The first connection is opened here, to read (and bring up to date) the schema.
  static Result<std::unique_ptr<SqlStore>> open(ConnectionPool::Opener open_connection,
                                                int pool_size,
                                                Migrate migrate = Migrate::kApplyPending);

  Result<std::unique_ptr<app::StoreTransaction>> begin() override;
  std::string describe() const override { return description_; }
  std::uint64_t write_generation() const override {
    return write_generation_.load(std::memory_order_acquire);
  }
  SqlDialect dialect() const { return dialect_; }
  int pool_size() const { return pool_.max_size(); }
  Result<int> schema_version();
  // Applies pending migrations; returns how many were applied.
  Result<int> migrate();
  // The driver's integrity check ("ok" when intact).
  Result<std::string> integrity_check();
  // Lends a connection for work outside store transactions (`db copy`, tests); it goes back
  // to the pool when the lease ends.
  Result<ConnectionPool::Lease> lease_connection() { return pool_.acquire(); }

 private:
  SqlStore(ConnectionPool::Opener open_connection, int pool_size)
      : pool_(std::move(open_connection), pool_size, kConnectionWaitLimit) {}

  ConnectionPool pool_;
  std::atomic<std::uint64_t> write_generation_{0};
  std::string description_;
  SqlDialect dialect_ = SqlDialect::kSqlite;
};

// Defined in sql_store_transaction.cpp. REQUIRES: a transaction is open on the lease;
// `write_generation` outlives the transaction and grows when it commits a change.
std::unique_ptr<app::StoreTransaction> make_sql_store_transaction(
    ConnectionPool::Lease lease, std::atomic<std::uint64_t>& write_generation);

}  // namespace duecall::adapters
