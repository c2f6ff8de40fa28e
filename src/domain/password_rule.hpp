// The rule a new password must meet before it is hashed and stored: at least
// kMinPasswordCharacters characters, counted as Unicode code points so that "čćžšđ..."
// counts like "abcde..."; at most kMaxPasswordBytes bytes, which bounds the work of hashing
// a hostile input; valid UTF-8 without control characters, since a tab or an escape in a
// password is a paste gone wrong rather than a choice, and cannot be typed into the web
// login form. Length is what makes a password strong; no composition rules.
//
// Messages never contain the password, nor its length.
#pragma once

#include <cstddef>
#include <string_view>

#include "core/result.hpp"

namespace duecall::domain {

inline constexpr std::size_t kMinPasswordCharacters = 10;
inline constexpr std::size_t kMaxPasswordBytes = 1024;

Status check_new_password(std::string_view password);

}  // namespace duecall::domain
