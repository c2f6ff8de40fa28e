#include "core/money.hpp"

#include <cstdlib>

#include "core/check.hpp"

namespace duecall {
namespace {

Error bad_amount(std::string_view text, std::string_view why) {
  return Error::invalid_argument("'" + std::string(text) + "' is not a valid amount: " +
                                 std::string(why));
}

}  // namespace

void Money::require_same_currency(const Money& other) const {
  DC_VERIFY(currency_ == other.currency_, "amounts of different currencies compared");
}

Result<Money> Money::parse(std::string_view text, Currency currency, DecimalFormat format) {
  std::string_view rest = text;
  if (rest.empty()) return bad_amount(text, "it is empty");
  bool negative = false;
  if (rest.front() == '-' || rest.front() == '+') {
    negative = rest.front() == '-';
    rest.remove_prefix(1);
  }
  if (rest.empty()) return bad_amount(text, "it has no digits");

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
        return bad_amount(text, "it is too large");
      }
      ++integer_digits;
      ++digits_in_group;
    } else if (format.thousands_separator != 0 && c == format.thousands_separator) {
      if (integer_digits == 0 || (grouped && digits_in_group != 3) ||
          (!grouped && digits_in_group > 3)) {
        return bad_amount(text, "its thousands are not grouped by three");
      }
      grouped = true;
      digits_in_group = 0;
    } else {
      break;
    }
  }
  if (grouped && digits_in_group != 3) {
    return bad_amount(text, "its thousands are not grouped by three");
  }
  if (integer_digits == 0) return bad_amount(text, "it has no digits before the decimal separator");

  std::int64_t fraction = 0;
  int fraction_digits = 0;
  if (position < rest.size()) {
    if (rest[position] != format.decimal_separator) {
      return bad_amount(text, std::string("unexpected character '") + rest[position] + "'");
    }
    ++position;
    if (position == rest.size()) return bad_amount(text, "no digits follow the decimal separator");
    for (; position < rest.size(); ++position) {
      char c = rest[position];
      if (c < '0' || c > '9') {
        return bad_amount(text, std::string("unexpected character '") + c + "'");
      }
      if (fraction_digits >= currency.minor_digits()) {
        if (c != '0') {
          return bad_amount(text, std::string("more than ") +
                                      std::to_string(currency.minor_digits()) +
                                      " decimal places for " + std::string(currency.code()));
        }
        continue;
      }
      fraction = fraction * 10 + (c - '0');
      ++fraction_digits;
    }
  }
  for (int i = fraction_digits; i < currency.minor_digits(); ++i) fraction *= 10;

  std::int64_t minor = 0;
  std::int64_t scale = 1;
  for (int i = 0; i < currency.minor_digits(); ++i) scale *= 10;
  if (__builtin_mul_overflow(units, scale, &minor) ||
      __builtin_add_overflow(minor, fraction, &minor)) {
    return bad_amount(text, "it is too large");
  }
  if (negative) minor = -minor;
  return Money(minor, currency);
}

Result<Money> Money::plus(const Money& other) const {
  if (!(currency_ == other.currency_)) {
    return Error::invalid_argument("cannot add " + std::string(other.currency_.code()) + " to " +
                                   std::string(currency_.code()));
  }
  std::int64_t sum = 0;
  if (__builtin_add_overflow(minor_, other.minor_, &sum)) {
    return Error::invalid_argument("amount overflow");
  }
  return Money(sum, currency_);
}

Result<Money> Money::minus(const Money& other) const {
  if (!(currency_ == other.currency_)) {
    return Error::invalid_argument("cannot subtract " + std::string(other.currency_.code()) +
                                   " from " + std::string(currency_.code()));
  }
  std::int64_t difference = 0;
  if (__builtin_sub_overflow(minor_, other.minor_, &difference)) {
    return Error::invalid_argument("amount overflow");
  }
  return Money(difference, currency_);
}

std::string Money::to_decimal_string() const {
  // Work in unsigned to print INT64_MIN without overflow.
  std::uint64_t magnitude = minor_ < 0 ? -static_cast<std::uint64_t>(minor_)
                                       : static_cast<std::uint64_t>(minor_);
  std::string digits = std::to_string(magnitude);
  int minor_digits = currency_.minor_digits();
  if (minor_digits > 0) {
    if (static_cast<int>(digits.size()) <= minor_digits) {
      digits.insert(0, minor_digits + 1 - digits.size(), '0');
    }
    digits.insert(digits.size() - minor_digits, 1, '.');
  }
  return minor_ < 0 ? "-" + digits : digits;
}

std::string Money::to_string() const {
  return to_decimal_string() + " " + std::string(currency_.code());
}

}  // namespace duecall
