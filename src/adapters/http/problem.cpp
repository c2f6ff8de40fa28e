#include "adapters/http/problem.hpp"

#include <nlohmann/json.hpp>

namespace duecall::adapters::http {

HttpResponse problem_response(beast_http::status status, const std::string& detail,
                              unsigned version) {
  HttpResponse response{status, version};
  response.set(beast_http::field::content_type, "application/problem+json");
  response.set(beast_http::field::cache_control, "no-store");
  nlohmann::json body = {{"type", "about:blank"},
                         {"title", std::string(beast_http::obsolete_reason(status))},
                         {"status", static_cast<int>(status)},
                         {"detail", detail}};
  // A detail may quote what the caller sent; replace rather than throw on bytes that are not
  // UTF-8, so that a bad request stays a 400.
  response.body() = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  response.prepare_payload();
  return response;
}

beast_http::status status_of(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidArgument: return beast_http::status::bad_request;
    case ErrorCode::kNotFound: return beast_http::status::not_found;
    case ErrorCode::kAlreadyExists:
    case ErrorCode::kFailedPrecondition:
    case ErrorCode::kConflict: return beast_http::status::conflict;
    case ErrorCode::kUnavailable: return beast_http::status::service_unavailable;
    case ErrorCode::kDataLoss:
    case ErrorCode::kInternal: break;
  }
  return beast_http::status::internal_server_error;
}

HttpResponse problem_response(const Error& error, unsigned version) {
  beast_http::status status = status_of(error.code);
  // Server-side failures may quote stored rows or library messages; they stay inside.
  bool server_side = status == beast_http::status::internal_server_error ||
                     status == beast_http::status::service_unavailable;
  return problem_response(status, server_side ? "the server could not complete the request"
                                              : error.message,
                          version);
}

HttpResponse json_response(std::string body, beast_http::status status, unsigned version) {
  HttpResponse response{status, version};
  response.set(beast_http::field::content_type, "application/json");
  response.set(beast_http::field::cache_control, "no-store");
  response.body() = std::move(body);
  response.prepare_payload();
  return response;
}

}  // namespace duecall::adapters::http
