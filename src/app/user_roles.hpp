// Checks that a login named on a command or request is a user who may act in a given
// role right now: known, enabled, and holding one of the allowed roles. Shared by every
// use case that records who did something (agreements, contacts), so that "who may act as
// an operator" is decided in one place.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "app/ports.hpp"

namespace duecall::app {

// Returns the user. kInvalidArgument for a malformed login or a user of another role
// (`as` names the roles in words, "an operator"), kNotFound for an unknown one,
// kFailedPrecondition for a disabled one.
Result<domain::User> check_user_role(StoreTransaction& transaction, const std::string& login,
                                     std::initializer_list<domain::Role> allowed,
                                     std::string_view as);

}  // namespace duecall::app
