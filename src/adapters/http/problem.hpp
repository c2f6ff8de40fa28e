// Problem details (RFC 9457): every error the API answers is an application/problem+json
// body {"type", "title", "status", "detail"}. The type is "about:blank", so the title is the
// status's standard phrase; detail says what went wrong in words that name no personal data
// and no internals (a 500 says only that the server failed; the cause goes nowhere else).
#pragma once

#include <string>

#include "adapters/http/http_types.hpp"
#include "core/result.hpp"

namespace duecall::adapters::http {

HttpResponse problem_response(beast_http::status status, const std::string& detail,
                              unsigned version = 11);
// The status an error code answers with: 400, 404, 409, 503 or 500.
beast_http::status status_of(ErrorCode code);
HttpResponse problem_response(const Error& error, unsigned version = 11);
// A JSON body with status 200 (or `status`).
HttpResponse json_response(std::string body,
                           beast_http::status status = beast_http::status::ok,
                           unsigned version = 11);

}  // namespace duecall::adapters::http
