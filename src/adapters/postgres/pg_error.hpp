// Turns a failed libpq call into an Error, by SQLSTATE, for the connection and its
// statements. Internal to the PostgreSQL driver.
//
// The mapping: integrity constraint violations (23505 unique, 23503 foreign key, 23514
// check) and 40001 serialization failure / 40P01 deadlock are kConflict, because another
// writer's row or transaction won and the caller may report or retry; connection failures
// (08xxx, or a result without a SQLSTATE because the connection broke) and everything else
// are kUnavailable.
//
// Personal data never reaches a message. The server's DETAIL line is dropped ("Key
// (national_id)=(...) already exists"), and for data exceptions (class 22: "invalid input
// syntax for type bigint: \"...\"") even the primary message is replaced, because it quotes
// the offending value. What remains names the SQLSTATE, the constraint and our own SQL.
#pragma once

#include <libpq-fe.h>

#include <string_view>

#include "core/result.hpp"

namespace duecall::adapters {

// Returns true iff `result` reports success (a command or a query that finished).
bool postgres_succeeded(const PGresult* result);

// Returns true iff the command behind the successful `result` changed rows: an INSERT,
// UPDATE, DELETE or MERGE that touched at least one, a COPY, or DDL. Queries, locks, SET and
// transaction control change none.
bool postgres_changed_rows(PGresult* result);

// Describes why `result` (may be null, when libpq could not even send the query) failed.
// `action` says what was attempted; `sql` is our statement text, quoted shortened.
Error postgres_error(const PGconn* connection, const PGresult* result, std::string_view action,
                     std::string_view sql = {});

}  // namespace duecall::adapters
