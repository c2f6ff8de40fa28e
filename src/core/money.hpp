// Money is an exact amount: a signed 64-bit count of the currency's minor units (cents for
// EUR) plus the currency. There is no floating point anywhere on the way in or out.
// Invariants: arithmetic never silently overflows (it returns an error), and amounts of
// different currencies are never added or compared.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/currency.hpp"
#include "core/decimal.hpp"
#include "core/result.hpp"

namespace duecall {

class Money {
 public:
  Money(std::int64_t minor, Currency currency) : minor_(minor), currency_(currency) {}
  static Money zero(Currency currency) { return Money(0, currency); }

  // Parses an exact decimal such as "2373.90", "-5", "1.234,56" (with a matching format).
  // Refuses more fraction digits than the currency has unless the excess digits are zeros,
  // any exponent or stray character, and values outside the int64 range of minor units.
  static Result<Money> parse(std::string_view text, Currency currency,
                             DecimalFormat format = {});

  std::int64_t minor() const { return minor_; }
  Currency currency() const { return currency_; }
  bool is_negative() const { return minor_ < 0; }
  bool is_zero() const { return minor_ == 0; }

  Result<Money> plus(const Money& other) const;
  Result<Money> minus(const Money& other) const;

  // "2373.90": plain decimal with '.' and the currency's minor digits, no grouping.
  std::string to_decimal_string() const;
  // "2373.90 EUR".
  std::string to_string() const;

  // REQUIRES: both amounts have the same currency.
  auto operator<=>(const Money& other) const {
    require_same_currency(other);
    return minor_ <=> other.minor_;
  }
  bool operator==(const Money& other) const {
    return currency_ == other.currency_ && minor_ == other.minor_;
  }

 private:
  void require_same_currency(const Money& other) const;

  std::int64_t minor_;
  Currency currency_;
};

}  // namespace duecall
