// A tiny blocking HTTP/1.1 client over plain sockets, for tests that talk to a real
// `duecall serve`: one request and its whole reply at a time, on a connection the test
// keeps open (keep-alive) or a fresh one per request.
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace duecall::testing {

struct HttpReply {
  int status = 0;
  std::map<std::string, std::string> headers;  // lower-case names; the last value wins
  std::vector<std::string> set_cookies;
  std::string body;

  std::string header(const std::string& name) const;
  nlohmann::json json() const { return nlohmann::json::parse(body, nullptr, false); }
};

struct HttpCall {
  std::string method = "GET";
  std::string target = "/";
  std::string body;
  std::map<std::string, std::string> headers;
};

class HttpConnection {
 public:
  explicit HttpConnection(int port);
  ~HttpConnection();
  HttpConnection(const HttpConnection&) = delete;
  HttpConnection& operator=(const HttpConnection&) = delete;

  // Sends the request without waiting for the reply.
  void send(const HttpCall& call);
  // Reads one whole reply; status 0 when the server closed the connection first.
  HttpReply receive();
  HttpReply request(const HttpCall& call) {
    send(call);
    return receive();
  }

 private:
  int fd_ = -1;
  int port_;
  std::string pending_;  // bytes read past the previous reply
  bool head_sent_ = false;  // the reply to a HEAD has no body, whatever Content-Length says
};

// One request on a fresh connection.
HttpReply http_call(int port, const HttpCall& call);

}  // namespace duecall::testing
