// The PostgreSQL store's pool: how pool_size is read from the URI (pure, no server), and,
// against a real server, that a connection whose backend was ended (pg_terminate_backend,
// as in a server restart) is replaced by the next begin() instead of failing it.
#include "adapters/postgres/pg_store.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "support/test_postgres.hpp"

namespace duecall::adapters {
namespace {

using duecall::testing::PostgresTest;

TEST(PgStoreUri, TakesPoolSizeOutOfTheQueryAndKeepsTheRest) {
  auto address = parse_pg_store_uri(
      "postgresql://u@h:5432/db?sslmode=require&pool_size=7&application_name=n1");
  ASSERT_TRUE(address.ok()) << address.error().message;
  EXPECT_EQ(address->pool_size, 7);
  EXPECT_EQ(address->libpq_uri, "postgresql://u@h:5432/db?sslmode=require&application_name=n1");

  auto alone = parse_pg_store_uri("postgresql://u@h/db?pool_size=2");
  ASSERT_TRUE(alone.ok());
  EXPECT_EQ(alone->libpq_uri, "postgresql://u@h/db");
  EXPECT_EQ(alone->pool_size, 2);
}

TEST(PgStoreUri, UsesTheDefaultSizeWhenNoneIsGiven) {
  for (const char* uri : {"postgresql://u@h/db", "postgresql://u@h/db?connect_timeout=5"}) {
    auto address = parse_pg_store_uri(uri);
    ASSERT_TRUE(address.ok());
    EXPECT_EQ(address->pool_size, kDefaultPoolSize);
    EXPECT_EQ(address->libpq_uri, uri);
  }
}

TEST(PgStoreUri, RefusesABadPoolSizeWithoutRepeatingThePassword) {
  for (const char* size : {"0", "65", "-1", "four", "", "4x"}) {
    std::string uri = std::string("postgresql://u:secret-pw@h/db?pool_size=") + size;
    auto address = parse_pg_store_uri(uri);
    ASSERT_FALSE(address.ok()) << size;
    EXPECT_EQ(address.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(address.error().message.find("pool_size"), std::string::npos);
    EXPECT_EQ(address.error().message.find("secret-pw"), std::string::npos);
  }
  EXPECT_FALSE(parse_pg_store_uri("postgresql://h/db?pool_size=2&pool_size=3").ok());
}

class PgStoreTest : public PostgresTest {
 protected:
  std::unique_ptr<SqlStore> open_store(int pool_size) {
    std::string uri = database().uri();
    uri += (uri.find('?') == std::string::npos ? "?" : "&") + std::string("pool_size=") +
           std::to_string(pool_size);
    auto store = open_postgres_store(uri);
    EXPECT_TRUE(store.ok()) << store.error().message;
    return store.ok() ? std::move(store).value() : nullptr;
  }

  // The server process behind the connection the store lends next (its only one, with a
  // pool of one).
  static std::int64_t backend_pid(SqlStore& store) {
    auto connection = store.lease_connection();
    EXPECT_TRUE(connection.ok());
    if (!connection.ok()) return -1;
    auto statement = (*connection)->prepare("SELECT pg_backend_pid()");
    EXPECT_TRUE(statement.ok());
    if (!statement.ok()) return -1;
    StatementScope pid(*statement);
    auto row = pid.step();
    EXPECT_TRUE(row.ok() && *row);
    return row.ok() && *row ? pid.column_int(0) : -1;
  }

  // Ends the backend from another session, as an administrator or a restart would, and
  // waits until it is gone.
  void terminate_backend(std::int64_t pid) {
    auto admin = database().connect();
    ASSERT_TRUE(admin.ok());
    std::string id = std::to_string(pid);
    ASSERT_TRUE((*admin)->execute("SELECT pg_terminate_backend(" + id + ")").ok());
    for (int tries = 0; tries < 100; ++tries) {
      StatementScope alive(*(*admin)->prepare(
          "SELECT count(*) FROM pg_stat_activity WHERE pid = CAST(? AS INTEGER)"));
      alive.bind(1, pid);
      ASSERT_TRUE(alive.step().ok());
      if (alive.column_int(0) == 0) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    FAIL() << "backend " << id << " did not end";
  }

  static Status add_number(SqlStore& store, const std::string& e164) {
    auto transaction = TRY(store.begin());
    TRY(transaction->insert_do_not_call(
        {.number = e164, .reason = "test", .added_at = from_unix_micros(0)}));
    return transaction->commit();
  }
};

TEST_F(PgStoreTest, ABackendEndedWhileIdleIsReplacedOnTheNextBegin) {
  auto store = open_store(1);
  ASSERT_TRUE(store);
  std::int64_t before = backend_pid(*store);
  terminate_backend(before);
  auto added = add_number(*store, "+38640111222");
  EXPECT_TRUE(added.ok()) << added.error().message;
  EXPECT_NE(backend_pid(*store), before);
}

TEST_F(PgStoreTest, ABackendEndedMidTransactionFailsThatTransactionOnly) {
  auto store = open_store(1);
  ASSERT_TRUE(store);
  std::int64_t before = backend_pid(*store);
  {
    auto transaction = store->begin();
    ASSERT_TRUE(transaction.ok());
    terminate_backend(before);
    auto inserted =
        (*transaction)
            ->insert_do_not_call(
                {.number = "+38640111222", .reason = "lost", .added_at = from_unix_micros(0)});
    ASSERT_FALSE(inserted.ok());
    EXPECT_EQ(inserted.error().code, ErrorCode::kUnavailable) << inserted.error().message;
  }
  auto added = add_number(*store, "+38640111333");
  EXPECT_TRUE(added.ok()) << added.error().message;
}

}  // namespace
}  // namespace duecall::adapters
