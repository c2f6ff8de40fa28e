#include "adapters/http/live_feed.hpp"

// g++ 12 in C++20 needs <utility> before Asio (std::exchange is used without it).
#include <utility>

#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>

#include <vector>

namespace duecall::adapters::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace websocket = boost::beast::websocket;

// One client's socket. Everything runs on the strand of the connection it came from.
class LiveSocket : public std::enable_shared_from_this<LiveSocket> {
 public:
  LiveSocket(beast::tcp_stream stream, std::shared_ptr<LiveFeed> feed, Caller caller)
      : socket_(std::move(stream)),
        timer_(socket_.get_executor()),
        feed_(std::move(feed)),
        caller_(std::move(caller)),
        checked_access_at_(std::chrono::steady_clock::now()) {}
  ~LiveSocket() { feed_->forget(this); }

  void start(HttpRequest request) {
    // Pings keep idle proxies from dropping the socket; a peer that answers nothing within the
    // suggested timeouts is dropped.
    socket_.set_option(websocket::stream_base::timeout::suggested(beast::role_type::server));
    socket_.text(true);
    upgrade_request_ = std::move(request);
    socket_.async_accept(upgrade_request_,
                         beast::bind_front_handler(&LiveSocket::on_accept, shared_from_this()));
  }

  // Closes the socket with a normal close frame; safe from any thread.
  void stop() {
    asio::post(socket_.get_executor(), [self = shared_from_this()] { self->on_stop(); });
  }

 private:
  void on_accept(beast::error_code error) {
    if (error) return;
    accepted_ = true;
    if (stopping_) return close();
    read();
    check();
  }

  void read() {
    socket_.async_read(incoming_, [self = shared_from_this()](beast::error_code error, std::size_t) {
      self->incoming_.clear();
      if (error) {
        // Closed by either side, or dropped: nothing more to send.
        self->stopping_ = true;
        self->timer_.cancel();
        return;
      }
      self->read();
    });
  }

  // Sends the view if it changed or the refresh interval passed, then checks again later.
  void check() {
    if (stopping_) return;
    auto now = std::chrono::steady_clock::now();
    if (now - checked_access_at_ >= kLiveRecheckInterval) {
      checked_access_at_ = now;
      if (!feed_->still_allowed(caller_)) {
        stopping_ = true;
        return close(websocket::close_code::policy_error);
      }
    }
    if (auto message = feed_->latest()) {
      // Checks come once per interval, so the refresh is due one interval early: the gap
      // between messages then stays within kLiveRefreshInterval.
      if (message->content != sent_content_ ||
          now - sent_at_ + kLiveCheckInterval >= kLiveRefreshInterval) {
        sent_content_ = message->content;
        sent_at_ = now;
        send(message->text);
      }
    }
    timer_.expires_after(kLiveCheckInterval);
    timer_.async_wait([self = shared_from_this()](beast::error_code error) {
      if (!error) self->check();
    });
  }

  void send(std::shared_ptr<const std::string> text) {
    if (writing_) {
      pending_ = std::move(text);  // replaces an older unsent view
      return;
    }
    writing_ = true;
    writing_text_ = std::move(text);
    socket_.async_write(asio::buffer(*writing_text_),
                        [self = shared_from_this()](beast::error_code error, std::size_t) {
                          self->writing_ = false;
                          self->writing_text_.reset();
                          if (error || self->stopping_) return;
                          if (self->pending_) self->send(std::exchange(self->pending_, nullptr));
                        });
  }

  void on_stop() {
    stopping_ = true;
    timer_.cancel();
    // Before the handshake is done, on_accept closes once it is.
    if (accepted_) close();
  }

  void close(websocket::close_code code = websocket::close_code::normal) {
    if (closing_ || !socket_.is_open()) return;
    closing_ = true;
    timer_.cancel();
    socket_.async_close(code,
                        [self = shared_from_this()](beast::error_code) {});
  }

  websocket::stream<beast::tcp_stream> socket_;
  HttpRequest upgrade_request_;  // kept while the handshake answers it
  asio::steady_timer timer_;
  std::shared_ptr<LiveFeed> feed_;
  Caller caller_;  // as granted at the upgrade; checked again every kLiveRecheckInterval
  std::chrono::steady_clock::time_point checked_access_at_;
  beast::flat_buffer incoming_;
  bool accepted_ = false;
  bool stopping_ = false;
  bool closing_ = false;
  bool writing_ = false;
  std::shared_ptr<const std::string> writing_text_;
  std::shared_ptr<const std::string> pending_;
  std::string sent_content_;
  std::chrono::steady_clock::time_point sent_at_;
};

LiveFeed::LiveFeed(std::function<Result<nlohmann::json>()> view,
                   std::function<bool(const Caller&)> still_allowed)
    : view_(std::move(view)), still_allowed_(std::move(still_allowed)) {}

void LiveFeed::accept(beast::tcp_stream stream, HttpRequest request, Caller caller) {
  auto socket =
      std::make_shared<LiveSocket>(std::move(stream), shared_from_this(), std::move(caller));
  {
    std::lock_guard lock(mutex_);
    // Stopping: the socket is dropped unanswered and closes with it.
    if (stopping_) return;
    sockets_[socket.get()] = socket;
  }
  socket->start(std::move(request));
}

void LiveFeed::shutdown() {
  std::vector<std::weak_ptr<LiveSocket>> open;
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    for (auto& [key, socket] : sockets_) open.push_back(socket);
  }
  for (auto& weak : open) {
    if (auto socket = weak.lock()) socket->stop();
  }
}

void LiveFeed::forget(const LiveSocket* socket) {
  std::lock_guard lock(mutex_);
  sockets_.erase(socket);
}

std::optional<LiveFeed::Message> LiveFeed::latest() {
  std::lock_guard lock(mutex_);
  auto now = std::chrono::steady_clock::now();
  if (latest_ && now - computed_at_ < kLiveCheckInterval) return latest_;
  auto view = view_();
  if (!view.ok()) return latest_;
  nlohmann::json message = std::move(*view);
  message["type"] = "floor";
  nlohmann::json content = message;
  content.erase("at");
  latest_ = Message{std::make_shared<const std::string>(message.dump()), content.dump()};
  computed_at_ = now;
  return latest_;
}

}  // namespace duecall::adapters::http
