// Check digits of RF (ISO 11649) and SI12 references: the standard's own example, printed
// and compact forms, and references that turn invalid by one changed character.
#include "domain/creditor_reference.hpp"

#include <gtest/gtest.h>

namespace duecall::domain {
namespace {

TEST(RfReference, AcceptsTheStandardsExampleInPrintedAndCompactForm) {
  auto printed = read_rf_reference("RF18 5390 0754 7034");
  ASSERT_TRUE(printed.has_value());
  EXPECT_EQ(printed->full, "RF18539007547034");
  EXPECT_EQ(printed->payload, "539007547034");
  EXPECT_TRUE(read_rf_reference("RF18539007547034").has_value());
  EXPECT_TRUE(read_rf_reference("rf18539007547034").has_value());
}

TEST(RfReference, AcceptsLettersAndTheShortestAndLongestPayloads) {
  EXPECT_EQ(read_rf_reference("RF89CLM1001")->payload, "CLM1001");
  EXPECT_EQ(read_rf_reference("RF741")->payload, "1");
  EXPECT_TRUE(read_rf_reference("RF47AAAAAAAAAAAAAAAAAAAAA").has_value());
}

TEST(RfReference, RefusesWrongCheckDigitsAndMalformedReferences) {
  EXPECT_FALSE(read_rf_reference("RF19539007547034").has_value());  // check digits off by one
  EXPECT_FALSE(read_rf_reference("RF18539007547035").has_value());  // payload typo
  EXPECT_FALSE(read_rf_reference("RF18539007547043").has_value());  // swapped digits
  EXPECT_FALSE(read_rf_reference("RF18").has_value());              // no payload
  EXPECT_FALSE(read_rf_reference("RF47AAAAAAAAAAAAAAAAAAAAAA").has_value());  // 22 characters
  EXPECT_FALSE(read_rf_reference("RF8X9CLM1001").has_value());
  EXPECT_FALSE(read_rf_reference("RF89CLM_1001").has_value());
  EXPECT_FALSE(read_rf_reference("").has_value());
}

TEST(Si12Reference, ComputesTheModulus11ControlDigit) {
  EXPECT_EQ(si12_control_digit("5678"), 2);  // 5*5+6*4+7*3+8*2 = 86, 86 mod 11 = 9, 11-9 = 2
  EXPECT_EQ(si12_control_digit("1001"), 4);
  EXPECT_EQ(si12_control_digit("5"), 1);
  EXPECT_EQ(si12_control_digit("6"), 0);  // 12 mod 11 = 1 gives 10, written as 0
  EXPECT_EQ(si12_control_digit("0"), 0);  // remainder 0 gives 11, written as 0
}

TEST(Si12Reference, AcceptsAReferenceWithItsControlDigit) {
  auto reference = read_si12_reference("SI12 10014");
  ASSERT_TRUE(reference.has_value());
  EXPECT_EQ(reference->full, "SI1210014");
  EXPECT_EQ(reference->payload, "1001");
  EXPECT_TRUE(read_si12_reference("si12 2024001-5").has_value());
}

TEST(Si12Reference, RefusesAWrongControlDigitAndOtherModels) {
  EXPECT_FALSE(read_si12_reference("SI1210015").has_value());
  EXPECT_FALSE(read_si12_reference("SI1110014").has_value());
  EXPECT_FALSE(read_si12_reference("SI121").has_value());  // control digit only
  EXPECT_FALSE(read_si12_reference("SI12100A4").has_value());
  EXPECT_FALSE(read_si12_reference("SI12123456789012345678901").has_value());  // 21 digits
}

}  // namespace
}  // namespace duecall::domain
