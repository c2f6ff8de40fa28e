#include "adapters/sqlite/sqlite_connection.hpp"

namespace duecall::adapters {

Error sqlite_error(sqlite3* db, std::string_view what) {
  int code = sqlite3_extended_errcode(db);
  std::string message = std::string(what) + ": " + sqlite3_errmsg(db);
  if ((code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED) {
    return Error::conflict(message);
  }
  if ((code & 0xff) == SQLITE_CONSTRAINT) return Error::conflict(message);
  if ((code & 0xff) == SQLITE_CORRUPT || (code & 0xff) == SQLITE_NOTADB) {
    return Error::data_loss(message);
  }
  return Error::unavailable(message);
}

SqliteStatement& SqliteStatement::bind(int index, std::int64_t value) {
  sqlite3_bind_int64(statement_, index, value);
  return *this;
}

SqliteStatement& SqliteStatement::bind(int index, std::string_view text) {
  sqlite3_bind_text(statement_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  return *this;
}

SqliteStatement& SqliteStatement::bind_optional(int index, const std::optional<std::string>& text) {
  return text ? bind(index, std::string_view(*text)) : bind_null(index);
}

SqliteStatement& SqliteStatement::bind_blob(int index, const void* data, std::size_t size) {
  sqlite3_bind_blob(statement_, index, data, static_cast<int>(size), SQLITE_TRANSIENT);
  return *this;
}

SqliteStatement& SqliteStatement::bind_null(int index) {
  sqlite3_bind_null(statement_, index);
  return *this;
}

Result<bool> SqliteStatement::step() {
  int code = sqlite3_step(statement_);
  if (code == SQLITE_ROW) return true;
  if (code == SQLITE_DONE) return false;
  return sqlite_error(sqlite3_db_handle(statement_), "statement failed");
}

Status SqliteStatement::run() {
  bool row = TRY(step());
  (void)row;
  // Ready for the next set of bindings, so one statement can run in a loop.
  sqlite3_reset(statement_);
  return Ok{};
}

std::string SqliteStatement::column_text(int index) const {
  const auto* text = sqlite3_column_text(statement_, index);
  if (text == nullptr) return {};
  return std::string(reinterpret_cast<const char*>(text), sqlite3_column_bytes(statement_, index));
}

std::optional<std::string> SqliteStatement::column_optional_text(int index) const {
  if (column_is_null(index)) return std::nullopt;
  return column_text(index);
}

std::string SqliteStatement::column_blob(int index) const {
  const void* data = sqlite3_column_blob(statement_, index);
  if (data == nullptr) return {};
  return std::string(static_cast<const char*>(data), sqlite3_column_bytes(statement_, index));
}

Result<std::unique_ptr<SqliteConnection>> SqliteConnection::open(const std::string& path) {
  // Memory statistics make SQLite take a global mutex on every allocation, several per
  // inserted row; duecall never reads them. This only takes effect before SQLite's first
  // use in the process, and is harmlessly refused afterwards.
  static const bool configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
  (void)configured;
  sqlite3* db = nullptr;
  int code = sqlite3_open_v2(path.c_str(), &db,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                             nullptr);
  if (code != SQLITE_OK) {
    std::string message = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return Error::unavailable("cannot open database " + path + ": " + message);
  }
  std::unique_ptr<SqliteConnection> connection(new SqliteConnection(db, path));
  sqlite3_busy_timeout(db, 30000);
  // WAL lets readers run beside the writer; synchronous=FULL makes every acknowledged
  // commit durable even across power loss, at the cost of one fsync per commit, which bulk
  // intake amortises with large transactions.
  TRY(connection->execute("PRAGMA journal_mode=WAL"));
  TRY(connection->execute("PRAGMA synchronous=FULL"));
  TRY(connection->execute("PRAGMA foreign_keys=ON"));
  TRY(connection->execute("PRAGMA cache_size=-262144"));  // 256 MiB of page cache
  TRY(connection->execute("PRAGMA temp_store=MEMORY"));
  return connection;
}

SqliteConnection::~SqliteConnection() {
  for (auto& [sql, statement] : statements_) sqlite3_finalize(statement);
  sqlite3_close(db_);
}

Status SqliteConnection::execute(std::string_view sql) {
  std::string text(sql);
  char* message = nullptr;
  if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    std::string why = message ? message : "unknown error";
    sqlite3_free(message);
    Error error = sqlite_error(db_, "SQL failed");
    error.message = "SQL failed: " + why;
    return error;
  }
  return Ok{};
}

Result<SqliteStatement> SqliteConnection::prepare(const char* sql) {
  auto cached = statements_.find(sql);
  if (cached != statements_.end()) return SqliteStatement(cached->second);
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) !=
      SQLITE_OK) {
    return sqlite_error(db_, "cannot prepare statement");
  }
  statements_.emplace(sql, statement);
  return SqliteStatement(statement);
}

}  // namespace duecall::adapters
