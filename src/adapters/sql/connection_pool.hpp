// A ConnectionPool lends database connections, each to one user at a time, so that several
// threads can run store transactions at once. Connections are opened lazily: acquire()
// reuses an idle connection, else opens a new one while fewer than max_size are open, else
// waits until a lease ends. The wait is bounded (wait_limit): only a stuck transaction, or a
// thread that begins a second transaction while holding the first, should ever reach it,
// and then a kUnavailable error says so instead of hanging the process.
//
// A lease hands its connection back when it is destroyed. The pool keeps the connection
// only if it is reusable() (healthy, outside any transaction); a connection whose session
// the server ended (a restart, pg_terminate_backend, an idle timeout) is closed, and its
// place goes to the next connection opened.
//
// Thread-safe. The pool must outlive its leases (checked when it is destroyed). A lease, and
// the connection it lends, is used by one thread at a time.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "adapters/sql/sql_driver.hpp"

namespace duecall::adapters {

class ConnectionPool {
 public:
  using Opener = std::function<Result<std::unique_ptr<SqlConnection>>()>;

  // REQUIRES: max_size >= 1. `open` is called without the pool's lock held, possibly from
  // several threads at once.
  ConnectionPool(Opener open, int max_size, std::chrono::milliseconds wait_limit);
  ~ConnectionPool();
  ConnectionPool(const ConnectionPool&) = delete;
  ConnectionPool& operator=(const ConnectionPool&) = delete;

  // One connection on loan; returns it to the pool when destroyed.
  class Lease {
   public:
    Lease(Lease&& other) noexcept;
    Lease& operator=(Lease&& other) noexcept;
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease() { give_back(); }

    // Returns true iff the connection was given back (or moved away) already.
    bool empty() const { return connection_ == nullptr; }
    SqlConnection& operator*() const { return *connection_; }
    SqlConnection* operator->() const { return connection_.get(); }
    // Returns true iff the connection was opened for this lease rather than reused, so that
    // a failure on it cannot be blamed on a session that went stale while idle.
    bool fresh() const { return fresh_; }
    // Returns the connection to the pool now. The lease is empty afterwards.
    void give_back();

   private:
    friend class ConnectionPool;
    Lease(ConnectionPool* pool, std::unique_ptr<SqlConnection> connection, bool fresh)
        : pool_(pool), connection_(std::move(connection)), fresh_(fresh) {}

    ConnectionPool* pool_;
    std::unique_ptr<SqlConnection> connection_;
    bool fresh_;
  };

  Result<Lease> acquire();

  int max_size() const { return max_size_; }
  // Connections open now, idle or lent; for tests and monitoring.
  int open_count() const;

 private:
  void take_back(std::unique_ptr<SqlConnection> connection);

  const Opener open_;
  const int max_size_;
  const std::chrono::milliseconds wait_limit_;

  mutable std::mutex mutex_;
  std::condition_variable returned_;                  // signalled whenever a lease ends
  std::vector<std::unique_ptr<SqlConnection>> idle_;  // guarded by mutex_
  int open_count_ = 0;  // idle plus lent plus being opened; guarded by mutex_
};

}  // namespace duecall::adapters
