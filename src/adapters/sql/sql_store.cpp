#include "adapters/sql/sql_store.hpp"

#include "adapters/sql/migrations.hpp"

namespace duecall::adapters {

Result<std::unique_ptr<SqlStore>> SqlStore::open(ConnectionPool::Opener open_connection,
                                                 int pool_size, Migrate migrate) {
  std::unique_ptr<SqlStore> store(new SqlStore(std::move(open_connection), pool_size));
  {
    auto first = TRY(store->pool_.acquire());
    store->description_ = first->describe();
    store->dialect_ = first->dialect();
  }
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

namespace {

Status ensure_migrations_table(SqlConnection& connection) {
  bool sqlite = connection.dialect() == SqlDialect::kSqlite;
  return connection.execute(
      sqlite ? "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name "
               "TEXT NOT NULL, applied_at_us INTEGER NOT NULL) STRICT"
             : "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name "
               "TEXT NOT NULL, applied_at_us BIGINT NOT NULL)");
}

}  // namespace

Result<int> SqlStore::schema_version() {
  // Only look: a read-only connection (a PostgreSQL hot standby serving reports) must be
  // able to open an up-to-date database. The table is created by migrate().
  auto connection = TRY(pool_.acquire());
  bool sqlite = dialect_ == SqlDialect::kSqlite;
  {
    StatementScope exists(TRY(connection->prepare(
        sqlite ? "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                 "name = 'schema_migrations'"
               : "SELECT CASE WHEN to_regclass('schema_migrations') IS NULL THEN 0 ELSE 1 END")));
    TRY(exists.step());
    if (exists.column_int(0) == 0) return 0;
  }
  StatementScope statement(
      TRY(connection->prepare("SELECT coalesce(max(version), 0) FROM schema_migrations")));
  TRY(statement.step());
  int version = static_cast<int>(statement.column_int(0));
  return version;
}

Result<int> SqlStore::migrate() {
  auto connection = TRY(pool_.acquire());
  TRY(ensure_migrations_table(*connection));
  bool sqlite = dialect_ == SqlDialect::kSqlite;
  int applied = 0;
  for (const auto& migration : all_migrations()) {
    // Read the version inside the write transaction (and, on PostgreSQL, under a table
    // lock), so that two processes migrating one new database apply each migration once.
    TRY(connection->begin());
    auto step = [&]() -> Result<bool> {
      if (!sqlite) TRY(connection->execute("LOCK TABLE schema_migrations IN EXCLUSIVE MODE"));
      std::int64_t version = 0;
      {
        StatementScope current(
            TRY(connection->prepare("SELECT coalesce(max(version), 0) FROM schema_migrations")));
        TRY(current.step());
        version = current.column_int(0);
      }
      if (migration.version <= version) return false;
      TRY(connection->execute(render_migration(migration, dialect_)));
      StatementScope record(TRY(connection->prepare(
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
      (void)connection->rollback();
      return Error::internal("migration " + std::to_string(migration.version) + " failed: " +
                             done.error().message);
    }
    TRY(connection->commit());
    if (*done) ++applied;
  }
  return applied;
}

Result<std::string> SqlStore::integrity_check() {
  auto connection = TRY(pool_.acquire());
  return connection->integrity_check();
}

Result<std::unique_ptr<app::StoreTransaction>> SqlStore::begin() {
  // An idle connection may have lost its session meanwhile (a server restart, an
  // administrator's pg_terminate_backend, an idle timeout); libpq notices only on the next
  // use, so it shows here, as a failed BEGIN on a connection no longer reusable(). Nothing
  // has happened in this transaction yet, so another connection may simply be tried. A
  // fresh connection failing, or a healthy one refusing BEGIN, is a real error. Every idle
  // connection may be stale after a restart: at most pool_size + 1 tries.
  for (int attempt = 0;; ++attempt) {
    auto lease = TRY(pool_.acquire());
    auto begun = lease->begin();
    if (begun.ok()) return make_sql_store_transaction(std::move(lease), write_generation_);
    if (lease.fresh() || lease->reusable() || attempt >= pool_.max_size()) {
      return std::move(begun).error();
    }
  }
}

}  // namespace duecall::adapters
