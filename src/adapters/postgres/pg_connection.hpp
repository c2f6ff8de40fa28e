// The PostgreSQL driver: one libpq connection behind the SqlConnection interface, so the one
// SQL store (sql_store_transaction.cpp) runs unchanged on a PostgreSQL 15 server.
//
// Statements are written with '?' placeholders for both dialects; prepare() rewrites them to
// $1..$n (see to_postgres_placeholders) and PQprepare's each distinct SQL text once per
// connection under a generated name, cached by the pointer of the SQL text, as the SQLite
// driver does. Parameters travel as text (integers as decimal text), blobs as binary;
// results come back in text format, bytea in PostgreSQL's hex output ("\x0a1b...").
//
// Every session is set to client_min_messages=warning and TimeZone=UTC on connect: duecall
// stores instants as UTC microseconds, and nothing it reads may depend on the server's zone.
//
// Errors are mapped by SQLSTATE: constraint violations (23505, 23503, 23514) and
// serialization failures or deadlocks (40001, 40P01) become kConflict, everything else
// (lost connections, 08xxx, included) kUnavailable. Messages carry the server's primary
// message and the SQL text with its placeholders, never parameter values or the server's
// DETAIL line ("Key (ref)=(...) already exists"), because those hold personal data.
//
// Not thread-safe: a connection and its statements serve one thread at a time, as libpq's
// PGconn does. The connection owns its statements; they die with it.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "adapters/sql/sql_driver.hpp"

// libpq's handle, declared here so that includers need not see libpq-fe.h.
struct pg_conn;

namespace duecall::adapters {

class PgStatement;

class PgConnection final : public SqlConnection {
 public:
  // Connects to `uri`, either a "postgresql://user:pass@host:port/db?..." URI or a libpq
  // conninfo string ("host=... dbname=..."). Whatever it leaves out comes from the PG*
  // environment variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE), as libpq does,
  // so "" connects to the server the environment describes.
  static Result<std::unique_ptr<PgConnection>> connect(const std::string& uri);
  ~PgConnection() override;
  PgConnection(const PgConnection&) = delete;
  PgConnection& operator=(const PgConnection&) = delete;

  SqlDialect dialect() const override { return SqlDialect::kPostgres; }
  // Runs one or more statements through the simple query protocol.
  Status execute(std::string_view sql) override;
  Result<SqlStatement*> prepare(const char* sql) override;
  // Plain BEGIN (READ COMMITTED): the store serialises its writers with explicit locks,
  // and a stronger level would only turn their waits into 40001 retries.
  Status begin() override { return execute("BEGIN"); }
  Status commit() override { return execute("COMMIT"); }
  Status rollback() override { return execute("ROLLBACK"); }
  // The session is up (libpq's status is CONNECTION_OK) and idle outside a transaction.
  bool reusable() const override;
  std::uint64_t change_count() const override { return changes_; }
  // PostgreSQL has no PRAGMA integrity_check. This proves the server answers a query and
  // returns "ok"; checking tables and indexes for corruption is pg_amcheck's job, run by
  // the operator against the cluster, not by the application on each start.
  Result<std::string> integrity_check() override;
  Result<std::unique_ptr<BulkInsert>> bulk_insert(const char* table, const char* columns) override;
  // Draws the ids from the table's identity sequence (not contiguous under concurrency).
  Result<std::vector<std::int64_t>> reserve_ids(const char* table, std::size_t count) override;
  // "postgresql://user@host:port/db", without the password.
  std::string describe() const override;

 private:
  explicit PgConnection(pg_conn* connection);

  pg_conn* connection_;
  std::uint64_t changes_ = 0;    // statements that changed rows; see change_count()
  int statements_prepared_ = 0;  // numbers the generated statement names
  std::unordered_map<const char*, std::unique_ptr<PgStatement>> statements_;
  std::unordered_map<const char*, std::string> reserve_sql_;  // by the caller's table string
};

// Rewrites the '?' placeholders of `sql` as $1, $2, ... in order of appearance and stores
// their number in *parameter_count. A '?' inside a single-quoted literal, a double-quoted
// identifier, a "--" comment or a "/* */" comment is left alone, since it is not a
// placeholder there. Dollar-quoted strings ($$...$$) are not recognised; duecall's SQL
// does not use them.
std::string to_postgres_placeholders(std::string_view sql, int* parameter_count);

}  // namespace duecall::adapters
