// The SQLite driver: one sqlite3 handle with the settings duecall relies on (WAL, foreign
// keys, a busy timeout, synchronous=FULL so that an acknowledged commit survives a crash or
// power loss) and a cache of prepared statements. Not thread-safe: one connection serves
// one thread at a time.
#pragma once

#include <sqlite3.h>

#include <memory>
#include <string>
#include <unordered_map>

#include "adapters/sql/sql_driver.hpp"

namespace duecall::adapters {


class SqliteConnection final : public SqlConnection {
 public:
  static Result<std::unique_ptr<SqliteConnection>> open(const std::string& path);
  ~SqliteConnection() override;

  SqlDialect dialect() const override { return SqlDialect::kSqlite; }
  Status execute(std::string_view sql) override;
  Result<SqlStatement*> prepare(const char* sql) override;
  // IMMEDIATE takes the write lock up front, so a transaction never fails halfway when it
  // first writes; other processes wait on the busy timeout instead.
  Status begin() override { return execute("BEGIN IMMEDIATE"); }
  Status commit() override { return execute("COMMIT"); }
  Status rollback() override { return execute("ROLLBACK"); }
  // A SQLite handle never goes stale; it is reusable when no transaction is open on it.
  bool reusable() const override { return sqlite3_get_autocommit(db_) != 0; }
  std::uint64_t change_count() const override {
    return static_cast<std::uint64_t>(sqlite3_total_changes64(db_));
  }
  Result<std::string> integrity_check() override;
  Result<std::unique_ptr<BulkInsert>> bulk_insert(const char* table, const char* columns) override;
  Result<std::vector<std::int64_t>> reserve_ids(const char* table, std::size_t count) override;
  std::string describe() const override { return "sqlite:" + path_; }

 private:
  SqliteConnection(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}

  sqlite3* db_;
  std::string path_;
  std::unordered_map<const char*, std::unique_ptr<SqlStatement>> statements_;
  // SQL built for bulk inserts and id reservations, kept so that prepare() can cache by
  // pointer; keyed by the caller's static table and column strings.
  std::unordered_map<const char*, std::string> generated_sql_;
};

Error sqlite_error(sqlite3* db, std::string_view what);

}  // namespace duecall::adapters
