// A fixture for the use cases of users, sign-in and shifts on both real stores
// (StoreTest): a fixed clock, real argon2id at libsodium's cheapest cost (the standard cost
// is tested with the hasher itself), and helpers to add users and check sign-ins.
#pragma once

#include <gtest/gtest.h>

#include "adapters/clock/system_clock.hpp"
#include "adapters/passwords/argon2_password_hasher.hpp"
#include "app/sign_in.hpp"
#include "app/users.hpp"
#include "support/test_store.hpp"

namespace duecall::app {

inline constexpr const char* kPassword = "correct horse battery";

class UsersFixture : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto hasher = adapters::Argon2PasswordHasher::create(
        adapters::Argon2PasswordHasher::cheapest_cost_for_test());
    ASSERT_TRUE(hasher.ok());
    hasher_ = std::move(hasher).value();
  }

  Result<domain::User> add(const domain::NewUser& input, std::string_view password = kPassword) {
    return add_user(store(), *hasher_, clock_, input, password);
  }
  static domain::NewUser operator_ana() {
    return {.login = "ana.kos", .name = "Ana Kos", .role = "operator", .shift = "late"};
  }
  SignInCheck sign_in(std::string_view login, std::string_view password,
                      const PasswordHasher* hasher = nullptr) {
    auto check = check_sign_in(store(), hasher ? *hasher : *hasher_, clock_, login, password);
    EXPECT_TRUE(check.ok()) << check.error().message;
    return check.ok() ? *check : SignInCheck{};
  }
  std::string stored_hash(std::string_view login) {
    auto transaction = store().begin();
    auto user = (*transaction)->find_user(login);
    return *(*transaction)->password_hash_of((**user).id);
  }

  adapters::FixedClock clock_{parse_iso8601("2026-11-23T10:00:00Z").value()};
  std::unique_ptr<adapters::Argon2PasswordHasher> hasher_;
};

}  // namespace duecall::app
