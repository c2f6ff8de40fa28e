// FreshCache serves a kept value only while it is fresh: the store's write generation is
// unchanged, and it is younger than the maximum age on both the steady and the product
// clock (a product clock moved backwards or forwards drops it). Unknown keys miss; a full
// cache makes room. Method: a store that only counts generations and a settable clock.
#include "adapters/http/fresh_cache.hpp"

#include <gtest/gtest.h>

#include <thread>

namespace duecall::adapters::http {
namespace {

using namespace std::chrono_literals;

class GenerationOnlyStore final : public app::Store {
 public:
  Result<std::unique_ptr<app::StoreTransaction>> begin() override {
    return Error::internal("not used");
  }
  std::string describe() const override { return "generations only"; }
  std::uint64_t write_generation() const override { return generation; }
  std::uint64_t generation = 7;
};

class SettableClock final : public app::Clock {
 public:
  Instant now() const override { return at; }
  Instant at = from_unix_micros(1'795'000'000'000'000);
};

class FreshCacheTest : public ::testing::Test {
 protected:
  FreshnessStamp stamp() const { return FreshnessStamp::take(store, clock); }

  GenerationOnlyStore store;
  SettableClock clock;
  FreshCache<std::string> cache{4, 500ms};
};

TEST_F(FreshCacheTest, ServesAKeptValueWhileNothingChanged) {
  EXPECT_EQ(cache.find("TEL/1", stamp()), std::nullopt);
  cache.keep("TEL/1", "screen one", stamp());
  EXPECT_EQ(cache.find("TEL/1", stamp()), "screen one");
  EXPECT_EQ(cache.find("TEL/2", stamp()), std::nullopt);
}

TEST_F(FreshCacheTest, AWriteOfThisProcessDropsEverythingKeptBeforeIt) {
  cache.keep("TEL/1", "screen one", stamp());
  store.generation += 1;
  EXPECT_EQ(cache.find("TEL/1", stamp()), std::nullopt);
  cache.keep("TEL/1", "screen one, new", stamp());
  EXPECT_EQ(cache.find("TEL/1", stamp()), "screen one, new");
}

TEST_F(FreshCacheTest, AValueReadBeforeAWriteIsNotServedAfterIt) {
  // Taken before the read; the write commits while the value is being read.
  const FreshnessStamp before_read = stamp();
  store.generation += 1;
  cache.keep("TEL/1", "maybe old", before_read);
  EXPECT_EQ(cache.find("TEL/1", stamp()), std::nullopt);
}

TEST_F(FreshCacheTest, TheProductClockMovingEitherWayDropsIt) {
  cache.keep("TEL/1", "screen one", stamp());
  clock.at += 499ms;
  EXPECT_EQ(cache.find("TEL/1", stamp()), "screen one");
  clock.at += 1ms;
  EXPECT_EQ(cache.find("TEL/1", stamp()), std::nullopt) << "as old as the maximum age";
  clock.at -= 501ms;
  EXPECT_EQ(cache.find("TEL/1", stamp()), std::nullopt) << "read in the product's future";
}

TEST_F(FreshCacheTest, AgesOutOnTheSteadyClockWhenTheProductClockStandsStill) {
  // A fixed product clock (a demo, DUECALL_NOW) must still see other processes' writes.
  cache.keep("TEL/1", "screen one", stamp());
  std::this_thread::sleep_for(600ms);
  EXPECT_EQ(cache.find("TEL/1", stamp()), std::nullopt);
}

TEST_F(FreshCacheTest, AFullCacheDropsStaleEntriesFirstThenEverything) {
  for (int i = 0; i < 4; ++i) cache.keep("TEL/" + std::to_string(i), "screen", stamp());
  EXPECT_EQ(cache.size(), 4u);
  cache.keep("TEL/0", "replaced", stamp());  // replacing needs no room
  EXPECT_EQ(cache.size(), 4u);
  EXPECT_EQ(cache.find("TEL/0", stamp()), "replaced");

  cache.keep("TEL/4", "fifth", stamp());  // all fresh: room is made by dropping them all
  EXPECT_EQ(cache.size(), 1u);
  EXPECT_EQ(cache.find("TEL/4", stamp()), "fifth");

  for (int i = 5; i < 8; ++i) cache.keep("TEL/" + std::to_string(i), "screen", stamp());
  store.generation += 1;  // every entry is stale now
  cache.keep("TEL/8", "after the write", stamp());
  EXPECT_EQ(cache.size(), 1u);
}

}  // namespace
}  // namespace duecall::adapters::http
