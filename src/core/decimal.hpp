// Exact fixed-point decimals: "1.234,56" read as 123456 hundredths. Used for money (scale =
// the currency's minor digits) and for percentages in basis points (scale 2). No floating
// point is involved at any step.
#pragma once

#include <cstdint>
#include <string_view>

#include "core/result.hpp"

namespace duecall {

struct DecimalFormat {
  char decimal_separator = '.';
  // 0 when the input has no grouping of thousands; otherwise the character that groups them
  // ("1.234,56" uses '.'). Groups must then be exactly three digits.
  char thousands_separator = 0;
};

// Returns the value times 10^scale. Refuses more fraction digits than `scale` unless the
// excess digits are zeros, exponents, stray characters and results outside int64.
Result<std::int64_t> parse_decimal(std::string_view text, int scale, DecimalFormat format = {});

}  // namespace duecall
