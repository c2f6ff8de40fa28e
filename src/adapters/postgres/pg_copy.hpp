// PgCopy streams rows into one table with COPY ... FROM STDIN in text format: one round
// trip per 256 KiB of rows instead of one per row. Text fields are escaped as COPY requires
// (backslash, tab, newline, carriage return), NULL is \N, and blobs travel as bytea hex.
// Not thread-safe; the connection may run nothing else until finish() returns.
#pragma once

#include <optional>
#include <string>

#include "adapters/sql/sql_driver.hpp"

struct pg_conn;

namespace duecall::adapters {

class PgCopy final : public BulkInsert {
 public:
  // Starts COPY on `connection`; a failure to start is reported by the first end_row().
  PgCopy(pg_conn* connection, const char* table, const char* columns);
  ~PgCopy() override;

  void add(std::int64_t value) override;
  void add(std::string_view text) override;
  void add_blob(std::string_view bytes) override;
  void add_null() override;
  Status end_row() override;
  Status finish() override;

 private:
  void separate();
  Status flush();

  pg_conn* connection_;
  std::string table_;
  std::string buffer_;
  bool row_started_ = false;
  bool finished_ = false;
  std::optional<Error> failed_;
};

}  // namespace duecall::adapters
