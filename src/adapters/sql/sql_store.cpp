#include "adapters/sql/sql_store.hpp"

#include "adapters/sql/migrations.hpp"
#include "core/check.hpp"

namespace duecall::adapters {

Result<std::unique_ptr<SqlStore>> SqlStore::open(std::unique_ptr<SqlConnection> connection,
                                                 Migrate migrate) {
  std::unique_ptr<SqlStore> store(new SqlStore(std::move(connection)));
  int version = TRY(store->schema_version());
  std::string where = store->describe();
  if (version > latest_schema_version()) {
    return Error::failed_precondition(
        "the database " + where + " has schema version " + std::to_string(version) +
        ", newer than this duecall knows (" + std::to_string(latest_schema_version()) +
        "); upgrade duecall");
  }
  if (version < latest_schema_version() && migrate != Migrate::kLeavePending) {
    if (migrate == Migrate::kRefusePending) {
      return Error::failed_precondition("the database " + where +
                                        " needs migrating: run `duecall db migrate`");
    }
    TRY(store->migrate());
  }
  return store;
}

Status SqlStore::ensure_migrations_table() {
  bool sqlite = connection_->dialect() == SqlDialect::kSqlite;
  return connection_->execute(
      sqlite ? "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name "
               "TEXT NOT NULL, applied_at_us INTEGER NOT NULL) STRICT"
             : "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name "
               "TEXT NOT NULL, applied_at_us BIGINT NOT NULL)");
}

Result<int> SqlStore::schema_version() {
  // Only look: a read-only connection (a PostgreSQL hot standby serving reports) must be
  // able to open an up-to-date database. The table is created by migrate().
  bool sqlite = connection_->dialect() == SqlDialect::kSqlite;
  {
    StatementScope exists(TRY(connection_->prepare(
        sqlite ? "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                 "name = 'schema_migrations'"
               : "SELECT CASE WHEN to_regclass('schema_migrations') IS NULL THEN 0 ELSE 1 END")));
    TRY(exists.step());
    if (exists.column_int(0) == 0) return 0;
  }
  StatementScope statement(
      TRY(connection_->prepare("SELECT coalesce(max(version), 0) FROM schema_migrations")));
  TRY(statement.step());
  int version = static_cast<int>(statement.column_int(0));
  return version;
}

Result<int> SqlStore::migrate() {
  TRY(ensure_migrations_table());
  bool sqlite = connection_->dialect() == SqlDialect::kSqlite;
  int applied = 0;
  for (const auto& migration : all_migrations()) {
    // Read the version inside the write transaction (and, on PostgreSQL, under a table
    // lock), so that two processes migrating one new database apply each migration once.
    TRY(connection_->begin());
    auto step = [&]() -> Result<bool> {
      if (!sqlite) TRY(connection_->execute("LOCK TABLE schema_migrations IN EXCLUSIVE MODE"));
      std::int64_t version = 0;
      {
        StatementScope current(
            TRY(connection_->prepare("SELECT coalesce(max(version), 0) FROM schema_migrations")));
        TRY(current.step());
        version = current.column_int(0);
      }
      if (migration.version <= version) return false;
      TRY(connection_->execute(render_migration(migration, connection_->dialect())));
      StatementScope record(TRY(connection_->prepare(
          sqlite ? "INSERT INTO schema_migrations (version, name, applied_at_us) "
                   "VALUES (?, ?, unixepoch() * 1000000)"
                 : "INSERT INTO schema_migrations (version, name, applied_at_us) "
                   "VALUES (?, ?, CAST(extract(epoch FROM now()) * 1000000 AS BIGINT))")));
      record.bind(1, std::int64_t{migration.version}).bind(2, migration.name);
      TRY(record.run());
      return true;
    };
    auto done = step();
    if (!done.ok()) {
      (void)connection_->rollback();
      return Error::internal("migration " + std::to_string(migration.version) + " failed: " +
                             done.error().message);
    }
    TRY(connection_->commit());
    if (*done) ++applied;
  }
  return applied;
}

Result<std::unique_ptr<app::StoreTransaction>> SqlStore::begin() {
  DC_VERIFY(!in_transaction_, "one transaction at a time per store connection");
  TRY(connection_->begin());
  in_transaction_ = true;
  return make_sql_store_transaction(*connection_, [this] { in_transaction_ = false; });
}

}  // namespace duecall::adapters
