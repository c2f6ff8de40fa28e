// The OpenAPI 3.1 document served at /api/openapi.json, generated from the route table so
// that it cannot miss a route: every route is an operation with its path parameters, its
// security (none for anonymous routes, the session cookie otherwise), the roles that may
// call it (x-roles) and the problem+json answers the router gives.
#pragma once

#include <nlohmann/json.hpp>

#include <vector>

#include "adapters/http/route.hpp"

namespace duecall::adapters::http {

nlohmann::json openapi_document(const std::vector<Route>& routes, const std::string& version);

}  // namespace duecall::adapters::http
