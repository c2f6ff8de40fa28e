// A throwaway PostgreSQL database per test, on the server that the standard PG* variables
// describe (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE). scripts/test runs ctest inside
// `pg_virtualenv`, which starts a temporary cluster, exports those variables and removes
// the cluster afterwards; a developer can point them at any server where PGUSER may create
// databases.
//
// Each TestDatabase creates a database under a unique name, so tests in parallel processes
// never share tables, and drops it WITH (FORCE) when destroyed, which also ends sessions a
// crashed child process may have left behind.
//
// When no server is described (neither PGHOST nor PGPORT is set), tests that need one skip,
// so a single test binary still runs by hand; but with DUECALL_REQUIRE_POSTGRES=1, as
// scripts/test sets, they fail instead, so a full run can never pass by silently skipping
// its PostgreSQL half. Use DUECALL_NEED_POSTGRES() or derive the fixture from PostgresTest.
//
// Not thread-safe; one TestDatabase per test.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>

#include "adapters/postgres/pg_connection.hpp"

namespace duecall::testing {

// Returns true iff the environment names a PostgreSQL server (PGHOST or PGPORT is set).
bool postgres_available();
// Returns true iff DUECALL_REQUIRE_POSTGRES=1: a missing server is a failure, not a skip.
bool postgres_required();

class TestDatabase {
 public:
  // Creates the database. Throws std::runtime_error when the server cannot be reached or
  // refuses: test support sits at the edge, and gtest reports the exception as a failure.
  TestDatabase();
  ~TestDatabase();
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  const std::string& name() const { return name_; }
  // "postgresql://user:password@host:port/name": complete, so that a child process
  // (`duecall --db URI`) reaches the database without the PG* variables.
  const std::string& uri() const { return uri_; }
  // A new connection to this database.
  Result<std::unique_ptr<adapters::PgConnection>> connect() const;

 private:
  std::unique_ptr<adapters::PgConnection> admin_;  // to the server's PGDATABASE
  std::string name_;
  std::string uri_;
};

// A fixture whose tests each get a fresh database(), or skip/fail as described above.
class PostgresTest : public ::testing::Test {
 protected:
  void SetUp() override;
  TestDatabase& database() { return *database_; }

 private:
  std::optional<TestDatabase> database_;
};

}  // namespace duecall::testing

// Ends the current test unless a PostgreSQL server is configured: a failure under
// DUECALL_REQUIRE_POSTGRES=1, a skip otherwise. A macro, because only the test's own
// function can return from it.
#define DUECALL_NEED_POSTGRES()                                                        \
  do {                                                                                 \
    if (!::duecall::testing::postgres_available()) {                                   \
      if (::duecall::testing::postgres_required()) {                                   \
        FAIL() << "DUECALL_REQUIRE_POSTGRES=1 but neither PGHOST nor PGPORT is set; "  \
                  "run the tests through scripts/test or pg_virtualenv";               \
      }                                                                                \
      GTEST_SKIP() << "no PostgreSQL server (set PGHOST/PGPORT or use pg_virtualenv)"; \
    }                                                                                  \
  } while (false)
