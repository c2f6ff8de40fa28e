// The user use cases on both stores: what add_user accepts and refuses (a refused password
// is never hashed or stored, a taken login is refused whatever its case), listing with
// client codes, and changing a password.
#include <gtest/gtest.h>

#include "app/clients.hpp"
#include "users_test_support.hpp"

namespace duecall::app {
namespace {

using domain::NewUser;

class UsersTest : public UsersFixture {};

TEST_P(UsersTest, AddsAUserAndListsItWithItsClientCode) {
  ASSERT_TRUE(add_client(store(), clock_,
                         {.code = "TEL", .name = "Telekom", .country = "SI", .currency = "EUR"})
                  .ok());
  auto ana = add(operator_ana());
  ASSERT_TRUE(ana.ok()) << ana.error().message;
  EXPECT_TRUE(ana->id.valid());
  auto portal =
      add({.login = "tel.portal", .name = "Telekom", .role = "client", .client_code = "TEL"});
  ASSERT_TRUE(portal.ok()) << portal.error().message;
  auto listed = list_users(store());
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ((*listed)[0].user.login, "ana.kos");
  EXPECT_EQ((*listed)[0].client_code, "");
  EXPECT_EQ((*listed)[1].client_code, "TEL");
  EXPECT_TRUE(stored_hash("ana.kos").starts_with("$argon2id$"));
}

TEST_P(UsersTest, PutsOperatorsInTeamsAndKeepsOtherRolesOut) {
  NewUser ana = operator_ana();
  ana.team = "north";
  ASSERT_TRUE(add(ana).ok());
  auto listed = list_users(store());
  ASSERT_TRUE(listed.ok() && listed->size() == 1u);
  EXPECT_EQ((*listed)[0].user.team, "north");

  auto moved = assign_team(store(), "ana.kos", "south");
  ASSERT_TRUE(moved.ok()) << moved.error().message;
  EXPECT_EQ(moved->team, "south");
  ASSERT_TRUE(assign_team(store(), "ana.kos", "").ok());
  listed = list_users(store());
  EXPECT_EQ((*listed)[0].user.team, "");

  EXPECT_EQ(assign_team(store(), "ana.kos", "North Side").error().code,
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(assign_team(store(), "nobody", "north").error().code, ErrorCode::kNotFound);
  auto auditor = add({.login = "ivo", .name = "Ivo", .role = "auditor", .team = "north"});
  ASSERT_FALSE(auditor.ok());
  EXPECT_EQ(auditor.error().code, ErrorCode::kInvalidArgument);
}

TEST_P(UsersTest, RefusesATakenLoginWhateverItsCase) {
  ASSERT_TRUE(add(operator_ana()).ok());
  NewUser again = operator_ana();
  again.login = "ANA.KOS";
  auto refused = add(again);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kAlreadyExists);
}

TEST_P(UsersTest, RefusesWrongRoleAndClientCombinationsAndUnknownClients) {
  auto no_client = add({.login = "portal", .name = "P", .role = "client"});
  EXPECT_EQ(no_client.error().code, ErrorCode::kInvalidArgument);
  auto stray_client = add({.login = "boss", .name = "B", .role = "admin", .client_code = "TEL"});
  EXPECT_EQ(stray_client.error().code, ErrorCode::kInvalidArgument);
  auto unknown = add({.login = "portal", .name = "P", .role = "client", .client_code = "NOPE"});
  EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
  EXPECT_TRUE(list_users(store())->empty());
}

TEST_P(UsersTest, RefusesAShortPasswordAndStoresNothing) {
  auto refused = add(operator_ana(), "too short");
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().message.find("at least 10 characters"), std::string::npos);
  EXPECT_TRUE(list_users(store())->empty());
}

TEST_P(UsersTest, ChangingThePasswordRetiresTheOldOne) {
  ASSERT_TRUE(add(operator_ana()).ok());
  ASSERT_TRUE(change_password(store(), *hasher_, clock_, "ana.kos", "a brand new passphrase").ok());
  EXPECT_FALSE(sign_in("ana.kos", kPassword).accepted());
  EXPECT_TRUE(sign_in("ana.kos", "a brand new passphrase").accepted());
  EXPECT_FALSE(change_password(store(), *hasher_, clock_, "ana.kos", "short").ok());
  EXPECT_EQ(change_password(store(), *hasher_, clock_, "nobody", "long enough here").error().code,
            ErrorCode::kNotFound);
}

INSTANTIATE_STORE_TESTS(UsersTest);

}  // namespace
}  // namespace duecall::app
