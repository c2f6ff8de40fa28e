// One prepared statement of a PgConnection, internal to the PostgreSQL driver.
//
// The statement was PQprepare'd on the server under `name`; this object holds the bindings
// for the next execution and the PGresult of the current one. step() executes on its first
// call (PQexecPrepared, text results) and then walks the rows held in memory; reset() drops
// the result and the bindings, so unbound parameters of the next run are NULL, as in SQLite.
//
// Parameters are sent as text (integers as decimal text, which the server parses into the
// type it inferred for the placeholder) except blobs, which are sent in binary so that no
// byte needs escaping. Results are all text: column_blob decodes bytea's hex output.
//
// Invariants: bindings_.size() == formats_.size() == the placeholder count; row_ < rows of
// result_ while a row is current. Owned by its connection; one thread at a time.
#pragma once

#include <libpq-fe.h>

#include <optional>
#include <string>
#include <vector>

#include "adapters/sql/sql_driver.hpp"

namespace duecall::adapters {

class PgStatement final : public SqlStatement {
 public:
  // REQUIRES: `connection` outlives the statement; `name` was prepared on it with
  // `parameter_count` parameters; `sql` is the original text, kept for error messages.
  // Each execution that changes rows increments *changes (the connection's change count).
  PgStatement(PGconn* connection, std::string name, const char* sql, int parameter_count,
              std::uint64_t* changes);
  ~PgStatement() override;
  PgStatement(const PgStatement&) = delete;
  PgStatement& operator=(const PgStatement&) = delete;

  void bind(int index, std::int64_t value) override;
  void bind(int index, std::string_view text) override;
  void bind_blob(int index, std::string_view bytes) override;
  void bind_null(int index) override;

  Result<bool> step() override;
  std::int64_t column_int(int index) const override;
  std::string column_text(int index) const override;
  std::string column_blob(int index) const override;
  bool column_is_null(int index) const override;

  void reset() override;

 private:
  Status execute();
  // The value of column `index` in the current row. REQUIRES: a current row.
  const char* value(int index) const;
  std::optional<std::string>& slot(int index, int format);

  PGconn* connection_;
  std::uint64_t* changes_;
  std::string name_;
  const char* sql_;
  std::vector<std::optional<std::string>> bindings_;  // nullopt is SQL NULL
  std::vector<int> formats_;                          // 0 text, 1 binary, per parameter
  PGresult* result_ = nullptr;                        // null until executed
  int row_ = -1;
};

}  // namespace duecall::adapters
