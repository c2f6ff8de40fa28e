#include "core/decimal.hpp"

#include <string>

namespace duecall {
namespace {

Error bad(std::string why) { return Error::invalid_argument(std::move(why)); }

}  // namespace

Result<std::int64_t> parse_decimal(std::string_view text, int scale, DecimalFormat format) {
  std::string_view rest = text;
  if (rest.empty()) return bad("it is empty");
  bool negative = false;
  if (rest.front() == '-' || rest.front() == '+') {
    negative = rest.front() == '-';
    rest.remove_prefix(1);
  }
  if (rest.empty()) return bad("it has no digits");

  // Integer part, with optional grouping of thousands.
  std::int64_t units = 0;
  int integer_digits = 0;
  int digits_in_group = 0;
  bool grouped = false;
  std::size_t position = 0;
  for (; position < rest.size(); ++position) {
    char c = rest[position];
    if (c >= '0' && c <= '9') {
      if (__builtin_mul_overflow(units, 10, &units) ||
          __builtin_add_overflow(units, c - '0', &units)) {
        return bad("it is too large");
      }
      ++integer_digits;
      ++digits_in_group;
    } else if (format.thousands_separator != 0 && c == format.thousands_separator) {
      if (integer_digits == 0 || (grouped && digits_in_group != 3) ||
          (!grouped && digits_in_group > 3)) {
        return bad("its thousands are not grouped by three");
      }
      grouped = true;
      digits_in_group = 0;
    } else {
      break;
    }
  }
  if (grouped && digits_in_group != 3) return bad("its thousands are not grouped by three");
  if (integer_digits == 0) return bad("it has no digits before the decimal separator");

  std::int64_t fraction = 0;
  int fraction_digits = 0;
  if (position < rest.size()) {
    if (rest[position] != format.decimal_separator) {
      return bad(std::string("unexpected character '") + rest[position] + "'");
    }
    ++position;
    if (position == rest.size()) return bad("no digits follow the decimal separator");
    for (; position < rest.size(); ++position) {
      char c = rest[position];
      if (c < '0' || c > '9') return bad(std::string("unexpected character '") + c + "'");
      if (fraction_digits >= scale) {
        if (c != '0') return bad("more than " + std::to_string(scale) + " decimal places");
        continue;
      }
      fraction = fraction * 10 + (c - '0');
      ++fraction_digits;
    }
  }
  for (int i = fraction_digits; i < scale; ++i) fraction *= 10;

  std::int64_t scaled = 0;
  std::int64_t factor = 1;
  for (int i = 0; i < scale; ++i) factor *= 10;
  if (__builtin_mul_overflow(units, factor, &scaled) ||
      __builtin_add_overflow(scaled, fraction, &scaled)) {
    return bad("it is too large");
  }
  return negative ? -scaled : scaled;
}

}  // namespace duecall
