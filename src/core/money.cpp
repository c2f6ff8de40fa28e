#include "core/money.hpp"

#include <cstdlib>

#include "core/check.hpp"
#include "core/decimal.hpp"

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
  auto minor = parse_decimal(text, currency.minor_digits(), format);
  if (!minor.ok()) {
    std::string message = std::move(minor).error().message;
    if (message.starts_with("more than")) message += " for " + std::string(currency.code());
    return bad_amount(text, message);
  }
  return Money(*minor, currency);
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
