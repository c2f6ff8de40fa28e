// Use cases for the people who sign in: add a user, list them, change a password, put a
// user on a shift or in a team, disable a user. New passwords must meet domain/password_rule.hpp and are
// stored only as hashes made by the PasswordHasher; no use case returns or logs a password
// or a hash.
//
// Hashing is slow on purpose (a tenth of a second of CPU, more on a busy node), so it runs
// before the store transaction opens: a transaction holds a database connection, and on
// SQLite the one write lock, for as short a time as possible.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/ports.hpp"

namespace duecall::app {

// A user with the code of its client (empty for roles not bound to one), as lists show it.
struct UserListing {
  domain::User user;
  std::string client_code;
};

// kInvalidArgument for a bad field, a wrong role and client or shift combination, or a
// password the rule refuses; kNotFound for an unknown client; kAlreadyExists for a taken
// login. A shift must be in the stored plan, or in the standard one while none is stored.
Result<domain::User> add_user(Store& store, const PasswordHasher& hasher, const Clock& clock,
                              const domain::NewUser& input, std::string_view password);
Result<std::vector<UserListing>> list_users(Store& store);
// kNotFound for an unknown login.
Status change_password(Store& store, const PasswordHasher& hasher, const Clock& clock,
                       std::string_view login, std::string_view password);
// Puts a user on a shift of the plan in force, or, for an empty `shift`, off any shift.
// kInvalidArgument for a role that works no shifts or a shift not in the plan.
Result<domain::User> assign_shift(Store& store, std::string_view login, std::string_view shift);
// Puts a user in a team, or, for an empty `team`, out of any. kInvalidArgument for a role
// that is in no team or a bad team name; kNotFound for an unknown login.
Result<domain::User> assign_team(Store& store, std::string_view login, std::string_view team);
// Disabling a disabled user changes nothing (and keeps the first date). kNotFound for an
// unknown login.
Result<domain::User> disable_user(Store& store, const Clock& clock, std::string_view login);

}  // namespace duecall::app
