// ConnectionPool on its own, with fake connections whose health each test sets: lazy
// opening, reuse, the size bound under concurrent borrowers, waiting and its limit, and
// that connections that are broken or left inside a transaction are closed rather than
// lent again. The pool over real databases is tested in store_concurrency_test.cpp.
#include "adapters/sql/connection_pool.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <thread>
#include <vector>

namespace duecall::adapters {
namespace {

using namespace std::chrono_literals;

// A connection that runs nothing; `healthy` and `in_transaction` decide reusable().
class FakeConnection final : public SqlConnection {
 public:
  explicit FakeConnection(int number) : number(number) {}
  SqlDialect dialect() const override { return SqlDialect::kSqlite; }
  Status execute(std::string_view) override { return Ok{}; }
  Result<SqlStatement*> prepare(const char*) override { return Error::internal("fake"); }
  Result<std::unique_ptr<BulkInsert>> bulk_insert(const char*, const char*) override {
    return Error::internal("fake");
  }
  Result<std::vector<std::int64_t>> reserve_ids(const char*, std::size_t) override {
    return Error::internal("fake");
  }
  Status begin() override { return Ok{}; }
  Status commit() override { return Ok{}; }
  Status rollback() override { return Ok{}; }
  bool reusable() const override { return healthy && !in_transaction; }
  std::uint64_t change_count() const override { return 0; }
  Result<std::string> integrity_check() override { return std::string("ok"); }
  std::string describe() const override { return "fake:" + std::to_string(number); }

  int number;
  bool healthy = true;
  bool in_transaction = false;
};

// Counts the connections it opens, and refuses to open while `refuse` is set.
struct FakeServer {
  std::atomic<int> opened{0};
  std::atomic<bool> refuse{false};

  ConnectionPool::Opener opener() {
    return [this]() -> Result<std::unique_ptr<SqlConnection>> {
      if (refuse) return Error::unavailable("connection refused");
      return std::unique_ptr<SqlConnection>(new FakeConnection(++opened));
    };
  }
};

FakeConnection& fake(ConnectionPool::Lease& lease) {
  return static_cast<FakeConnection&>(*lease);
}

TEST(ConnectionPool, OpensNothingUntilAConnectionIsNeeded) {
  FakeServer server;
  ConnectionPool pool(server.opener(), 4, 1s);
  EXPECT_EQ(server.opened, 0);
  EXPECT_EQ(pool.open_count(), 0);
  auto lease = pool.acquire();
  ASSERT_TRUE(lease.ok());
  EXPECT_TRUE(lease->fresh());
  EXPECT_EQ(server.opened, 1);
}

TEST(ConnectionPool, LendsAReturnedConnectionAgainInsteadOfOpeningAnother) {
  FakeServer server;
  ConnectionPool pool(server.opener(), 4, 1s);
  { auto first = pool.acquire(); }
  auto second = pool.acquire();
  ASSERT_TRUE(second.ok());
  EXPECT_FALSE(second->fresh());
  EXPECT_EQ(fake(*second).number, 1);
  EXPECT_EQ(server.opened, 1);
}

TEST(ConnectionPool, ClosesABrokenConnectionAndOpensANewOneInItsPlace) {
  FakeServer server;
  ConnectionPool pool(server.opener(), 1, 1s);
  {
    auto lease = pool.acquire();
    fake(*lease).healthy = false;  // as when the server ended the session
  }
  EXPECT_EQ(pool.open_count(), 0);
  auto next = pool.acquire();
  ASSERT_TRUE(next.ok());
  EXPECT_TRUE(next->fresh());
  EXPECT_EQ(fake(*next).number, 2);
}

TEST(ConnectionPool, NeverLendsAConnectionLeftInsideATransaction) {
  FakeServer server;
  ConnectionPool pool(server.opener(), 2, 1s);
  {
    auto lease = pool.acquire();
    fake(*lease).in_transaction = true;
  }
  auto next = pool.acquire();
  ASSERT_TRUE(next.ok());
  EXPECT_EQ(fake(*next).number, 2);
}

TEST(ConnectionPool, WaitsForAReturnedConnectionWhenAllAreLent) {
  FakeServer server;
  ConnectionPool pool(server.opener(), 2, 10s);
  auto first = pool.acquire();
  auto second = pool.acquire();
  ASSERT_TRUE(first.ok() && second.ok());
  auto third = std::async(std::launch::async, [&] { return pool.acquire(); });
  EXPECT_EQ(third.wait_for(200ms), std::future_status::timeout) << "a third borrower waits";
  first->give_back();
  auto lease = third.get();
  ASSERT_TRUE(lease.ok());
  EXPECT_EQ(fake(*lease).number, 1);
  EXPECT_EQ(server.opened, 2);
}

TEST(ConnectionPool, GivesUpWaitingAfterTheLimitWithAnError) {
  FakeServer server;
  ConnectionPool pool(server.opener(), 1, 50ms);
  auto held = pool.acquire();
  auto waited = pool.acquire();
  ASSERT_FALSE(waited.ok());
  EXPECT_EQ(waited.error().code, ErrorCode::kUnavailable);
  EXPECT_NE(waited.error().message.find("pool_size"), std::string::npos) << waited.error().message;
}

TEST(ConnectionPool, AFailedOpenFreesItsPlace) {
  FakeServer server;
  ConnectionPool pool(server.opener(), 1, 1s);
  server.refuse = true;
  auto refused = pool.acquire();
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kUnavailable);
  server.refuse = false;
  EXPECT_TRUE(pool.acquire().ok()) << "the refused attempt must not count against the size";
}

TEST(ConnectionPool, ManyThreadsNeverHoldMoreConnectionsThanTheSize) {
  FakeServer server;
  constexpr int kSize = 3;
  ConnectionPool pool(server.opener(), kSize, 10s);
  std::atomic<int> holding{0};
  std::atomic<int> most_held{0};
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int thread_idx = 0; thread_idx < 8; ++thread_idx) {
    threads.emplace_back([&] {
      for (int round = 0; round < 50; ++round) {
        auto lease = pool.acquire();
        if (!lease.ok()) {
          ++failures;
          continue;
        }
        int now_holding = ++holding;
        int seen = most_held;
        while (now_holding > seen && !most_held.compare_exchange_weak(seen, now_holding)) {
        }
        std::this_thread::yield();
        --holding;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(failures, 0);
  EXPECT_LE(most_held, kSize);
  EXPECT_LE(server.opened, kSize);
  EXPECT_EQ(pool.open_count(), server.opened.load());
}

}  // namespace
}  // namespace duecall::adapters
