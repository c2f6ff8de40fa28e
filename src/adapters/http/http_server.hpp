// HttpServer serves the router over HTTP/1.1 with keep-alive on one io_context run by a small
// pool of threads. Each connection reads one request at a time, the header first (at most
// 8 KiB), then the body under the limit of the route the header names (Route::body_limit,
// else ServerOptions::body_limit); larger answers 431 or 413 and closes. It answers the
// request through the router, logs it (access_log.hpp) and counts it (metrics.hpp).
//
// Shutdown on SIGINT or SIGTERM is graceful: the listener closes at once; a connection whose
// request has arrived (in part or whole) is answered and then closed; an idle keep-alive
// connection is closed. run() returns when the last connection has gone. Handlers run on the
// io threads and may block on the store; the pool is sized for that. A granted WebSocket
// upgrade (websocket_endpoint.hpp) leaves the connection to its endpoint, which the
// shutdown asks to close its sockets.
//
// Durations are measured with the steady clock: they are for metrics and logs only and
// never reach a use case, which keeps its time from the Clock port.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "adapters/http/metrics.hpp"
#include "adapters/http/router.hpp"
#include "core/result.hpp"

namespace duecall::adapters::http {

struct ServerOptions {
  std::string address = "127.0.0.1";
  unsigned short port = 8080;  // 0: any free port
  int threads = 4;
  std::size_t body_limit = 64 * 1024;  // for routes without a limit of their own
};

class HttpServer {
 public:
  // Binds and listens; kUnavailable when the address cannot be bound.
  static Result<std::unique_ptr<HttpServer>> create(const ServerOptions& options,
                                                    const Router& router, Metrics& metrics);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // The port bound (the chosen one when options.port was 0).
  unsigned short port() const;
  // Serves until SIGINT or SIGTERM, then drains as described above and returns.
  void run();

  struct State;

 private:
  explicit HttpServer(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

}  // namespace duecall::adapters::http
