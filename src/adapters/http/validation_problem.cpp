#include "adapters/http/validation_problem.hpp"

#include <nlohmann/json.hpp>

#include "adapters/http/problem.hpp"

namespace duecall::adapters::http {
namespace {

// "$.a.b: text" -> "$.a.b"; "" when the message does not start with a JSON path.
std::string field_of(const std::string& message) {
  if (message.empty() || message.front() != '$') return "";
  auto colon = message.find(": ");
  return colon == std::string::npos ? "" : message.substr(0, colon);
}

}  // namespace

HttpResponse validation_problem(const Error& error, unsigned version) {
  if (error.code != ErrorCode::kInvalidArgument) return problem_response(error, version);
  HttpResponse response = problem_response(beast_http::status::bad_request, error.message, version);
  nlohmann::json body = nlohmann::json::parse(response.body());
  body["errors"] = nlohmann::json::array(
      {{{"field", field_of(error.message)}, {"message", error.message}}});
  response.body() = body.dump();
  response.prepare_payload();
  return response;
}

}  // namespace duecall::adapters::http
