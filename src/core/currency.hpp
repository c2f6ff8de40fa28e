// Currency is an ISO 4217 alphabetic code in current use, with its number of minor digits
// (EUR 2, JPY 0, BHD 3). The list and the digits come from ICU's ISO 4217 data; codes that
// are historic or not legal tender are refused. A Currency is a 4-byte value, cheap to copy.
#pragma once

#include <array>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace duecall {

class Currency {
 public:
  // Returns the currency for an upper-case three-letter ISO 4217 code.
  static Result<Currency> parse(std::string_view code);

  std::string_view code() const { return {code_.data(), 3}; }
  int minor_digits() const { return minor_digits_; }
  bool operator==(const Currency& other) const { return code_ == other.code_; }

 private:
  Currency(std::array<char, 3> code, int minor_digits) : code_(code), minor_digits_(minor_digits) {}

  std::array<char, 3> code_;
  char minor_digits_;
};

}  // namespace duecall
