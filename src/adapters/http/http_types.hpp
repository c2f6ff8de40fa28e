// The request and response types every part of the HTTP adapter speaks: Beast messages
// with string bodies, whole in memory (bodies are bounded by the server's limits).
#pragma once

// g++ 12 in C++20 needs <utility> before Asio (std::exchange is used without it).
#include <utility>

#include <boost/beast/http.hpp>

namespace duecall::adapters::http {

namespace beast_http = boost::beast::http;
using HttpRequest = beast_http::request<beast_http::string_body>;
using HttpResponse = beast_http::response<beast_http::string_body>;

}  // namespace duecall::adapters::http
