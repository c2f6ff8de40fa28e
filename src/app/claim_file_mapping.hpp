// ClaimFileMapping describes how a creditor's export maps onto duecall's canonical claim
// columns: which header names the file uses, its delimiter, decimal separator, date format
// and text encoding. Without a mapping a file is read in the canonical layout: UTF-8,
// commas, decimal points and ISO dates.
//
// The JSON keys "columns", "delimiter", "decimal", "date_format" and "encoding" are a
// published contract; "thousands" (a grouping character such as ".") and "defaults"
// (values for canonical columns the file lacks, e.g. {"currency": "EUR"}) extend it.
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>

#include "core/decimal.hpp"
#include "domain/claim_row.hpp"

namespace duecall::app {

struct ClaimFileMapping {
  std::map<domain::ClaimColumn, std::string> header_names;  // only the renamed columns
  std::map<domain::ClaimColumn, std::string> defaults;
  char delimiter = ',';
  DecimalFormat decimal;
  std::string date_format = "%Y-%m-%d";
  std::string encoding = "utf-8";

  // Every error names the JSON path and the reason.
  static Result<ClaimFileMapping> from_json(const nlohmann::json& document);
  // The header name under which the file carries `column`.
  std::string header_name(domain::ClaimColumn column) const;
};

}  // namespace duecall::app
