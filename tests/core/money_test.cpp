// Money parsing and arithmetic: exact decimal input in the forms creditors send, every way
// an amount can be malformed, and overflow at the edges of int64 minor units.
#include "core/money.hpp"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

namespace duecall {
namespace {

Currency eur() { return Currency::parse("EUR").value(); }
Currency jpy() { return Currency::parse("JPY").value(); }
Currency bhd() { return Currency::parse("BHD").value(); }

TEST(Money, ParsesPlainDecimalsIntoMinorUnits) {
  EXPECT_EQ(Money::parse("2373.90", eur())->minor(), 237390);
  EXPECT_EQ(Money::parse("0.01", eur())->minor(), 1);
  EXPECT_EQ(Money::parse("5", eur())->minor(), 500);
  EXPECT_EQ(Money::parse("5.5", eur())->minor(), 550);
  EXPECT_EQ(Money::parse("0", eur())->minor(), 0);
  EXPECT_EQ(Money::parse("-12.34", eur())->minor(), -1234);
}

TEST(Money, UsesTheCurrencysMinorDigits) {
  EXPECT_EQ(Money::parse("1500", jpy())->minor(), 1500);
  EXPECT_FALSE(Money::parse("1500.5", jpy()).ok());
  EXPECT_EQ(Money::parse("1.234", bhd())->minor(), 1234);
  EXPECT_FALSE(Money::parse("1.2345", bhd()).ok());
}

TEST(Money, AcceptsExcessFractionDigitsOnlyWhenTheyAreZeros) {
  EXPECT_EQ(Money::parse("10.500", eur())->minor(), 1050);
  EXPECT_FALSE(Money::parse("10.501", eur()).ok());
}

TEST(Money, ParsesDecimalCommaWithThousandsGrouping) {
  DecimalFormat slovenian{',', '.'};
  EXPECT_EQ(Money::parse("1.234,56", eur(), slovenian)->minor(), 123456);
  EXPECT_EQ(Money::parse("1.234.567,00", eur(), slovenian)->minor(), 123456700);
  EXPECT_EQ(Money::parse("234,5", eur(), slovenian)->minor(), 23450);
  EXPECT_FALSE(Money::parse("12.34,00", eur(), slovenian).ok());
  EXPECT_FALSE(Money::parse("1234.567,00", eur(), slovenian).ok());
  EXPECT_FALSE(Money::parse("1.23", eur(), slovenian).ok());
  // Without a thousands separator a dot is simply an unexpected character.
  EXPECT_FALSE(Money::parse("1.234,56", eur(), DecimalFormat{',', 0}).ok());
}

TEST(Money, RefusesMalformedText) {
  for (const char* text : {"", "-", "abc", "1,5", "1.", ".5", "1e3", " 1", "1 ", "1..2", "++1",
                           "1.2.3", "NaN", "0x10"}) {
    EXPECT_FALSE(Money::parse(text, eur()).ok()) << text;
  }
}

TEST(Money, RefusesAmountsBeyondInt64MinorUnits) {
  EXPECT_EQ(Money::parse("92233720368547758.07", eur())->minor(), INT64_MAX);
  EXPECT_FALSE(Money::parse("92233720368547758.08", eur()).ok());
  EXPECT_FALSE(Money::parse("999999999999999999999", eur()).ok());
}

TEST(Money, AddsAndSubtractsWithOverflowChecks) {
  Money a(100, eur());
  EXPECT_EQ(a.plus(Money(50, eur()))->minor(), 150);
  EXPECT_EQ(a.minus(Money(150, eur()))->minor(), -50);
  EXPECT_FALSE(Money(INT64_MAX, eur()).plus(Money(1, eur())).ok());
  EXPECT_FALSE(Money(INT64_MIN, eur()).minus(Money(1, eur())).ok());
  EXPECT_FALSE(a.plus(Money(1, jpy())).ok());
}

TEST(Money, PrintsExactDecimals) {
  EXPECT_EQ(Money(237390, eur()).to_decimal_string(), "2373.90");
  EXPECT_EQ(Money(5, eur()).to_decimal_string(), "0.05");
  EXPECT_EQ(Money(-5, eur()).to_decimal_string(), "-0.05");
  EXPECT_EQ(Money(1500, jpy()).to_string(), "1500 JPY");
  EXPECT_EQ(Money(INT64_MIN, eur()).to_decimal_string(), "-92233720368547758.08");
}

RC_GTEST_PROP(Money, PrintingThenParsingReturnsTheSameAmount, (std::int64_t minor)) {
  RC_PRE(minor != INT64_MIN);  // Its magnitude is not representable, so it cannot be typed in.
  Money original(minor, eur());
  auto parsed = Money::parse(original.to_decimal_string(), eur());
  RC_ASSERT(parsed.ok());
  RC_ASSERT(parsed->minor() == minor);
}

}  // namespace
}  // namespace duecall
