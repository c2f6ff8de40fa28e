// Goal: the five role names are exactly operator, supervisor, admin, client and auditor, in
// both directions, and the two scope questions (bound to a client? works shifts?) answer as
// role.hpp documents. Method: every role, round trip, and names that are close but wrong.
#include "domain/role.hpp"

#include <gtest/gtest.h>

namespace duecall::domain {
namespace {

TEST(Role, NamesRoundTripForEveryRole) {
  for (Role role :
       {Role::kOperator, Role::kSupervisor, Role::kAdmin, Role::kClient, Role::kAuditor}) {
    auto parsed = parse_role(role_name(role));
    ASSERT_TRUE(parsed.ok()) << role_name(role);
    EXPECT_EQ(*parsed, role);
  }
  EXPECT_EQ(role_name(Role::kOperator), "operator");
  EXPECT_EQ(role_name(Role::kSupervisor), "supervisor");
  EXPECT_EQ(role_name(Role::kAdmin), "admin");
  EXPECT_EQ(role_name(Role::kClient), "client");
  EXPECT_EQ(role_name(Role::kAuditor), "auditor");
}

TEST(Role, RefusesNamesThatAreNotExactlyARole) {
  for (const char* name : {"Operator", "administrator", "", "agent", "client "}) {
    auto parsed = parse_role(name);
    ASSERT_FALSE(parsed.ok()) << name;
    EXPECT_NE(parsed.error().message.find("operator, supervisor, admin, client, auditor"),
              std::string::npos);
  }
}

TEST(Role, OnlyTheClientRoleIsBoundToAClient) {
  EXPECT_TRUE(role_is_bound_to_client(Role::kClient));
  for (Role role : {Role::kOperator, Role::kSupervisor, Role::kAdmin, Role::kAuditor}) {
    EXPECT_FALSE(role_is_bound_to_client(role)) << role_name(role);
  }
}

TEST(Role, OnlyOperatorsAndSupervisorsWorkShifts) {
  EXPECT_TRUE(role_works_shifts(Role::kOperator));
  EXPECT_TRUE(role_works_shifts(Role::kSupervisor));
  for (Role role : {Role::kAdmin, Role::kClient, Role::kAuditor}) {
    EXPECT_FALSE(role_works_shifts(role)) << role_name(role);
  }
}

}  // namespace
}  // namespace duecall::domain
