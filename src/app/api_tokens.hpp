// API tokens: bearer credentials for scripts and integrations. A token acts as the user it
// was made for, with that user's role and client, on every signed-in route; it needs no
// CSRF token, since no browser sends it on its own.
//
// The caller draws the secret from a cryptographic random source (an input, so that this
// code stays free of I/O); only its SHA-256 is stored, and the secret is shown once. A token
// works until it is revoked, and only while its user is enabled: every request reads the
// user again, so disabling a user stops their tokens at once.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/ports.hpp"

namespace duecall::app {

inline constexpr std::size_t kApiTokenNameLengthMax = 100;

struct ApiTokenRequest {
  std::string login;       // whom the token acts as
  std::string name;        // what it is for, 1 to kApiTokenNameLengthMax characters
  std::string created_by;  // the admin's login, or "cli"
};

// Stores a token for `secret`; kNotFound for an unknown login, kFailedPrecondition for a
// disabled user, kInvalidArgument for an empty or overlong name.
Result<ApiTokenRecord> create_api_token(Store& store, const Clock& clock,
                                        const ApiTokenRequest& request, std::string_view secret);

// Every token, revoked ones too, in the order they were made.
Result<std::vector<ApiTokenRecord>> list_api_tokens(Store& store);

// Revokes a working token; kNotFound when there is no such token or it is revoked already.
Status revoke_api_token(Store& store, const Clock& clock, std::int64_t id);

// The enabled user behind an unrevoked token, or nothing.
Result<std::optional<domain::User>> find_api_token_user(Store& store, std::string_view secret);

// The stored form of a token's secret.
std::string api_token_hash(std::string_view secret);

}  // namespace duecall::app
