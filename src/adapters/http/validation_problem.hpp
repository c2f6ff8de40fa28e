// A 400 problem for a document the application refused, with the contract's `errors` list:
// [{"field", "message"}]. Our validators stop at the first problem and name its JSON path at
// the start of the message ("$.segments[0].steps: ..."); that path becomes the field ("" when
// the message names none), so a form can put the message beside the input it is about.
// Errors other than kInvalidArgument answer as problem_response does.
#pragma once

#include "adapters/http/http_types.hpp"
#include "core/result.hpp"

namespace duecall::adapters::http {

HttpResponse validation_problem(const Error& error, unsigned version = 11);

}  // namespace duecall::adapters::http
