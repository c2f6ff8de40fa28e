// Reading a request's input for handlers: its JSON object body, its query parameters and
// numeric ids in the path, and the 400 problem that lists every field that could not be
// used ({"errors": [{"field", "message"}]}), so that a form can mark them all at once.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "adapters/http/route.hpp"

namespace duecall::adapters::http {

struct FieldError {
  std::string field;
  std::string message;
};

// A JSON object body; an empty body counts as {}. Nothing when it is not a JSON object.
std::optional<nlohmann::json> object_body(const RouteRequest& request);

// 400 for a body that is not a JSON object.
HttpResponse not_an_object_response(unsigned version);

// The decoded query parameters of the request's target; a repeated name keeps its last value.
// Nothing when an escape is malformed.
std::optional<std::map<std::string, std::string>> query_parameters(const RouteRequest& request);

// 400 for a query string whose escapes cannot be decoded.
HttpResponse malformed_query_response(unsigned version);

// A whole number from 1 up, as path ids are; nothing for anything else.
std::optional<std::int64_t> positive_id(const std::string& text);
// A whole number from 0 up; nothing for anything else.
std::optional<std::int64_t> non_negative_number(const std::string& text);

enum class Presence { kOptional, kRequired };

// Reads the typed fields of a JSON object body and collects what is wrong with each, so
// that one answer can name every bad field. A field that is null counts as absent.
class FieldReader {
 public:
  explicit FieldReader(const nlohmann::json& body) : body_(body) {}

  // The string field; nothing when absent (noted when required) or not a string (noted).
  std::optional<std::string> text(const std::string& field, Presence presence);
  std::optional<bool> flag(const std::string& field);
  std::optional<std::int64_t> number(const std::string& field);
  // An array of strings; empty when absent.
  std::vector<std::string> texts(const std::string& field);
  // A string field turned into T by `parse` (a Result<T>(std::string_view)); its error is
  // noted under the field.
  template <typename Parse>
  auto parsed(const std::string& field, Presence presence, Parse parse)
      -> std::optional<std::decay_t<decltype(*parse(std::string_view()))>> {
    auto given = text(field, presence);
    if (!given) return std::nullopt;
    auto value = parse(std::string_view(*given));
    if (!value.ok()) {
      fail(field, value.error().message);
      return std::nullopt;
    }
    return std::move(*value);
  }
  void fail(const std::string& field, const std::string& message) {
    errors_.push_back({field, message});
  }
  const std::vector<FieldError>& errors() const { return errors_; }

 private:
  const nlohmann::json* present(const std::string& field) const;

  const nlohmann::json& body_;
  std::vector<FieldError> errors_;
};

// 400 problem+json whose detail names the first field and whose "errors" lists them all.
// REQUIRES: !errors.empty().
HttpResponse invalid_fields_response(const std::vector<FieldError>& errors, unsigned version);

}  // namespace duecall::adapters::http
