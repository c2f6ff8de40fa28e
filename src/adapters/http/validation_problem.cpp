#include "adapters/http/validation_problem.hpp"

#include <nlohmann/json.hpp>

#include "adapters/http/problem.hpp"
#include "adapters/http/request_input.hpp"

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
  return invalid_fields_response({{field_of(error.message), error.message}}, version);
}

}  // namespace duecall::adapters::http
