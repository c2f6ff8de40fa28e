// FreshCache keeps what the server read from the store for repeated reads, such as the
// case screen an operator's desktop reloads.
// A kept value is served only while it is fresh:
//   - no transaction of this process has changed data since it was read (the store's write
//     generation, read before the value was), so a write made through this server shows at
//     at once;
//   - it is younger than the maximum age on the steady clock AND on the product clock, so a
//     write made by another process on the same database (a CLI import, another node) shows
//     within that age, and a clock moved by a test or a demo is never served yesterday's
//     screen.
// Thread-safe. Bounded: when full, stale entries go, and if none are stale, everything.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "app/ports.hpp"
#include "core/instant.hpp"

namespace duecall::adapters::http {

inline constexpr std::chrono::milliseconds kFreshCacheMaxAge{1000};

// When something was read (or is looked up): the store's write generation first, then both
// clocks. Take it before reading from the store.
struct FreshnessStamp {
  std::uint64_t generation;
  std::chrono::steady_clock::time_point steady;
  Instant product_time;

  static FreshnessStamp take(const app::Store& store, const app::Clock& clock) {
    const std::uint64_t generation = store.write_generation();
    return {generation, std::chrono::steady_clock::now(), clock.now()};
  }
};

template <typename Value>
class FreshCache {
 public:
  explicit FreshCache(std::size_t capacity, std::chrono::milliseconds max_age = kFreshCacheMaxAge)
      : capacity_(capacity), max_age_(max_age) {}

  // The value kept under `key` if it is still fresh at `now`.
  std::optional<Value> find(const std::string& key, const FreshnessStamp& now) const {
    std::lock_guard lock(mutex_);
    auto found = entries_.find(key);
    if (found == entries_.end() || !fresh(found->second.read_at, now)) return std::nullopt;
    return found->second.value;
  }

  // Keeps `value`, read from the store after `read_at` was taken.
  void keep(const std::string& key, Value value, const FreshnessStamp& read_at) {
    std::lock_guard lock(mutex_);
    if (entries_.size() >= capacity_ && !entries_.contains(key)) evict(read_at);
    entries_.insert_or_assign(key, Entry{std::move(value), read_at});
  }

  std::size_t size() const {
    std::lock_guard lock(mutex_);
    return entries_.size();
  }

 private:
  struct Entry {
    Value value;
    FreshnessStamp read_at;
  };

  bool fresh(const FreshnessStamp& read_at, const FreshnessStamp& now) const {
    if (read_at.generation != now.generation) return false;
    if (now.steady - read_at.steady >= max_age_) return false;
    const auto product_age = now.product_time - read_at.product_time;
    return product_age >= decltype(product_age)::zero() && product_age < max_age_;
  }

  void evict(const FreshnessStamp& now) {
    std::erase_if(entries_, [&](const auto& item) { return !fresh(item.second.read_at, now); });
    if (entries_.size() >= capacity_) entries_.clear();
  }

  const std::size_t capacity_;
  const std::chrono::milliseconds max_age_;
  mutable std::mutex mutex_;
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace duecall::adapters::http
