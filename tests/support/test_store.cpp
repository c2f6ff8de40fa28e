#include "support/test_store.hpp"

#include "adapters/postgres/pg_store.hpp"
#include "adapters/sqlite/sqlite_store.hpp"

namespace duecall::testing {

StoreUnderTest::StoreUnderTest(StoreKind kind) : kind_(kind) {
  if (kind == StoreKind::kPostgres) {
    postgres_.emplace();
    spec_ = postgres_->uri();
  } else {
    spec_ = "sqlite:" + dir_.file("store.db");
  }
}

std::unique_ptr<adapters::SqlStore> StoreUnderTest::open() const {
  return open_with_pool(adapters::kDefaultPoolSize);
}

std::unique_ptr<adapters::SqlStore> StoreUnderTest::open_with_pool(int pool_size) const {
  if (kind_ == StoreKind::kPostgres) {
    std::string spec = spec_ + (spec_.find('?') == std::string::npos ? "?" : "&") +
                       "pool_size=" + std::to_string(pool_size);
    auto store = adapters::open_postgres_store(spec);
    if (!store.ok()) throw std::runtime_error(store.error().message);
    return std::move(store).value();
  }
  auto store = adapters::open_sqlite_store(spec_.substr(7));
  if (!store.ok()) throw std::runtime_error(store.error().message);
  return std::move(store).value();
}

void StoreTest::SetUp() {
  if (GetParam() == StoreKind::kPostgres) {
    DUECALL_NEED_POSTGRES();
  }
  database_.emplace(GetParam());
  store_ = database_->open();
}

std::string store_kind_name(const ::testing::TestParamInfo<StoreKind>& info) {
  return info.param == StoreKind::kPostgres ? "Postgres" : "Sqlite";
}

void PrintTo(StoreKind kind, std::ostream* out) {
  *out << (kind == StoreKind::kPostgres ? "postgres" : "sqlite");
}

}  // namespace duecall::testing
