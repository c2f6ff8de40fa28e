#include "adapters/http/request_input.hpp"

#include <cassert>
#include <charconv>

#include "adapters/http/problem.hpp"
#include "core/text_encoding.hpp"

namespace duecall::adapters::http {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Undoes %XX escapes and turns '+' into a space, as forms encode a query; nothing when the
// result is not UTF-8 text without control characters.
std::optional<std::string> form_decoded(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '+') {
      out += ' ';
    } else if (text[i] != '%') {
      out += text[i];
    } else {
      if (i + 2 >= text.size()) return std::nullopt;
      int high = hex_value(text[i + 1]), low = hex_value(text[i + 2]);
      if (high < 0 || low < 0) return std::nullopt;
      out += static_cast<char>(high * 16 + low);
      i += 2;
    }
  }
  if (!is_plain_text(out)) return std::nullopt;
  return out;
}

std::optional<std::int64_t> whole_number(const std::string& text) {
  std::int64_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

std::optional<nlohmann::json> object_body(const RouteRequest& request) {
  if (request.http.body().empty()) return nlohmann::json::object();
  nlohmann::json body = nlohmann::json::parse(request.http.body(), nullptr, false);
  if (body.is_discarded() || !body.is_object()) return std::nullopt;
  return body;
}

std::optional<std::map<std::string, std::string>> query_parameters(const RouteRequest& request) {
  std::string_view target(request.http.target().data(), request.http.target().size());
  std::map<std::string, std::string> parameters;
  auto question = target.find('?');
  if (question == std::string_view::npos) return parameters;
  std::string_view query = target.substr(question + 1);
  while (!query.empty()) {
    auto end = query.find('&');
    std::string_view pair = query.substr(0, end);
    if (!pair.empty()) {
      auto equals = pair.find('=');
      auto name = form_decoded(pair.substr(0, equals));
      auto value = form_decoded(equals == std::string_view::npos ? "" : pair.substr(equals + 1));
      if (!name || !value) return std::nullopt;
      parameters[*name] = *value;
    }
    if (end == std::string_view::npos) break;
    query.remove_prefix(end + 1);
  }
  return parameters;
}

HttpResponse not_an_object_response(unsigned version) {
  return problem_response(beast_http::status::bad_request, "send a JSON object", version);
}

HttpResponse malformed_query_response(unsigned version) {
  return problem_response(beast_http::status::bad_request, "the query string is malformed",
                          version);
}

std::optional<std::int64_t> positive_id(const std::string& text) {
  auto value = whole_number(text);
  if (!value || *value <= 0) return std::nullopt;
  return value;
}

std::optional<std::int64_t> non_negative_number(const std::string& text) {
  auto value = whole_number(text);
  if (!value || *value < 0) return std::nullopt;
  return value;
}

const nlohmann::json* FieldReader::present(const std::string& field) const {
  auto found = body_.find(field);
  if (found == body_.end() || found->is_null()) return nullptr;
  return &*found;
}

std::optional<std::string> FieldReader::text(const std::string& field, Presence presence) {
  const nlohmann::json* value = present(field);
  if (!value) {
    if (presence == Presence::kRequired) fail(field, "is required");
    return std::nullopt;
  }
  if (!value->is_string()) {
    fail(field, "must be a string");
    return std::nullopt;
  }
  return value->get<std::string>();
}

std::optional<bool> FieldReader::flag(const std::string& field) {
  const nlohmann::json* value = present(field);
  if (!value) return std::nullopt;
  if (!value->is_boolean()) {
    fail(field, "must be true or false");
    return std::nullopt;
  }
  return value->get<bool>();
}

std::optional<std::int64_t> FieldReader::number(const std::string& field) {
  const nlohmann::json* value = present(field);
  if (!value) return std::nullopt;
  if (!value->is_number_integer()) {
    fail(field, "must be a whole number");
    return std::nullopt;
  }
  return value->get<std::int64_t>();
}

std::vector<std::string> FieldReader::texts(const std::string& field) {
  const nlohmann::json* value = present(field);
  std::vector<std::string> out;
  if (!value) return out;
  bool all_strings = value->is_array();
  if (all_strings) {
    for (const auto& item : *value) all_strings = all_strings && item.is_string();
  }
  if (!all_strings) {
    fail(field, "must be an array of strings");
    return out;
  }
  for (const auto& item : *value) out.push_back(item.get<std::string>());
  return out;
}

HttpResponse invalid_fields_response(const std::vector<FieldError>& errors, unsigned version) {
  assert(!errors.empty());  // Callers answer 400 only once they have found a bad field.
  HttpResponse response =
      problem_response(beast_http::status::bad_request,
                       errors.front().field + ": " + errors.front().message, version);
  nlohmann::json body = nlohmann::json::parse(response.body());
  nlohmann::json listed = nlohmann::json::array();
  for (const auto& error : errors) {
    listed.push_back({{"field", error.field}, {"message", error.message}});
  }
  body["errors"] = listed;
  response.body() = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  response.prepare_payload();
  return response;
}

}  // namespace duecall::adapters::http
