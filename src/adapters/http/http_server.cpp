#include "adapters/http/http_server.hpp"

// g++ 12 in C++20 needs <utility> before Asio (std::exchange is used without it).
#include <utility>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "adapters/http/access_log.hpp"
#include "adapters/http/problem.hpp"
#include "adapters/http/websocket_endpoint.hpp"

namespace duecall::adapters::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
using tcp = asio::ip::tcp;

class Connection;

struct HttpServer::State {
  State(const ServerOptions& server_options, const Router& server_router, Metrics& server_metrics)
      : io(server_options.threads),
        acceptor(asio::make_strand(io)),
        signals(io, SIGINT, SIGTERM),
        router(server_router),
        metrics(server_metrics),
        options(server_options) {}

  asio::io_context io;
  tcp::acceptor acceptor;  // used on its strand only
  asio::signal_set signals;
  const Router& router;
  Metrics& metrics;
  ServerOptions options;

  std::mutex mutex;
  bool stopping = false;                                          // guarded by mutex
  std::map<const Connection*, std::weak_ptr<Connection>> connections;  // guarded by mutex
};

namespace {

// How long a keep-alive connection may sit idle, and a response may take to be taken.
constexpr std::chrono::seconds kIdleTimeout{60};
constexpr std::chrono::seconds kWriteTimeout{30};
constexpr std::uint32_t kHeaderLimit = 8 * 1024;

std::string_view std_view(boost::beast::string_view text) { return {text.data(), text.size()}; }

}  // namespace

// One accepted connection. Everything it does runs on its own strand, one step at a time:
// read a request, dispatch it, write the answer, then read again or close.
class Connection : public std::enable_shared_from_this<Connection> {
 public:
  Connection(tcp::socket socket, HttpServer::State& server)
      : stream_(std::move(socket)), server_(server) {}
  ~Connection() {
    std::lock_guard lock(server_.mutex);
    server_.connections.erase(this);
  }

  void start() {
    asio::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->read(); });
  }
  // Asks the connection to finish what it has begun and close.
  void stop() {
    asio::post(stream_.get_executor(), [self = shared_from_this()] { self->on_stop(); });
  }

 private:
  void read() {
    // Stopping: only a request that has already begun to arrive is still read and answered.
    if (stopping_ && !request_begun()) return close();
    parser_.emplace();
    parser_->header_limit(kHeaderLimit);
    // The header is read under the largest limit of any route, since the route and so its
    // own limit are known only once the header is in; on_header narrows it.
    parser_->body_limit(std::max(server_.options.body_limit,
                                 server_.router.largest_body_limit().value_or(0)));
    reading_ = true;
    stream_.expires_after(kIdleTimeout);
    beast_http::async_read_header(
        stream_, buffer_, *parser_,
        beast::bind_front_handler(&Connection::on_header, shared_from_this()));
  }

  void on_header(beast::error_code error, std::size_t) {
    if (error) return on_read(error, 0);
    const HttpRequest& header = parser_->get();
    std::size_t limit = server_.router.body_limit_of(header.method(), std_view(header.target()))
                            .value_or(server_.options.body_limit);
    // Beast checks a Content-Length against the limit only while it parses the header.
    if (parser_->content_length().value_or(0) > limit) {
      return on_read(beast_http::error::body_limit, 0);
    }
    parser_->body_limit(limit);  // still bounds a chunked body
    beast_http::async_read(stream_, buffer_, *parser_,
                           beast::bind_front_handler(&Connection::on_read, shared_from_this()));
  }

  void on_read(beast::error_code error, std::size_t) {
    reading_ = false;
    started_ = std::chrono::steady_clock::now();
    if (error == beast_http::error::body_limit) {
      return answer_and_close(beast_http::status::payload_too_large, "the request body is too large");
    }
    if (error == beast_http::error::header_limit) {
      return answer_and_close(beast_http::status::request_header_fields_too_large,
                              "the request header is too large");
    }
    if (error) return close();  // the peer went, timed out, sent garbage, or we are stopping
    HttpRequest request = parser_->release();
    parser_.reset();  // so that request_begun() looks at the next request only
    // Only known methods become a metrics label: made-up ones would grow the label set
    // without bound.
    method_ = request.method() == beast_http::verb::unknown ? "OTHER"
                                                             : std::string(request.method_string());
    Dispatched dispatched = server_.router.dispatch(request);
    if (dispatched.upgrade) return hand_over(std::move(dispatched), std::move(request));
    route_ = std::move(dispatched.route);
    user_id_ = dispatched.user_id;
    response_ = std::move(dispatched.response);
    write(request.keep_alive() && !stopping_);
  }

  // A granted WebSocket upgrade: logged and counted like any request, then the endpoint owns
  // the socket and this connection ends without closing it.
  void hand_over(Dispatched dispatched, HttpRequest request) {
    auto duration = std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::steady_clock::now() - started_);
    int status = static_cast<int>(dispatched.response.result_int());
    server_.metrics.record(method_, dispatched.route, status, duration);
    std::fputs(access_log_line(method_, dispatched.route, status, duration, dispatched.user_id).c_str(),
               stderr);
    stream_.expires_never();
    dispatched.upgrade->accept(std::move(stream_), std::move(request),
                               std::move(*dispatched.upgrade_caller));
  }

  void answer_and_close(beast_http::status status, const std::string& detail) {
    method_ = "-";
    route_ = "unmatched";
    user_id_.reset();
    response_ = problem_response(status, detail);
    write(false);
  }

  void write(bool keep_alive) {
    // Counted and logged before the answer leaves, so that whoever has the answer also finds
    // it in /metrics.
    auto duration = std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::steady_clock::now() - started_);
    int status = static_cast<int>(response_.result_int());
    server_.metrics.record(method_, route_, status, duration);
    std::string line = access_log_line(method_, route_, status, duration, user_id_);
    std::fputs(line.c_str(), stderr);
    response_.keep_alive(keep_alive);
    stream_.expires_after(kWriteTimeout);
    beast_http::async_write(stream_, response_,
                            beast::bind_front_handler(&Connection::on_write, shared_from_this()));
  }

  void on_write(beast::error_code error, std::size_t) {
    if (error || !response_.keep_alive()) return close();
    read();
  }

  void on_stop() {
    stopping_ = true;
    // Busy: after the answer, read() goes on only for a request that has begun to arrive.
    if (!reading_) return;
    // A request that has begun to arrive is in flight: it is answered, then the connection
    // closes. An idle keep-alive connection's read is cancelled, and on_read closes it. Cancel
    // rather than close: a read that completed a moment ago has its handler queued behind
    // this one, and that request must still be answered on an open socket.
    beast::error_code ignored;
    if (!request_begun()) stream_.socket().cancel(ignored);
  }

  // Returns true iff bytes of a next request have reached us: parsed, buffered, or waiting
  // in the socket.
  bool request_begun() {
    beast::error_code error;
    return (parser_ && parser_->got_some()) || buffer_.size() > 0 ||
           stream_.socket().available(error) > 0;
  }

  void close() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream_.socket().close(ignored);
  }

  beast::tcp_stream stream_;
  HttpServer::State& server_;
  beast::flat_buffer buffer_;
  std::optional<beast_http::request_parser<beast_http::string_body>> parser_;
  HttpResponse response_;
  bool reading_ = false;
  bool stopping_ = false;
  std::chrono::steady_clock::time_point started_;
  std::string method_;
  std::string route_;
  std::optional<std::int64_t> user_id_;
};

namespace {

void accept(HttpServer::State& server) {
  server.acceptor.async_accept(asio::make_strand(server.io), [&server](beast::error_code error,
                                                                       tcp::socket socket) {
    if (!error) {
      auto connection = std::make_shared<Connection>(std::move(socket), server);
      bool start = false;
      {
        std::lock_guard lock(server.mutex);
        if (!server.stopping) {
          server.connections[connection.get()] = connection;
          start = true;
        }
      }
      if (start) connection->start();
    }
    if (server.acceptor.is_open()) accept(server);
  });
}

void begin_shutdown(HttpServer::State& server) {
  asio::post(server.acceptor.get_executor(), [&server] {
    beast::error_code ignored;
    server.acceptor.close(ignored);
  });
  // WebSockets belong to their endpoints, not to connections: ask those to close them.
  for (const Route& route : server.router.routes()) {
    if (route.websocket) route.websocket->shutdown();
  }
  std::vector<std::weak_ptr<Connection>> open;
  {
    std::lock_guard lock(server.mutex);
    server.stopping = true;
    for (auto& [key, connection] : server.connections) open.push_back(connection);
  }
  for (auto& weak : open) {
    if (auto connection = weak.lock()) connection->stop();
  }
}

}  // namespace

HttpServer::HttpServer(std::unique_ptr<State> state) : state_(std::move(state)) {}
HttpServer::~HttpServer() = default;

Result<std::unique_ptr<HttpServer>> HttpServer::create(const ServerOptions& options,
                                                       const Router& router, Metrics& metrics) {
  beast::error_code error;
  auto address = asio::ip::make_address(options.address, error);
  if (error) return Error::invalid_argument("--listen: " + options.address + " is not an IP address");
  auto state = std::make_unique<State>(options, router, metrics);
  tcp::endpoint endpoint{address, options.port};
  state->acceptor.open(endpoint.protocol(), error);
  if (!error) state->acceptor.set_option(asio::socket_base::reuse_address(true), error);
  if (!error) state->acceptor.bind(endpoint, error);
  if (!error) state->acceptor.listen(asio::socket_base::max_listen_connections, error);
  if (error) {
    return Error::unavailable("cannot listen on " + options.address + ":" +
                              std::to_string(options.port) + ": " + error.message());
  }
  return std::unique_ptr<HttpServer>(new HttpServer(std::move(state)));
}

unsigned short HttpServer::port() const { return state_->acceptor.local_endpoint().port(); }

void HttpServer::run() {
  State& server = *state_;
  server.signals.async_wait([&server](beast::error_code error, int) {
    if (!error) begin_shutdown(server);
  });
  accept(server);
  std::vector<std::thread> workers;
  for (int thread_idx = 1; thread_idx < server.options.threads; ++thread_idx) {
    workers.emplace_back([&server] { server.io.run(); });
  }
  server.io.run();
  for (auto& worker : workers) worker.join();
}

}  // namespace duecall::adapters::http
