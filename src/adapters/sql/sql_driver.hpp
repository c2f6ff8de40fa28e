// The few operations the SQL store needs from a database driver, so that one Store
// implementation (sql_store_transaction.cpp) serves both SQLite and PostgreSQL and every
// store test runs against both. What differs by dialect stays inside the drivers.
//
// SQL given to prepare() uses '?' placeholders in both dialects; the PostgreSQL driver turns
// them into $1, $2, ... Inserts return ids with RETURNING, which both dialects support.
// A connection and its statements are used from one thread at a time; ConnectionPool lends
// connections to threads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <memory>
#include <vector>

#include "adapters/sql/migrations.hpp"
#include "core/result.hpp"

namespace duecall::adapters {

class SqlStatement {
 public:
  virtual ~SqlStatement() = default;

  // Parameters are numbered from 1. Text and blobs are copied, so temporaries are fine.
  virtual void bind(int index, std::int64_t value) = 0;
  virtual void bind(int index, std::string_view text) = 0;
  virtual void bind_blob(int index, std::string_view bytes) = 0;
  virtual void bind_null(int index) = 0;

  // The first call executes the statement; each call makes the next result row current.
  // Returns false when there are no more rows.
  virtual Result<bool> step() = 0;
  // Columns of the current row, numbered from 0.
  virtual std::int64_t column_int(int index) const = 0;
  virtual std::string column_text(int index) const = 0;
  virtual std::string column_blob(int index) const = 0;
  virtual bool column_is_null(int index) const = 0;

  // Forgets the result and the bindings so the statement can run again.
  virtual void reset() = 0;
};

// Writes many rows into one table as fast as the database allows: prepared INSERTs on
// SQLite, COPY FROM STDIN on PostgreSQL. Fields are added in the column order given when
// the bulk insert was started; end_row() after each row, finish() once at the end. Nothing
// is guaranteed visible before finish() returns.
class BulkInsert {
 public:
  virtual ~BulkInsert() = default;
  virtual void add(std::int64_t value) = 0;
  virtual void add(std::string_view text) = 0;
  virtual void add_blob(std::string_view bytes) = 0;
  virtual void add_null() = 0;
  virtual Status end_row() = 0;
  virtual Status finish() = 0;
};

class SqlConnection {
 public:
  virtual ~SqlConnection() = default;
  virtual SqlDialect dialect() const = 0;

  // Runs SQL without parameters or results (several statements allowed).
  virtual Status execute(std::string_view sql) = 0;
  // Returns the statement for `sql`, prepared on first use and cached by the pointer.
  // REQUIRES: `sql` has static storage duration (a literal or a static string's c_str()).
  virtual Result<SqlStatement*> prepare(const char* sql) = 0;

  // Starts a bulk insert into `table` (columns named in `columns`, comma-separated).
  // REQUIRES: a transaction is open; both strings have static storage duration.
  virtual Result<std::unique_ptr<BulkInsert>> bulk_insert(const char* table,
                                                          const char* columns) = 0;
  // Returns `count` new values for `table`'s id column, for rows inserted with explicit ids.
  // REQUIRES: a write transaction is open (SQLite derives them from max(id) under its lock).
  virtual Result<std::vector<std::int64_t>> reserve_ids(const char* table, std::size_t count) = 0;

  // BEGIN in the dialect's strongest form for writers (SQLite: IMMEDIATE).
  virtual Status begin() = 0;
  virtual Status commit() = 0;
  virtual Status rollback() = 0;

  // Returns true iff the connection is healthy and outside any transaction, so that the next
  // transaction may start on it. False after the server ended the session (which a driver
  // notices only when it next uses the connection) or while a transaction is still open.
  virtual bool reusable() const = 0;

  // Grows whenever a statement on this connection changed rows (an INSERT, UPDATE or DELETE
  // that touched at least one row, a COPY, DDL). Two readings around a transaction tell
  // whether it wrote; the value itself means nothing.
  virtual std::uint64_t change_count() const = 0;
  // Runs the driver's own integrity check; returns "ok" when intact.
  virtual Result<std::string> integrity_check() = 0;
  // A description without credentials ("sqlite:/path", "postgresql://host:5432/db").
  virtual std::string describe() const = 0;
};

// Borrows a statement for one execution and resets it afterwards, also on early return.
class StatementScope {
 public:
  explicit StatementScope(SqlStatement* statement) : statement_(statement) {}
  ~StatementScope() {
    if (statement_) statement_->reset();
  }
  StatementScope(StatementScope&& other) noexcept : statement_(other.statement_) {
    other.statement_ = nullptr;
  }
  StatementScope(const StatementScope&) = delete;
  StatementScope& operator=(const StatementScope&) = delete;
  // Chainable binding: scope.bind(1, id).bind(2, name).
  StatementScope& bind(int index, std::int64_t value) {
    statement_->bind(index, value);
    return *this;
  }
  StatementScope& bind(int index, std::string_view text) {
    statement_->bind(index, text);
    return *this;
  }
  StatementScope& bind_blob(int index, std::string_view bytes) {
    statement_->bind_blob(index, bytes);
    return *this;
  }
  StatementScope& bind_null(int index) {
    statement_->bind_null(index);
    return *this;
  }
  Result<bool> step() { return statement_->step(); }
  std::int64_t column_int(int index) const { return statement_->column_int(index); }
  std::string column_text(int index) const { return statement_->column_text(index); }
  std::string column_blob(int index) const { return statement_->column_blob(index); }
  bool column_is_null(int index) const { return statement_->column_is_null(index); }

  // Forgets the result and bindings, to run the statement again in the same scope.
  void reset() { statement_->reset(); }
  // Steps to completion, expecting no rows, and resets for the next bindings.
  Status run();
  // Steps once and returns the first column of the row, for INSERT ... RETURNING id.
  Result<std::int64_t> run_returning_id();

 private:
  SqlStatement* statement_;
};

}  // namespace duecall::adapters
