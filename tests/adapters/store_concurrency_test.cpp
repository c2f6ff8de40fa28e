// Store::begin() from several threads at once, on both stores: each transaction borrows a
// connection from the store's pool (PostgreSQL: several; SQLite: one, so transactions take
// turns). Checked: concurrent transactions lose nothing, and a transaction that finds every
// connection lent waits for one instead of failing.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <string>
#include <thread>
#include <vector>

#include "support/test_store.hpp"

namespace duecall {
namespace {

using namespace std::chrono_literals;

class StoreConcurrencyTest : public testing::StoreTest {
 protected:
  // A valid E.164 number, distinct for each (thread, round).
  static std::string number(int thread_idx, int round) {
    return "+3864" + std::to_string(1000000 + thread_idx * 1000 + round);
  }

  // One transaction that adds a number to the do-not-call list and reads it back.
  static Status add_number(app::Store& store, const std::string& e164) {
    auto transaction = TRY(store.begin());
    TRY(transaction->insert_do_not_call(
        {.number = e164, .reason = "test", .added_at = from_unix_micros(0)}));
    if (!TRY(transaction->find_do_not_call(e164))) {
      return Error::internal("a transaction does not see its own insert");
    }
    return transaction->commit();
  }

  std::size_t listed_numbers() {
    auto transaction = store().begin();
    EXPECT_TRUE(transaction.ok());
    auto listed = (*transaction)->list_do_not_call();
    EXPECT_TRUE(listed.ok());
    return listed.ok() ? listed->size() : 0;
  }
};

TEST_P(StoreConcurrencyTest, TransactionsFromManyThreadsAtOnceLoseNothing) {
  constexpr int kThreads = 6;
  constexpr int kRounds = 25;
  std::atomic<int> failures{0};
  std::string first_failure;
  std::mutex failure_mutex;
  std::vector<std::thread> threads;
  for (int thread_idx = 0; thread_idx < kThreads; ++thread_idx) {
    threads.emplace_back([&, thread_idx] {
      for (int round = 0; round < kRounds; ++round) {
        auto added = add_number(store(), number(thread_idx, round));
        if (!added.ok()) {
          std::lock_guard lock(failure_mutex);
          if (failures++ == 0) first_failure = added.error().message;
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(failures, 0) << first_failure;
  EXPECT_EQ(listed_numbers(), static_cast<std::size_t>(kThreads * kRounds));
}

TEST_P(StoreConcurrencyTest, BeginWaitsForAConnectionWhenEveryOneIsLent) {
  auto pooled = database().open_with_pool(2);
  // Hold as many transactions as the pool has connections (two; SQLite's store has one).
  std::vector<std::unique_ptr<app::StoreTransaction>> held;
  for (int i = 0; i < pooled->pool_size(); ++i) {
    auto transaction = pooled->begin();
    ASSERT_TRUE(transaction.ok()) << transaction.error().message;
    held.push_back(std::move(transaction).value());
  }
  auto waiting = std::async(std::launch::async, [&] { return add_number(*pooled, number(9, 9)); });
  EXPECT_EQ(waiting.wait_for(300ms), std::future_status::timeout)
      << "with every connection lent, begin() must wait";
  ASSERT_TRUE(held.front()->commit().ok());
  ASSERT_EQ(waiting.wait_for(20s), std::future_status::ready);
  auto added = waiting.get();
  EXPECT_TRUE(added.ok()) << added.error().message;
  held.clear();
  EXPECT_EQ(listed_numbers(), 1u);
}

INSTANTIATE_STORE_TESTS(StoreConcurrencyTest);

}  // namespace
}  // namespace duecall
