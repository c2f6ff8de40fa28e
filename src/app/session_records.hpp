// What the store keeps about web sessions and refused sign-ins (migration 0011).
//
// A SessionRecord names its bearer token only by the token's SHA-256 (hex): the token itself
// exists in the browser's cookie and nowhere else. A session is valid while now < expires_at.
#pragma once

#include <string>

#include "core/ids.hpp"
#include "core/instant.hpp"

namespace duecall::app {

struct SessionRecord {
  std::string token_sha256;  // 64 lower-case hex digits
  UserId user_id;
  std::string user_login;  // filled when read back (joined from users); ignored on insert
  std::string csrf_token;
  Instant created_at;
  Instant expires_at;
};

}  // namespace duecall::app
