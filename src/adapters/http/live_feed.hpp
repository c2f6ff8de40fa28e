// The live floor feed behind GET /api/live: a WebSocketEndpoint that pushes the floor view
// as one text message {"type": "floor", ...} on connect, then whenever it changes (checked
// every kLiveCheckInterval) and at least every kLiveRefreshInterval. Messages from the
// client are read and ignored; reading is how its close frames and pings are answered.
//
// The view is computed at most once per check interval for all sockets together (the first
// socket to ask after the interval recomputes; the others take that result), so the store's
// load does not grow with the number of watching supervisors. A socket whose client reads
// slowly holds at most one message beside the one being written: a newer view replaces an
// unsent older one, so the outbound buffer is bounded.
//
// The access granted at the upgrade is checked again every kLiveRecheckInterval: a socket
// whose session has ended (signed out, expired) or whose user was disabled or lost the role
// is closed with code 1008 (policy violation).
//
// Thread-safety: sockets run on their connection's strand; the shared view and the set of
// open sockets are guarded by a mutex.
#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "adapters/http/websocket_endpoint.hpp"
#include "core/result.hpp"

namespace duecall::adapters::http {

inline constexpr std::chrono::seconds kLiveCheckInterval{1};
inline constexpr std::chrono::seconds kLiveRefreshInterval{5};
inline constexpr std::chrono::seconds kLiveRecheckInterval{5};

class LiveSocket;

class LiveFeed : public WebSocketEndpoint, public std::enable_shared_from_this<LiveFeed> {
 public:
  // `view` computes the current view; its "at" is the only key expected to change when
  // nothing else did. `still_allowed` says whether a caller granted the upgrade may still
  // watch; it reads the store.
  LiveFeed(std::function<Result<nlohmann::json>()> view,
           std::function<bool(const Caller&)> still_allowed);

  void accept(boost::beast::tcp_stream stream, HttpRequest request, Caller caller) override;
  void shutdown() override;

  struct Message {
    std::shared_ptr<const std::string> text;  // the whole message, as sent
    std::string content;                      // the view without "at", for change detection
  };
  // The newest view, recomputed when it is older than kLiveCheckInterval; nothing when the
  // view could not be computed.
  std::optional<Message> latest();
  void forget(const LiveSocket* socket);
  bool still_allowed(const Caller& caller) const { return still_allowed_(caller); }

 private:
  std::function<Result<nlohmann::json>()> view_;
  std::function<bool(const Caller&)> still_allowed_;
  std::mutex mutex_;
  bool stopping_ = false;                                            // guarded by mutex_
  std::map<const LiveSocket*, std::weak_ptr<LiveSocket>> sockets_;   // guarded by mutex_
  std::optional<Message> latest_;                                    // guarded by mutex_
  std::chrono::steady_clock::time_point computed_at_;                // guarded by mutex_
};

}  // namespace duecall::adapters::http
