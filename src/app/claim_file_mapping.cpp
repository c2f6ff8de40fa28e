#include "app/claim_file_mapping.hpp"

namespace duecall::app {
namespace {

Error at_path(std::string_view path, std::string_view why) {
  return Error::invalid_argument("mapping $." + std::string(path) + ": " + std::string(why));
}

Result<char> single_character(const nlohmann::json& document, std::string_view key, char fallback,
                              bool allow_empty) {
  auto found = document.find(std::string(key));
  if (found == document.end()) return fallback;
  if (!found->is_string()) return at_path(key, "must be a string");
  std::string value = found->get<std::string>();
  if (value == "\\t" || value == "tab") value = "\t";
  if (value.empty() && allow_empty) return char{0};
  if (value.size() != 1 || value[0] == '"' || value[0] == '\n' || value[0] == '\r') {
    return at_path(key, "must be one character other than a quote or a line break");
  }
  return value[0];
}

Result<domain::ClaimColumn> canonical_column(std::string_view name, std::string_view path) {
  auto column = domain::claim_column_from_name(name);
  if (!column) return at_path(path, "'" + std::string(name) + "' is not a claim column");
  return *column;
}

}  // namespace

Result<ClaimFileMapping> ClaimFileMapping::from_json(const nlohmann::json& document) {
  if (!document.is_object()) return Error::invalid_argument("mapping $: must be a JSON object");
  for (const auto& [key, value] : document.items()) {
    if (key != "columns" && key != "delimiter" && key != "decimal" && key != "thousands" &&
        key != "date_format" && key != "encoding" && key != "defaults") {
      return at_path(key, "unknown setting");
    }
  }
  ClaimFileMapping mapping;
  if (auto columns = document.find("columns"); columns != document.end()) {
    if (!columns->is_object()) return at_path("columns", "must map column names to header names");
    for (const auto& [key, value] : columns->items()) {
      std::string path = "columns." + key;
      auto column = TRY(canonical_column(key, path));
      if (!value.is_string() || value.get<std::string>().empty()) {
        return at_path(path, "must be the header name used in the file");
      }
      mapping.header_names[column] = value.get<std::string>();
    }
  }
  if (auto defaults = document.find("defaults"); defaults != document.end()) {
    if (!defaults->is_object()) return at_path("defaults", "must map column names to values");
    for (const auto& [key, value] : defaults->items()) {
      std::string path = "defaults." + key;
      auto column = TRY(canonical_column(key, path));
      if (!value.is_string()) return at_path(path, "must be a string");
      mapping.defaults[column] = value.get<std::string>();
    }
  }
  mapping.delimiter = TRY(single_character(document, "delimiter", ',', false));
  mapping.decimal.decimal_separator = TRY(single_character(document, "decimal", '.', false));
  mapping.decimal.thousands_separator = TRY(single_character(document, "thousands", 0, true));
  if (mapping.decimal.decimal_separator == mapping.decimal.thousands_separator) {
    return at_path("thousands", "must differ from the decimal separator");
  }
  if (auto format = document.find("date_format"); format != document.end()) {
    if (!format->is_string()) return at_path("date_format", "must be a string such as \"%d.%m.%Y\"");
    mapping.date_format = format->get<std::string>();
    // Reject a pattern that can never match before the first row does.
    if (auto checked = CivilDate::check_pattern(mapping.date_format); !checked.ok()) {
      return at_path("date_format", checked.error().message);
    }
  }
  if (auto encoding = document.find("encoding"); encoding != document.end()) {
    if (!encoding->is_string() || encoding->get<std::string>().empty()) {
      return at_path("encoding", "must name an encoding such as \"windows-1250\"");
    }
    mapping.encoding = encoding->get<std::string>();
  }
  return mapping;
}

std::string ClaimFileMapping::header_name(domain::ClaimColumn column) const {
  auto renamed = header_names.find(column);
  if (renamed != header_names.end()) return renamed->second;
  return std::string(domain::claim_column_name(column));
}

}  // namespace duecall::app
