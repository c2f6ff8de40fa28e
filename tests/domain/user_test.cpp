// Goal: make_user() accepts exactly the users user.hpp describes: logins of the documented
// form (stored lower-case), a name, one of the five roles, a client for and only for the
// client role, and a shift of the plan for and only for operators and supervisors. The
// combination of role and client is judged before any client is looked up.
// Method: one valid operator, changed one field per test; a client lookup that records
// whether it was called.
#include "domain/user.hpp"

#include <gtest/gtest.h>

namespace duecall::domain {
namespace {

const Instant kNow = from_unix_micros(1'795'000'000'000'000);

NewUser operator_ana() {
  return NewUser{.login = "ana.kos", .name = "Ana Kos", .role = "operator", .shift = "early"};
}

class MakeUserTest : public ::testing::Test {
 protected:
  Result<User> make(const NewUser& input) {
    return make_user(input, ShiftPlan::standard(), lookup_, kNow);
  }

  int lookups_ = 0;
  ClientLookup lookup_ = [this](std::string_view code) -> Result<ClientId> {
    ++lookups_;
    if (code == "TEL") return ClientId(7);
    return Error::not_found("no client has the code " + std::string(code));
  };
};

::testing::AssertionResult RefusedWith(const Result<User>& result, std::string_view part) {
  if (result.ok()) return ::testing::AssertionFailure() << "accepted, expected " << part;
  if (result.error().message.find(part) == std::string::npos) {
    return ::testing::AssertionFailure() << "refused with '" << result.error().message << "'";
  }
  return ::testing::AssertionSuccess();
}

TEST_F(MakeUserTest, AcceptsAnOperatorOnAShift) {
  auto user = make(operator_ana());
  ASSERT_TRUE(user.ok()) << user.error().message;
  EXPECT_EQ(user->login, "ana.kos");
  EXPECT_EQ(user->role, Role::kOperator);
  EXPECT_EQ(user->shift, "early");
  EXPECT_FALSE(user->client_id.valid());
  EXPECT_EQ(user->created_at, kNow);
  EXPECT_FALSE(user->disabled());
  EXPECT_EQ(lookups_, 0);
}

TEST_F(MakeUserTest, StoresLoginsInLowerCase) {
  NewUser input = operator_ana();
  input.login = "Ana.Kos@Agency";
  auto user = make(input);
  ASSERT_TRUE(user.ok());
  EXPECT_EQ(user->login, "ana.kos@agency");
}

TEST_F(MakeUserTest, RefusesMalformedLogins) {
  for (const char* login : {"a", "", ".ana", "ana kos", "ana/kos", "žan"}) {
    NewUser input = operator_ana();
    input.login = login;
    EXPECT_TRUE(RefusedWith(make(input), "must be 2 to 64")) << login;
  }
  NewUser input = operator_ana();
  input.login = std::string(65, 'a');
  EXPECT_TRUE(RefusedWith(make(input), "must be 2 to 64"));
}

TEST_F(MakeUserTest, RefusesAnEmptyNameAndAnUnknownRole) {
  NewUser input = operator_ana();
  input.name = "";
  EXPECT_TRUE(RefusedWith(make(input), "name must not be empty"));
  input = operator_ana();
  input.role = "agent";
  EXPECT_TRUE(RefusedWith(make(input), "is not one of operator"));
}

TEST_F(MakeUserTest, TheClientRoleNeedsAClientAndGetsItsId) {
  NewUser input{.login = "tel.portal", .name = "Telekom", .role = "client"};
  EXPECT_TRUE(RefusedWith(make(input), "role client requires --client"));
  EXPECT_EQ(lookups_, 0);
  input.client_code = "TEL";
  auto user = make(input);
  ASSERT_TRUE(user.ok()) << user.error().message;
  EXPECT_EQ(user->client_id, ClientId(7));
  input.client_code = "NOPE";
  auto unknown = make(input);
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
}

TEST_F(MakeUserTest, OtherRolesRefuseAClientBeforeLookingItUp) {
  for (const char* role : {"operator", "supervisor", "admin", "auditor"}) {
    NewUser input{.login = "someone", .name = "Some One", .role = role, .client_code = "NOPE"};
    EXPECT_TRUE(RefusedWith(make(input), "takes no --client")) << role;
  }
  EXPECT_EQ(lookups_, 0);
}

TEST_F(MakeUserTest, OnlyOperatorsAndSupervisorsTakeAShiftOfThePlan) {
  NewUser input = operator_ana();
  input.role = "supervisor";
  EXPECT_TRUE(make(input).ok());
  input.role = "admin";
  EXPECT_TRUE(RefusedWith(make(input), "takes no --shift"));
  input = operator_ana();
  input.shift = "night";
  EXPECT_TRUE(RefusedWith(make(input), "shift 'night' is not in the shift plan (early, late)"));
  input.shift = "";
  auto no_shift = make(input);
  ASSERT_TRUE(no_shift.ok());
  EXPECT_TRUE(no_shift->shift.empty());
}

TEST(CheckShiftAssignment, AllowsNoShiftForAnyRole) {
  for (Role role : {Role::kOperator, Role::kAdmin, Role::kClient, Role::kAuditor}) {
    EXPECT_TRUE(check_shift_assignment(role, "", ShiftPlan::standard()).ok()) << role_name(role);
  }
  EXPECT_FALSE(check_shift_assignment(Role::kAuditor, "late", ShiftPlan::standard()).ok());
}

TEST(CheckTeamAssignment, PutsOnlyOperatorsAndSupervisorsInWellNamedTeams) {
  EXPECT_TRUE(check_team_assignment(Role::kOperator, "north").ok());
  EXPECT_TRUE(check_team_assignment(Role::kSupervisor, "north-2").ok());
  EXPECT_TRUE(check_team_assignment(Role::kAuditor, "").ok());
  EXPECT_FALSE(check_team_assignment(Role::kAuditor, "north").ok());
  EXPECT_FALSE(check_team_assignment(Role::kAdmin, "north").ok());
  EXPECT_FALSE(check_team_assignment(Role::kOperator, "North").ok());
}

}  // namespace
}  // namespace duecall::domain
