// Checking a login and password: what the HTTP server's sign-in will call, and
// `duecall user verify`.
//
// A check is refused when the login is malformed or unknown, the password is wrong, or the
// user is disabled. These are one answer on purpose, so that a caller learns nothing about
// which logins exist, and they cost the same time: the password hasher compares in constant
// time, and an unknown login costs one hash of the given password, as long as a
// verification takes (both run argon2 once with the same parameters).
//
// A hash made with an older cost is replaced after a successful check (needs_rehash), so
// raising the cost upgrades every account at its next sign-in. The replacement is skipped
// if the password changed meanwhile. The slow work runs outside store transactions.
#pragma once

#include <optional>
#include <string_view>

#include "app/ports.hpp"

namespace duecall::app {

struct SignInCheck {
  std::optional<domain::User> user;  // the user signing in; set iff the check passed
  bool rehashed = false;             // the stored hash was upgraded to the current cost

  // Returns true iff the login and password are those of an enabled user.
  bool accepted() const { return user.has_value(); }
};

// Errors are the store's only (kUnavailable and the like); a refusal is not an error.
Result<SignInCheck> check_sign_in(Store& store, const PasswordHasher& hasher, const Clock& clock,
                                  std::string_view login, std::string_view password);

}  // namespace duecall::app
