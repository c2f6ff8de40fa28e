// The shift plan use cases on both stores: the standard plan applies until one is set, a
// plan may not drop a shift that users work, and assignments follow the plan in force.
#include <gtest/gtest.h>

#include "app/shifts.hpp"
#include "users_test_support.hpp"

namespace duecall::app {
namespace {

class ShiftsTest : public UsersFixture {};

TEST_P(ShiftsTest, ShiftsComeFromTheStandardPlanUntilOneIsSet) {
  auto in_force = shift_plan_in_force(store());
  ASSERT_TRUE(in_force.ok());
  EXPECT_TRUE(in_force->standard);
  EXPECT_EQ(in_force->plan, domain::ShiftPlan::standard());
  ASSERT_TRUE(add(operator_ana()).ok());  // on "late"

  auto without_late = domain::ShiftPlan::from_json(nlohmann::json::parse(
      R"({"time_zone": "Europe/Ljubljana", "shifts": [{"name": "day", "start": "08:00", "end": "19:00"}]})"));
  ASSERT_TRUE(without_late.ok());
  auto refused = set_shift_plan(store(), *without_late);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_NE(refused.error().message.find("'late', which 1 user is assigned to"), std::string::npos)
      << refused.error().message;

  ASSERT_TRUE(assign_shift(store(), "ana.kos", "").ok());
  ASSERT_TRUE(set_shift_plan(store(), *without_late).ok());
  in_force = shift_plan_in_force(store());
  EXPECT_FALSE(in_force->standard);
  EXPECT_EQ(in_force->plan, *without_late);
  EXPECT_FALSE(assign_shift(store(), "ana.kos", "late").ok()) << "gone with the old plan";
  EXPECT_EQ(assign_shift(store(), "ana.kos", "day")->shift, "day");
}

INSTANTIATE_STORE_TESTS(ShiftsTest);

}  // namespace
}  // namespace duecall::app
