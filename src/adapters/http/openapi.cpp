#include "adapters/http/openapi.hpp"

#include <algorithm>
#include <cctype>

namespace duecall::adapters::http {
namespace {

using nlohmann::json;

std::vector<std::string> parameters_of(const std::string& pattern) {
  std::vector<std::string> names;
  std::size_t at = 0;
  while ((at = pattern.find('{', at)) != std::string::npos) {
    auto end = pattern.find('}', at);
    names.push_back(pattern.substr(at + 1, end - at - 1));
    at = end;
  }
  return names;
}

json problem_answer(const char* description) {
  return {{"description", description},
          {"content",
           {{"application/problem+json", {{"schema", {{"$ref", "#/components/schemas/Problem"}}}}}}}};
}

json operation_of(const Route& route) {
  std::string method(beast_http::to_string(route.method));
  std::transform(method.begin(), method.end(), method.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  json operation = {{"summary", route.summary},
                    {"operationId", method + route.pattern},
                    {"responses", {{"200", {{"description", "done"}}}}}};
  json parameters = json::array();
  for (const auto& name : parameters_of(route.pattern)) {
    parameters.push_back(
        {{"name", name}, {"in", "path"}, {"required", true}, {"schema", {{"type", "string"}}}});
  }
  if (!parameters.empty()) operation["parameters"] = parameters;
  json& responses = operation["responses"];
  if (route.access == Access::kAnonymous) {
    operation["security"] = json::array();
  } else {
    operation["security"] = json::array({{{"session", json::array()}}});
    json roles = json::array();
    for (auto role : route.roles) roles.push_back(std::string(domain::role_name(role)));
    operation["x-roles"] = roles;
    responses["401"] = problem_answer("not signed in");
    responses["403"] = problem_answer("the role may not do this, or the CSRF token is missing");
    responses["404"] = problem_answer("no such resource, or one of another client");
  }
  return operation;
}

}  // namespace

json openapi_document(const std::vector<Route>& routes, const std::string& version) {
  json paths = json::object();
  for (const Route& route : routes) {
    std::string method(beast_http::to_string(route.method));
    std::transform(method.begin(), method.end(), method.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    paths[route.pattern][method] = operation_of(route);
  }
  return {{"openapi", "3.1.0"},
          {"info", {{"title", "duecall"}, {"version", version}}},
          {"paths", paths},
          {"components",
           {{"securitySchemes",
             {{"session", {{"type", "apiKey"}, {"in", "cookie"}, {"name", "duecall_session"}}}}},
            {"schemas",
             {{"Problem",
               {{"type", "object"},
                {"properties",
                 {{"type", {{"type", "string"}}},
                  {"title", {{"type", "string"}}},
                  {"status", {{"type", "integer"}}},
                  {"detail", {{"type", "string"}}}}}}}}}}}};
}

}  // namespace duecall::adapters::http
