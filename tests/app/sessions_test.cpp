// Web sessions on both stores, with real argon2id at its cheapest cost and clocks fixed at
// chosen instants: a session is found by its token until it expires or its user is
// disabled, only the token's hash is stored, signing out ends it, and the throttle refuses a
// login after five refused sign-ins within fifteen minutes until the oldest leaves the
// window, whatever the password, while other logins are unaffected.
#include <gtest/gtest.h>

#include "app/sessions.hpp"
#include "users_test_support.hpp"

namespace duecall::app {
namespace {

using adapters::FixedClock;

Instant at(const char* text) { return parse_iso8601(text).value(); }

class SessionsTest : public UsersFixture {
 protected:
  SignInAnswer sign_in_at(const char* when, std::string_view login, std::string_view password,
                          const std::string& token = "token-1") {
    FixedClock clock(at(when));
    auto answer = app::sign_in(store(), *hasher_, clock, login, password,
                               {.session_token = token, .csrf_token = "csrf-" + token});
    EXPECT_TRUE(answer.ok()) << answer.error().message;
    return answer.ok() ? *answer : SignInAnswer{};
  }
  std::optional<ActiveSession> session_at(const char* when, std::string_view token) {
    FixedClock clock(at(when));
    auto found = find_active_session(store(), clock, token);
    EXPECT_TRUE(found.ok()) << found.error().message;
    return found.ok() ? *found : std::nullopt;
  }
};

TEST_P(SessionsTest, ASessionIsFoundByItsTokenUntilItExpiresAndOnlyItsHashIsStored) {
  ASSERT_TRUE(add(operator_ana()).ok());
  auto answer = sign_in_at("2026-11-23T10:00:00Z", "Ana.Kos", kPassword, "secret-token");
  ASSERT_EQ(answer.outcome, SignInOutcome::kSignedIn);
  EXPECT_EQ(answer.user->login, "ana.kos");

  auto found = session_at("2026-11-23T21:59:59Z", "secret-token");
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->user.login, "ana.kos");
  EXPECT_EQ(found->csrf_token, "csrf-secret-token");
  EXPECT_FALSE(session_at("2026-11-23T22:00:00Z", "secret-token").has_value()) << "12 hours";
  EXPECT_FALSE(session_at("2026-11-23T10:00:00Z", "another-token").has_value());

  auto transaction = store().begin();
  auto by_token = (*transaction)->find_session("secret-token");
  ASSERT_TRUE(by_token.ok());
  EXPECT_FALSE(by_token->has_value()) << "the token itself is not a key";
  auto by_hash = (*transaction)->find_session(session_token_hash("secret-token"));
  ASSERT_TRUE(by_hash.ok());
  EXPECT_TRUE(by_hash->has_value());
}

TEST_P(SessionsTest, SigningOutOrDisablingTheUserEndsTheSession) {
  ASSERT_TRUE(add(operator_ana()).ok());
  ASSERT_EQ(sign_in_at("2026-11-23T10:00:00Z", "ana.kos", kPassword, "one").outcome,
            SignInOutcome::kSignedIn);
  ASSERT_EQ(sign_in_at("2026-11-23T10:00:00Z", "ana.kos", kPassword, "two").outcome,
            SignInOutcome::kSignedIn);
  EXPECT_TRUE(*sign_out(store(), "one"));
  EXPECT_FALSE(*sign_out(store(), "one")) << "ended already";
  EXPECT_FALSE(session_at("2026-11-23T10:00:00Z", "one").has_value());
  EXPECT_TRUE(session_at("2026-11-23T10:00:00Z", "two").has_value());
  ASSERT_TRUE(disable_user(store(), clock_, "ana.kos").ok());
  EXPECT_FALSE(session_at("2026-11-23T10:00:00Z", "two").has_value());
}

TEST_P(SessionsTest, FiveRefusalsWithinFifteenMinutesThrottleTheLoginUntilTheOldestLeaves) {
  ASSERT_TRUE(add(operator_ana()).ok());
  const char* failures[] = {"2026-11-23T10:00:00Z", "2026-11-23T10:01:00Z", "2026-11-23T10:02:00Z",
                            "2026-11-23T10:03:00Z", "2026-11-23T10:04:00Z"};
  for (const char* when : failures) {
    EXPECT_EQ(sign_in_at(when, "ana.kos", "wrong password").outcome, SignInOutcome::kRefused);
  }
  auto throttled = sign_in_at("2026-11-23T10:05:00Z", "ana.kos", kPassword);
  EXPECT_EQ(throttled.outcome, SignInOutcome::kThrottled) << "even the right password";
  EXPECT_EQ(throttled.retry_after, std::chrono::minutes(10));
  EXPECT_FALSE(throttled.user.has_value());
  EXPECT_EQ(sign_in_at("2026-11-23T10:05:00Z", "nobody", kPassword).outcome,
            SignInOutcome::kRefused)
      << "another login is not throttled";
  EXPECT_EQ(sign_in_at("2026-11-23T10:14:59Z", "ANA.KOS", kPassword).outcome,
            SignInOutcome::kThrottled)
      << "counted by the login as stored";
  // The failure of 10:00 leaves the window at 10:15; four remain.
  EXPECT_EQ(sign_in_at("2026-11-23T10:15:00Z", "ana.kos", kPassword).outcome,
            SignInOutcome::kSignedIn);
  // A successful sign-in forgets the failures.
  EXPECT_EQ(sign_in_at("2026-11-23T10:16:00Z", "ana.kos", "wrong password").outcome,
            SignInOutcome::kRefused);
  EXPECT_EQ(sign_in_at("2026-11-23T10:16:00Z", "ana.kos", kPassword, "token-2").outcome,
            SignInOutcome::kSignedIn);
}

TEST_P(SessionsTest, UnknownAndMalformedLoginsAreThrottledLikeKnownOnes) {
  for (int attempt = 0; attempt < 5; ++attempt) {
    EXPECT_EQ(sign_in_at("2026-11-23T10:00:00Z", "not a login!", "x").outcome,
              SignInOutcome::kRefused);
    EXPECT_EQ(sign_in_at("2026-11-23T10:00:00Z", "nobody", "x").outcome, SignInOutcome::kRefused);
  }
  EXPECT_EQ(sign_in_at("2026-11-23T10:00:00Z", "not a login!", "x").outcome,
            SignInOutcome::kThrottled);
  EXPECT_EQ(sign_in_at("2026-11-23T10:00:00Z", "nobody", "x").outcome, SignInOutcome::kThrottled);
}

INSTANTIATE_STORE_TESTS(SessionsTest);

}  // namespace
}  // namespace duecall::app
