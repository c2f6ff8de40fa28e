#include "adapters/sqlite/sqlite_connection.hpp"

namespace duecall::adapters {

Error sqlite_error(sqlite3* db, std::string_view what) {
  int code = sqlite3_extended_errcode(db) & 0xff;
  std::string message = std::string(what) + ": " + sqlite3_errmsg(db);
  if (code == SQLITE_BUSY || code == SQLITE_LOCKED || code == SQLITE_CONSTRAINT) {
    return Error::conflict(message);
  }
  if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) return Error::data_loss(message);
  return Error::unavailable(message);
}

// SQLite runs INSERT ... RETURNING through a temporary table on every execution, which
// costs more than the insert itself. So the driver prepares such an insert without the
// RETURNING clause and presents the new rowid as the one-row result instead.
constexpr std::string_view kReturningId = " RETURNING id";

class SqliteStatement final : public SqlStatement {
 public:
  SqliteStatement(sqlite3_stmt* statement, bool returns_rowid)
      : statement_(statement), returns_rowid_(returns_rowid) {}
  ~SqliteStatement() override { sqlite3_finalize(statement_); }

  void bind(int index, std::int64_t value) override {
    sqlite3_bind_int64(statement_, index, value);
  }
  void bind(int index, std::string_view text) override {
    sqlite3_bind_text(statement_, index, text.data(), static_cast<int>(text.size()),
                      SQLITE_TRANSIENT);
  }
  void bind_blob(int index, std::string_view bytes) override {
    sqlite3_bind_blob(statement_, index, bytes.data(), static_cast<int>(bytes.size()),
                      SQLITE_TRANSIENT);
  }
  void bind_null(int index) override { sqlite3_bind_null(statement_, index); }

  Result<bool> step() override {
    if (returns_rowid_ && rowid_delivered_) return false;
    int code = sqlite3_step(statement_);
    if (code == SQLITE_ROW) return true;
    if (code == SQLITE_DONE) {
      if (!returns_rowid_) return false;
      rowid_delivered_ = true;
      // An insert that inserted nothing (ON CONFLICT DO NOTHING) returns no row, as
      // RETURNING would; last_insert_rowid() would name an older row.
      if (sqlite3_changes(sqlite3_db_handle(statement_)) == 0) return false;
      rowid_ = sqlite3_last_insert_rowid(sqlite3_db_handle(statement_));
      return true;
    }
    return sqlite_error(sqlite3_db_handle(statement_), "statement failed");
  }
  std::int64_t column_int(int index) const override {
    if (returns_rowid_) return rowid_;
    return sqlite3_column_int64(statement_, index);
  }
  std::string column_text(int index) const override {
    const auto* text = sqlite3_column_text(statement_, index);
    if (text == nullptr) return {};
    return std::string(reinterpret_cast<const char*>(text),
                       static_cast<std::size_t>(sqlite3_column_bytes(statement_, index)));
  }
  std::string column_blob(int index) const override {
    const void* data = sqlite3_column_blob(statement_, index);
    if (data == nullptr) return {};
    return std::string(static_cast<const char*>(data),
                       static_cast<std::size_t>(sqlite3_column_bytes(statement_, index)));
  }
  bool column_is_null(int index) const override {
    return sqlite3_column_type(statement_, index) == SQLITE_NULL;
  }
  void reset() override {
    sqlite3_reset(statement_);
    sqlite3_clear_bindings(statement_);
    rowid_delivered_ = false;
  }

 private:
  sqlite3_stmt* statement_;
  bool returns_rowid_;
  bool rowid_delivered_ = false;
  std::int64_t rowid_ = 0;
};

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
  statements_.clear();
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

Result<SqlStatement*> SqliteConnection::prepare(const char* sql) {
  auto cached = statements_.find(sql);
  if (cached != statements_.end()) return static_cast<SqlStatement*>(cached->second.get());
  std::string_view text(sql);
  bool returns_rowid = text.starts_with("INSERT") && text.ends_with(kReturningId);
  if (returns_rowid) text.remove_suffix(kReturningId.size());
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v3(db_, text.data(), static_cast<int>(text.size()),
                         SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK) {
    return sqlite_error(db_, "cannot prepare statement");
  }
  auto& slot = statements_[sql];
  slot = std::make_unique<SqliteStatement>(statement, returns_rowid);
  return static_cast<SqlStatement*>(slot.get());
}

namespace {

// A bulk insert on SQLite is its fastest single-row path: one prepared INSERT, bound and
// stepped per row, inside the caller's transaction.
class SqliteBulkInsert final : public BulkInsert {
 public:
  explicit SqliteBulkInsert(SqlStatement* insert) : insert_(insert) {}
  void add(std::int64_t value) override { insert_->bind(++field_, value); }
  void add(std::string_view text) override { insert_->bind(++field_, text); }
  void add_blob(std::string_view bytes) override { insert_->bind_blob(++field_, bytes); }
  void add_null() override { insert_->bind_null(++field_); }
  Status end_row() override {
    field_ = 0;
    StatementScope row(insert_);
    return row.run();
  }
  Status finish() override { return Ok{}; }

 private:
  SqlStatement* insert_;
  int field_ = 0;
};

}  // namespace

Result<std::unique_ptr<BulkInsert>> SqliteConnection::bulk_insert(const char* table,
                                                                 const char* columns) {
  auto [slot, added] = generated_sql_.try_emplace(columns);
  if (added) {
    std::string marks = "?";
    for (const char* c = columns; *c; ++c) {
      if (*c == ',') marks += ", ?";
    }
    slot->second = std::string("INSERT INTO ") + table + " (" + columns + ") VALUES (" + marks + ")";
  }
  SqlStatement* insert = TRY(prepare(slot->second.c_str()));
  return std::unique_ptr<BulkInsert>(new SqliteBulkInsert(insert));
}

Result<std::vector<std::int64_t>> SqliteConnection::reserve_ids(const char* table,
                                                                std::size_t count) {
  auto [slot, added] = generated_sql_.try_emplace(table);
  if (added) slot->second = std::string("SELECT coalesce(max(id), 0) FROM ") + table;
  StatementScope highest(TRY(prepare(slot->second.c_str())));
  TRY(highest.step());
  std::int64_t next = highest.column_int(0) + 1;
  std::vector<std::int64_t> ids(count);
  for (auto& id : ids) id = next++;
  return ids;
}

Result<std::string> SqliteConnection::integrity_check() {
  StatementScope statement(TRY(prepare("PRAGMA integrity_check")));
  std::string findings;
  while (TRY(statement.step())) {
    if (!findings.empty()) findings += "\n";
    findings += statement.column_text(0);
  }
  return findings;
}

}  // namespace duecall::adapters
