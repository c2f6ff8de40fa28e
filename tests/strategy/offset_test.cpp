// Offsets: anchor names round-trip and offsets describe themselves in words.
#include "strategy/offset.hpp"

#include <gtest/gtest.h>

namespace duecall::strategy {
namespace {

TEST(Offset, EveryAnchorNameParsesBackToItself) {
  for (Anchor anchor : kAllAnchors) EXPECT_EQ(*parse_anchor(anchor_name(anchor)), anchor);
  EXPECT_FALSE(parse_anchor("payday").ok());
}

TEST(Offset, DescribesItselfInWords) {
  EXPECT_EQ((Offset{Anchor::reminder, 4, 0}).describe(), "reminder + 4 days");
  EXPECT_EQ((Offset{Anchor::intake, 0, 24}).describe(), "intake + 24 hours");
  EXPECT_EQ((Offset{Anchor::due_date, -1, 1}).describe(), "due_date - 1 day + 1 hour");
  EXPECT_EQ((Offset{Anchor::previous_step, 0, 0}).describe(), "previous_step");
}

TEST(Offset, NominalHoursCountADayAs24Hours) {
  EXPECT_EQ((Offset{Anchor::intake, 2, -3}).nominal_hours(), 45);
}

}  // namespace
}  // namespace duecall::strategy
