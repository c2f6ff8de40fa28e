#include "support/http_client.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace duecall::testing {
namespace {

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

}  // namespace

std::string HttpReply::header(const std::string& name) const {
  auto found = headers.find(lower(name));
  return found == headers.end() ? "" : found->second;
}

HttpConnection::HttpConnection(int port) : port_(port) {
  fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    throw std::runtime_error("cannot connect to 127.0.0.1:" + std::to_string(port));
  }
}

HttpConnection::~HttpConnection() {
  if (fd_ >= 0) ::close(fd_);
}

void HttpConnection::send(const HttpCall& call) {
  head_sent_ = call.method == "HEAD";
  std::string text = call.method + " " + call.target + " HTTP/1.1\r\nHost: 127.0.0.1:" +
                     std::to_string(port_) + "\r\n";
  for (const auto& [name, value] : call.headers) text += name + ": " + value + "\r\n";
  if (!call.body.empty() || call.method == "POST") {
    text += "Content-Length: " + std::to_string(call.body.size()) + "\r\n";
  }
  text += "\r\n" + call.body;
  std::size_t sent = 0;
  while (sent < text.size()) {
    ssize_t n = ::send(fd_, text.data() + sent, text.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) throw std::runtime_error("the server closed the connection while sending");
    sent += static_cast<std::size_t>(n);
  }
}

HttpReply HttpConnection::receive() {
  auto fill = [this]() {
    char chunk[16384];
    ssize_t n = ::recv(fd_, chunk, sizeof chunk, 0);
    if (n <= 0) return false;
    pending_.append(chunk, static_cast<std::size_t>(n));
    return true;
  };
  std::size_t header_end;
  while ((header_end = pending_.find("\r\n\r\n")) == std::string::npos) {
    if (!fill()) return HttpReply{};
  }
  HttpReply reply;
  std::string head = pending_.substr(0, header_end);
  pending_.erase(0, header_end + 4);
  std::size_t line_end = head.find("\r\n");
  std::string status_line = head.substr(0, line_end);
  reply.status = std::stoi(status_line.substr(status_line.find(' ') + 1, 3));
  std::size_t at = line_end == std::string::npos ? head.size() : line_end + 2;
  while (at < head.size()) {
    std::size_t end = head.find("\r\n", at);
    if (end == std::string::npos) end = head.size();
    std::string line = head.substr(at, end - at);
    auto colon = line.find(':');
    std::string name = lower(line.substr(0, colon));
    std::string value = line.substr(colon + 1);
    while (!value.empty() && value.front() == ' ') value.erase(0, 1);
    if (name == "set-cookie") reply.set_cookies.push_back(value);
    reply.headers[name] = value;
    at = end + 2;
  }
  std::string length = reply.header("content-length");
  if (head_sent_) {
    // No body follows a HEAD's header.
  } else if (!length.empty()) {
    std::size_t size = std::stoul(length);
    while (pending_.size() < size) {
      if (!fill()) break;
    }
    reply.body = pending_.substr(0, size);
    pending_.erase(0, std::min(size, pending_.size()));
  } else if (reply.status != 204 && reply.status != 304) {
    while (fill()) {
    }
    reply.body = std::move(pending_);
    pending_.clear();
  }
  return reply;
}

HttpReply http_call(int port, const HttpCall& call) {
  HttpConnection connection(port);
  HttpCall closing = call;
  closing.headers["Connection"] = "close";
  return connection.request(closing);
}

}  // namespace duecall::testing
