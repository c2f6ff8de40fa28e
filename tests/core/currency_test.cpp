// Currency codes come from ICU's ISO 4217 data: current codes parse with their minor digits,
// historic and malformed ones are refused.
#include "core/currency.hpp"

#include <gtest/gtest.h>

namespace duecall {
namespace {

TEST(Currency, KnowsMinorDigitsOfCurrentCodes) {
  EXPECT_EQ(Currency::parse("EUR")->minor_digits(), 2);
  EXPECT_EQ(Currency::parse("BRL")->minor_digits(), 2);
  EXPECT_EQ(Currency::parse("USD")->minor_digits(), 2);
  EXPECT_EQ(Currency::parse("JPY")->minor_digits(), 0);
  EXPECT_EQ(Currency::parse("KWD")->minor_digits(), 3);
}

TEST(Currency, RefusesHistoricAndMalformedCodes) {
  EXPECT_FALSE(Currency::parse("SIT").ok());  // Slovenian tolar, replaced by the euro in 2007.
  EXPECT_FALSE(Currency::parse("DEM").ok());
  EXPECT_FALSE(Currency::parse("eur").ok());
  EXPECT_FALSE(Currency::parse("EU").ok());
  EXPECT_FALSE(Currency::parse("EURO").ok());
  EXPECT_FALSE(Currency::parse("XYZ").ok());
  EXPECT_FALSE(Currency::parse("").ok());
}

}  // namespace
}  // namespace duecall
