// SqliteConnection owns one sqlite3 handle with the settings duecall relies on (WAL,
// foreign keys, a busy timeout, synchronous=FULL so that an acknowledged commit survives a
// crash or power loss) and a cache of prepared statements keyed by their SQL text.
// Not thread-safe: one connection serves one thread at a time.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/result.hpp"

namespace duecall::adapters {

// A prepared statement borrowed from the connection's cache; reset when it goes out of
// scope so it can be reused.
class SqliteStatement {
 public:
  explicit SqliteStatement(sqlite3_stmt* statement) : statement_(statement) {}
  ~SqliteStatement() {
    if (statement_ == nullptr) return;
    sqlite3_reset(statement_);
    sqlite3_clear_bindings(statement_);
  }
  SqliteStatement(SqliteStatement&& other) noexcept : statement_(other.statement_) {
    other.statement_ = nullptr;
  }
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;

  SqliteStatement& bind(int index, std::int64_t value);
  SqliteStatement& bind(int index, std::string_view text);
  SqliteStatement& bind_optional(int index, const std::optional<std::string>& text);
  SqliteStatement& bind_blob(int index, const void* data, std::size_t size);
  SqliteStatement& bind_null(int index);

  // Steps once: true when a row is available, false when done.
  Result<bool> step();
  // Steps to completion, expecting no rows.
  Status run();

  std::int64_t column_int(int index) const { return sqlite3_column_int64(statement_, index); }
  std::string column_text(int index) const;
  std::optional<std::string> column_optional_text(int index) const;
  std::string column_blob(int index) const;
  bool column_is_null(int index) const {
    return sqlite3_column_type(statement_, index) == SQLITE_NULL;
  }

 private:
  sqlite3_stmt* statement_;
};

class SqliteConnection {
 public:
  static Result<std::unique_ptr<SqliteConnection>> open(const std::string& path);
  ~SqliteConnection();

  Status execute(std::string_view sql);
  // Returns the statement for `sql`, prepared on first use. The cache is keyed by the
  // pointer, not the text, so that a lookup costs no hashing of SQL on every row.
  // REQUIRES: `sql` has static storage duration (a literal or a static string's c_str()).
  Result<SqliteStatement> prepare(const char* sql);
  std::int64_t last_insert_id() const { return sqlite3_last_insert_rowid(db_); }
  int changes() const { return sqlite3_changes(db_); }
  sqlite3* handle() const { return db_; }
  const std::string& path() const { return path_; }

 private:
  SqliteConnection(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}

  sqlite3* db_;
  std::string path_;
  std::unordered_map<const char*, sqlite3_stmt*> statements_;
};

Error sqlite_error(sqlite3* db, std::string_view what);

}  // namespace duecall::adapters
