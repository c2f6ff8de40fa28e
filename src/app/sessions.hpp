// Web sessions: signing in with a login and password, finding the user behind a session
// token, signing out, and the throttle on repeated refused sign-ins.
//
// The caller draws the session token and the CSRF token from a cryptographic random source
// (they are inputs, so that this code stays free of I/O); only the token's SHA-256 is
// stored. A session lasts kSessionLifetime from sign-in. A disabled user's sessions stop
// working at once, since every request reads the user again.
//
// Throttling: after kSignInFailureLimit refused sign-ins for one login within
// kSignInFailureWindow, further attempts for that login are refused without checking the
// password until the oldest of those failures leaves the window. The failures are stored,
// so the limit holds across every process serving one database. A successful sign-in
// forgets them. An unknown login is throttled like a known one, so the answer does not tell
// which logins exist.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "app/ports.hpp"

namespace duecall::app {

inline constexpr std::chrono::hours kSessionLifetime{12};
inline constexpr int kSignInFailureLimit = 5;
inline constexpr std::chrono::minutes kSignInFailureWindow{15};

struct NewSessionTokens {
  std::string session_token;  // the cookie's value; never stored
  std::string csrf_token;
};

enum class SignInOutcome { kSignedIn, kRefused, kThrottled };

struct SignInAnswer {
  SignInOutcome outcome = SignInOutcome::kRefused;
  std::optional<domain::User> user;           // iff kSignedIn
  std::chrono::seconds retry_after{0};        // iff kThrottled: when to try again
};

// Errors are the store's only; a refusal or a throttle is an answer, not an error.
Result<SignInAnswer> sign_in(Store& store, const PasswordHasher& hasher, const Clock& clock,
                             std::string_view login, std::string_view password,
                             const NewSessionTokens& tokens);

struct ActiveSession {
  domain::User user;
  std::string csrf_token;
};

// The enabled user of an unexpired session, or nothing.
Result<std::optional<ActiveSession>> find_active_session(Store& store, const Clock& clock,
                                                         std::string_view session_token);

// Ends the session; false when there was none.
Result<bool> sign_out(Store& store, std::string_view session_token);

// The stored form of a session token.
std::string session_token_hash(std::string_view session_token);

}  // namespace duecall::app
