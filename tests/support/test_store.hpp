// One store test, two stores: StoreTest is a fixture parameterised by StoreKind, so a test
// written once with TEST_P runs against embedded SQLite (in a temporary directory) and
// against a fresh database on the test run's PostgreSQL server. INSTANTIATE_STORE_TESTS
// registers both. The PostgreSQL half fails rather than skips when the run requires it
// (see test_postgres.hpp).
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>

#include "adapters/sql/sql_store.hpp"
#include "support/temp_dir.hpp"
#include "support/test_postgres.hpp"

namespace duecall::testing {

enum class StoreKind { kSqlite, kPostgres };

// A fresh, empty, migrated database of one kind, removed when destroyed.
class StoreUnderTest {
 public:
  explicit StoreUnderTest(StoreKind kind);
  // The --db specification a child process uses to reach the same database.
  const std::string& spec() const { return spec_; }
  // Opens another store on the same database (connections of its own).
  std::unique_ptr<adapters::SqlStore> open() const;
  // The same, with a pool of at most `pool_size` connections on PostgreSQL (SQLite's store
  // always has one).
  std::unique_ptr<adapters::SqlStore> open_with_pool(int pool_size) const;

 private:
  StoreKind kind_;
  TempDir dir_;
  std::optional<TestDatabase> postgres_;
  std::string spec_;
};

class StoreTest : public ::testing::TestWithParam<StoreKind> {
 protected:
  void SetUp() override;
  adapters::SqlStore& store() { return *store_; }
  const std::string& db_spec() const { return database_->spec(); }
  const StoreUnderTest& database() const { return *database_; }

 private:
  std::optional<StoreUnderTest> database_;
  std::unique_ptr<adapters::SqlStore> store_;
};

std::string store_kind_name(const ::testing::TestParamInfo<StoreKind>& info);
void PrintTo(StoreKind kind, std::ostream* out);

}  // namespace duecall::testing

#define INSTANTIATE_STORE_TESTS(Fixture)                                        \
  INSTANTIATE_TEST_SUITE_P(BothStores, Fixture,                                 \
                           ::testing::Values(::duecall::testing::StoreKind::kSqlite, \
                                             ::duecall::testing::StoreKind::kPostgres), \
                           ::duecall::testing::store_kind_name)
