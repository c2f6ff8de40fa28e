#include "adapters/postgres/pg_connection.hpp"

#include <libpq-fe.h>

#include "adapters/postgres/pg_copy.hpp"
#include "adapters/postgres/pg_error.hpp"
#include "adapters/postgres/pg_statement.hpp"

namespace duecall::adapters {
namespace {

// Session settings duecall relies on; see the header. bytea_output=hex is the default
// since 9.0, set anyway because column_blob decodes exactly that format.
constexpr const char* kSessionSettings =
    "SET client_min_messages = warning; SET TimeZone = 'UTC'; SET bytea_output = 'hex'";

// A URI component with the characters that would end it percent-encoded, so that a
// Unix-socket directory ("/run/postgresql") survives as a host.
std::string uri_component(const char* text) {
  std::string encoded;
  for (const char* at = text ? text : ""; *at; ++at) {
    unsigned char c = static_cast<unsigned char>(*at);
    if (c == '/' || c == '@' || c == ':' || c == '%' || c == '?' || c == '#' || c <= ' ') {
      constexpr char kHex[] = "0123456789ABCDEF";
      encoded += '%';
      encoded += kHex[c >> 4];
      encoded += kHex[c & 15];
    } else {
      encoded += static_cast<char>(c);
    }
  }
  return encoded;
}

// Clears a PGresult on every path out of a function.
using ResultHandle = std::unique_ptr<PGresult, decltype(&PQclear)>;
ResultHandle hold(PGresult* result) {
  return ResultHandle(result, &PQclear);
}

}  // namespace

std::string to_postgres_placeholders(std::string_view sql, int* parameter_count) {
  std::string converted;
  converted.reserve(sql.size() + 16);
  int count = 0;
  std::size_t at = 0;
  // Copies sql[at..] up to and including `terminator`, or to the end when it is missing.
  auto copy_through = [&](std::string_view terminator) {
    std::size_t end = sql.find(terminator, at);
    end = end == std::string_view::npos ? sql.size() : end + terminator.size();
    converted.append(sql.substr(at, end - at));
    at = end;
  };
  while (at < sql.size()) {
    char c = sql[at];
    if (c == '\'' || c == '"') {
      // A doubled quote inside ('it''s') closes and reopens the literal: same result.
      converted += c;
      ++at;
      copy_through(std::string_view(&c, 1));
    } else if (sql.substr(at, 2) == "--") {
      copy_through("\n");
    } else if (sql.substr(at, 2) == "/*") {
      copy_through("*/");
    } else if (c == '?') {
      converted += '$';
      converted += std::to_string(++count);
      ++at;
    } else {
      converted += c;
      ++at;
    }
  }
  *parameter_count = count;
  return converted;
}

PgConnection::PgConnection(pg_conn* connection) : connection_(connection) {}

PgConnection::~PgConnection() {
  // The statements hold results only; clear them while the connection still exists, then
  // close it, which also drops the server's prepared statements.
  statements_.clear();
  PQfinish(connection_);
}

Result<std::unique_ptr<PgConnection>> PgConnection::connect(const std::string& uri) {
  PGconn* raw = PQconnectdb(uri.c_str());
  if (!raw) return Error::unavailable("postgresql: out of memory while connecting");
  // Owned from here on, so that every early return closes it.
  std::unique_ptr<PgConnection> connection(new PgConnection(raw));
  if (PQstatus(raw) != CONNECTION_OK) {
    return postgres_error(raw, nullptr, "connecting to " + connection->describe());
  }
  TRY(connection->execute(kSessionSettings));
  return connection;
}

Status PgConnection::execute(std::string_view sql) {
  std::string text(sql);  // libpq wants a terminated string
  ResultHandle result = hold(PQexec(connection_, text.c_str()));
  if (!postgres_succeeded(result.get())) {
    return postgres_error(connection_, result.get(), "execute", sql);
  }
  if (postgres_changed_rows(result.get())) ++changes_;
  return Ok{};
}

Result<SqlStatement*> PgConnection::prepare(const char* sql) {
  if (auto found = statements_.find(sql); found != statements_.end()) return found->second.get();
  int parameter_count = 0;
  std::string converted = to_postgres_placeholders(sql, &parameter_count);
  std::string name = "duecall_" + std::to_string(++statements_prepared_);
  // No parameter types: the server infers each from its context in the statement.
  ResultHandle result = hold(PQprepare(connection_, name.c_str(), converted.c_str(),
                                       parameter_count, /*paramTypes=*/nullptr));
  if (!postgres_succeeded(result.get())) {
    return postgres_error(connection_, result.get(), "prepare", sql);
  }
  auto statement =
      std::make_unique<PgStatement>(connection_, name, sql, parameter_count, &changes_);
  SqlStatement* borrowed = statement.get();
  statements_.emplace(sql, std::move(statement));
  return borrowed;
}

Result<std::unique_ptr<BulkInsert>> PgConnection::bulk_insert(const char* table,
                                                             const char* columns) {
  ++changes_;  // a COPY is only started to write
  return std::unique_ptr<BulkInsert>(new PgCopy(connection_, table, columns));
}

Result<std::vector<std::int64_t>> PgConnection::reserve_ids(const char* table, std::size_t count) {
  auto [slot, added] = reserve_sql_.try_emplace(table);
  if (added) {
    slot->second = std::string("SELECT nextval(pg_get_serial_sequence('") + table +
                   "', 'id')) FROM generate_series(1, CAST(? AS INTEGER))";
  }
  StatementScope ids(TRY(prepare(slot->second.c_str())));
  ids.bind(1, static_cast<std::int64_t>(count));
  std::vector<std::int64_t> reserved;
  reserved.reserve(count);
  while (TRY(ids.step())) reserved.push_back(ids.column_int(0));
  if (reserved.size() != count) return Error::internal("the id sequence gave too few values");
  return reserved;
}

bool PgConnection::reusable() const {
  return PQstatus(connection_) == CONNECTION_OK && PQtransactionStatus(connection_) == PQTRANS_IDLE;
}

Result<std::string> PgConnection::integrity_check() {
  ResultHandle result = hold(PQexec(connection_, "SELECT 1"));
  if (PQresultStatus(result.get()) != PGRES_TUPLES_OK || PQntuples(result.get()) != 1) {
    return postgres_error(connection_, result.get(), "integrity check");
  }
  return std::string("ok");
}

std::string PgConnection::describe() const {
  return "postgresql://" + uri_component(PQuser(connection_)) + "@" +
         uri_component(PQhost(connection_)) + ":" + uri_component(PQport(connection_)) + "/" +
         uri_component(PQdb(connection_));
}

}  // namespace duecall::adapters
