// Phone numbers are parsed with the debtor's country as the default region and kept in
// E.164 with their type; invalid numbers are refused.
#include "core/phone_number.hpp"

#include <gtest/gtest.h>

namespace duecall {
namespace {

TEST(PhoneNumber, ParsesSlovenianMobileAndFixedNumbers) {
  auto mobile = PhoneNumber::parse("+386 51 825 193", "SI");
  ASSERT_TRUE(mobile.ok()) << mobile.error().message;
  EXPECT_EQ(mobile->e164(), "+38651825193");
  EXPECT_EQ(mobile->type(), PhoneType::kMobile);
  EXPECT_EQ(mobile->region(), "SI");

  auto national = PhoneNumber::parse("051 825 193", "SI");
  ASSERT_TRUE(national.ok());
  EXPECT_EQ(national->e164(), "+38651825193");

  auto fixed = PhoneNumber::parse("+386 1 468 16 23", "SI");
  ASSERT_TRUE(fixed.ok());
  EXPECT_EQ(fixed->type(), PhoneType::kFixedLine);
}

TEST(PhoneNumber, KeepsTheNumbersOwnRegionWhenItDiffersFromTheDebtors) {
  auto foreign = PhoneNumber::parse("+385 91 234 5678", "SI");
  ASSERT_TRUE(foreign.ok());
  EXPECT_EQ(foreign->region(), "HR");
}

TEST(PhoneNumber, RefusesTextAndInvalidNumbers) {
  EXPECT_FALSE(PhoneNumber::parse("not a number", "SI").ok());
  EXPECT_FALSE(PhoneNumber::parse("+386 12", "SI").ok());
  EXPECT_FALSE(PhoneNumber::parse("", "SI").ok());
  EXPECT_FALSE(PhoneNumber::parse("+386 99 999 999", "SI").ok());
}

}  // namespace
}  // namespace duecall
