#include "core/currency.hpp"

#include <unicode/ucurr.h>
#include <unicode/uenum.h>

#include <algorithm>
#include <unordered_map>

namespace duecall {
namespace {

// Built once from ICU's data and never changed afterwards, so sharing it between threads is
// safe. Holding the table avoids an ICU call per imported row.
const std::unordered_map<std::string, int>& active_currencies() {
  static const std::unordered_map<std::string, int> table = [] {
    std::unordered_map<std::string, int> result;
    UErrorCode status = U_ZERO_ERROR;
    UEnumeration* codes =
        ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &status);
    if (U_FAILURE(status)) return result;
    const char* code = nullptr;
    int32_t length = 0;
    while ((code = uenum_next(codes, &length, &status)) != nullptr && U_SUCCESS(status)) {
      if (length != 3) continue;
      UChar wide[4] = {static_cast<UChar>(code[0]), static_cast<UChar>(code[1]),
                       static_cast<UChar>(code[2]), 0};
      UErrorCode digits_status = U_ZERO_ERROR;
      int digits =
          ucurr_getDefaultFractionDigitsForUsage(wide, UCURR_USAGE_STANDARD, &digits_status);
      if (U_SUCCESS(digits_status)) result.emplace(std::string(code, 3), digits);
    }
    uenum_close(codes);
    return result;
  }();
  return table;
}

}  // namespace

Result<Currency> Currency::parse(std::string_view code) {
  if (code.size() != 3 || !std::all_of(code.begin(), code.end(),
                                       [](char c) { return c >= 'A' && c <= 'Z'; })) {
    return Error::invalid_argument("'" + std::string(code) +
                                   "' is not an ISO 4217 currency code (three capital letters)");
  }
  const auto& table = active_currencies();
  auto found = table.find(std::string(code));
  if (found == table.end()) {
    return Error::invalid_argument("'" + std::string(code) +
                                   "' is not an ISO 4217 currency in current use");
  }
  return Currency({code[0], code[1], code[2]}, found->second);
}

}  // namespace duecall
