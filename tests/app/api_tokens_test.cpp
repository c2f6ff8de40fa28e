// API tokens on both stores, with a fixed clock: a token finds its user until it is revoked
// or the user is disabled, only the secret's hash is stored, the list shows every token
// without secrets, and bad requests (unknown or disabled login, empty name, revoking twice)
// are refused with the codes the CLI and the API map to their answers.
#include <gtest/gtest.h>

#include "app/api_tokens.hpp"
#include "users_test_support.hpp"

namespace duecall::app {
namespace {

class ApiTokensTest : public UsersFixture {
 protected:
  Result<ApiTokenRecord> create(std::string_view login, std::string_view secret,
                                std::string_view name = "nightly export") {
    return create_api_token(store(), clock_,
                            {.login = std::string(login), .name = std::string(name),
                             .created_by = "cli"},
                            secret);
  }
  std::optional<domain::User> user_of(std::string_view secret) {
    auto found = find_api_token_user(store(), secret);
    EXPECT_TRUE(found.ok()) << found.error().message;
    return found.ok() ? *found : std::nullopt;
  }
};

TEST_P(ApiTokensTest, ATokenActsAsItsUserAndOnlyItsHashIsStored) {
  ASSERT_TRUE(add(operator_ana()).ok());
  auto token = create("Ana.Kos", "dct_secret");
  ASSERT_TRUE(token.ok()) << token.error().message;
  EXPECT_GT(token->id, 0);
  EXPECT_EQ(token->user_login, "ana.kos");

  auto user = user_of("dct_secret");
  ASSERT_TRUE(user.has_value());
  EXPECT_EQ(user->login, "ana.kos");
  EXPECT_EQ(user->role, domain::Role::kOperator);
  EXPECT_FALSE(user_of("dct_other").has_value());

  auto transaction = store().begin();
  EXPECT_FALSE((*transaction)->find_api_token("dct_secret")->has_value()) << "not a key";
  EXPECT_TRUE((*transaction)->find_api_token(api_token_hash("dct_secret"))->has_value());
}

TEST_P(ApiTokensTest, RevokingTheTokenOrDisablingTheUserStopsIt) {
  ASSERT_TRUE(add(operator_ana()).ok());
  ASSERT_TRUE(add({.login = "sara.sup", .name = "Sara", .role = "supervisor"}).ok());
  auto first = create("ana.kos", "one");
  auto second = create("ana.kos", "two");
  auto third = create("sara.sup", "three", "dashboard");
  ASSERT_TRUE(first.ok() && second.ok() && third.ok());

  ASSERT_TRUE(revoke_api_token(store(), clock_, first->id).ok());
  EXPECT_FALSE(user_of("one").has_value());
  EXPECT_TRUE(user_of("two").has_value());
  auto again = revoke_api_token(store(), clock_, first->id);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::kNotFound) << "revoked already";
  EXPECT_EQ(revoke_api_token(store(), clock_, 999).error().code, ErrorCode::kNotFound);

  ASSERT_TRUE(disable_user(store(), clock_, "ana.kos").ok());
  EXPECT_FALSE(user_of("two").has_value());
  EXPECT_TRUE(user_of("three").has_value()) << "another user's token still works";

  auto listed = list_api_tokens(store());
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 3u);
  EXPECT_EQ((*listed)[0].user_login, "ana.kos");
  EXPECT_TRUE((*listed)[0].revoked_at.has_value());
  EXPECT_FALSE((*listed)[1].revoked_at.has_value());
  EXPECT_EQ((*listed)[2].name, "dashboard");
  EXPECT_EQ((*listed)[2].created_by, "cli");
  EXPECT_TRUE((*listed)[2].token_sha256.empty()) << "lists carry no hashes";
}

TEST_P(ApiTokensTest, RefusesUnknownOrDisabledLoginsAndEmptyNames) {
  ASSERT_TRUE(add(operator_ana()).ok());
  EXPECT_EQ(create("nobody", "x").error().code, ErrorCode::kNotFound);
  EXPECT_EQ(create("ana.kos", "x", "").error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(create("ana.kos", "x", std::string(101, 'n')).error().code,
            ErrorCode::kInvalidArgument);
  ASSERT_TRUE(disable_user(store(), clock_, "ana.kos").ok());
  EXPECT_EQ(create("ana.kos", "x").error().code, ErrorCode::kFailedPrecondition);
  EXPECT_TRUE(list_api_tokens(store())->empty());
}

INSTANTIATE_STORE_TESTS(ApiTokensTest);

}  // namespace
}  // namespace duecall::app
