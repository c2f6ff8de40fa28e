// What the store keeps about API tokens (migration 0012).
//
// An ApiTokenRecord names its secret only by the secret's SHA-256 (hex): the secret itself
// is printed once, to whoever created the token, and kept nowhere else. A token works while
// revoked_at is empty and its user is enabled.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/ids.hpp"
#include "core/instant.hpp"

namespace duecall::app {

struct ApiTokenRecord {
  std::int64_t id = 0;       // assigned by the store
  std::string token_sha256;  // 64 lower-case hex digits; empty when read back in lists
  UserId user_id;
  std::string user_login;  // filled when read back (joined from users); ignored on insert
  std::string name;        // what the token is for, e.g. "nightly export"
  std::string created_by;  // the admin's login, or "cli"
  Instant created_at;
  std::optional<Instant> revoked_at;
};

}  // namespace duecall::app
