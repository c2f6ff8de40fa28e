// A WebSocketEndpoint serves the WebSockets of one route (Route::websocket). The router
// grants or refuses the upgrade request exactly as it does any request to a signed-in route
// (session or token, role, tenant); only a granted upgrade reaches the endpoint, which then
// owns the connection: it answers the handshake and serves the socket until either side
// closes it or the server stops.
//
// Thread-safety: accept() and shutdown() may be called from any io thread. After
// shutdown(), every socket is closed with a normal close frame and new ones are refused, so
// that the server's io_context runs out of work and a graceful stop completes.
#pragma once

// g++ 12 in C++20 needs <utility> before Asio (std::exchange is used without it).
#include <utility>

#include <boost/beast/core/tcp_stream.hpp>

#include "adapters/http/route.hpp"

namespace duecall::adapters::http {

class WebSocketEndpoint {
 public:
  virtual ~WebSocketEndpoint() = default;
  // Takes over `stream`, on which `request` (a granted upgrade) arrived.
  virtual void accept(boost::beast::tcp_stream stream, HttpRequest request, Caller caller) = 0;
  virtual void shutdown() = 0;
};

}  // namespace duecall::adapters::http
