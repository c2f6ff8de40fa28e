// check_sign_in on both stores: it accepts exactly the right password of an enabled user,
// answers every refusal (wrong password, unknown or malformed login, disabled user) alike,
// and upgrades a hash of an older cost after a successful check.
#include <gtest/gtest.h>

#include "users_test_support.hpp"

namespace duecall::app {
namespace {

using adapters::Argon2PasswordHasher;

class SignInTest : public UsersFixture {};

TEST_P(SignInTest, SignInAcceptsOnlyTheRightPasswordOfAnEnabledUser) {
  ASSERT_TRUE(add(operator_ana()).ok());
  auto good = sign_in("ana.kos", kPassword);
  ASSERT_TRUE(good.accepted());
  EXPECT_EQ(good.user->login, "ana.kos");
  EXPECT_FALSE(good.rehashed);
  EXPECT_TRUE(sign_in("Ana.Kos", kPassword).accepted()) << "logins are case-insensitive";
  EXPECT_FALSE(sign_in("ana.kos", "correct horse batterY").accepted());
  EXPECT_FALSE(sign_in("ana.kos", "").accepted());
  EXPECT_FALSE(sign_in("nobody", kPassword).accepted());
  EXPECT_FALSE(sign_in("not a login!", kPassword).accepted());

  auto disabled = disable_user(store(), clock_, "ana.kos");
  ASSERT_TRUE(disabled.ok());
  EXPECT_EQ(disabled->disabled_at, clock_.now());
  EXPECT_FALSE(sign_in("ana.kos", kPassword).accepted());
}

TEST_P(SignInTest, SignInUpgradesAHashOfAnOlderCost) {
  ASSERT_TRUE(add(operator_ana()).ok());  // at the cheapest cost
  std::string old_hash = stored_hash("ana.kos");
  // A hasher with a higher cost stands for a later duecall that raised it.
  auto later = Argon2PasswordHasher::create(
      {.operations = 2,
       .memory_bytes = Argon2PasswordHasher::cheapest_cost_for_test().memory_bytes * 2});
  ASSERT_TRUE(later.ok());
  auto check = sign_in("ana.kos", kPassword, later->get());
  ASSERT_TRUE(check.accepted());
  EXPECT_TRUE(check.rehashed);
  std::string new_hash = stored_hash("ana.kos");
  EXPECT_NE(new_hash, old_hash);
  EXPECT_FALSE((*later)->needs_rehash(new_hash));
  EXPECT_FALSE(sign_in("ana.kos", kPassword, later->get()).rehashed) << "once is enough";
  EXPECT_FALSE(sign_in("ana.kos", "wrong password", later->get()).rehashed);
}

INSTANTIATE_STORE_TESTS(SignInTest);

}  // namespace
}  // namespace duecall::app
