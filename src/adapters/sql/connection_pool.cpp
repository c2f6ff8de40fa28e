#include "adapters/sql/connection_pool.hpp"

#include <string>

#include "core/check.hpp"

namespace duecall::adapters {

ConnectionPool::ConnectionPool(Opener open, int max_size, std::chrono::milliseconds wait_limit)
    : open_(std::move(open)), max_size_(max_size), wait_limit_(wait_limit) {
  DC_VERIFY(max_size_ >= 1, "a pool lends at least one connection");
}

ConnectionPool::~ConnectionPool() {
  std::lock_guard lock(mutex_);
  DC_VERIFY(open_count_ == static_cast<int>(idle_.size()),
            "every lease (and so every store transaction) ends before its pool");
}

ConnectionPool::Lease::Lease(Lease&& other) noexcept
    : pool_(other.pool_), connection_(std::move(other.connection_)), fresh_(other.fresh_) {}

ConnectionPool::Lease& ConnectionPool::Lease::operator=(Lease&& other) noexcept {
  if (this != &other) {
    give_back();
    pool_ = other.pool_;
    connection_ = std::move(other.connection_);
    fresh_ = other.fresh_;
  }
  return *this;
}

void ConnectionPool::Lease::give_back() {
  if (connection_) pool_->take_back(std::move(connection_));
}

Result<ConnectionPool::Lease> ConnectionPool::acquire() {
  std::unique_lock lock(mutex_);
  auto all_lent = [this] { return idle_.empty() && open_count_ >= max_size_; };
  if (!returned_.wait_for(lock, wait_limit_, [&] { return !all_lent(); })) {
    return Error::unavailable("all " + std::to_string(max_size_) +
                              " database connections stayed in use for " +
                              std::to_string(wait_limit_.count()) +
                              " ms; raise pool_size, or look for a transaction that does not end");
  }
  if (!idle_.empty()) {
    // The most recently returned connection: its session is the least likely to have
    // timed out, and the others may be closed by an idle timeout without anyone waiting.
    std::unique_ptr<SqlConnection> connection = std::move(idle_.back());
    idle_.pop_back();
    return Lease(this, std::move(connection), /*fresh=*/false);
  }
  // Claim the place first, then connect without the lock: connecting takes a round trip or
  // several, and other threads may meanwhile take or return connections.
  ++open_count_;
  lock.unlock();
  auto opened = open_();
  if (!opened.ok()) {
    lock.lock();
    --open_count_;
    lock.unlock();
    returned_.notify_one();
    return std::move(opened).error();
  }
  return Lease(this, std::move(opened).value(), /*fresh=*/true);
}

void ConnectionPool::take_back(std::unique_ptr<SqlConnection> connection) {
  bool reusable = connection->reusable();
  {
    std::lock_guard lock(mutex_);
    if (reusable) {
      idle_.push_back(std::move(connection));
    } else {
      --open_count_;
    }
  }
  returned_.notify_one();
  // A discarded connection is closed here, outside the lock: closing may wait on the
  // network.
  connection.reset();
}

int ConnectionPool::open_count() const {
  std::lock_guard lock(mutex_);
  return open_count_;
}

}  // namespace duecall::adapters
