// Fresh secrets for a session (the bearer token that goes into the cookie and the CSRF
// token) and for an API token, each 32 bytes from libsodium's CSPRNG, written as 64 hex
// digits. An API token's secret starts with "dct_", so that secret scanners and people can
// tell it apart from a session token.
#pragma once

#include <string>

#include "app/sessions.hpp"

namespace duecall::adapters::http {

app::NewSessionTokens new_session_tokens();
std::string new_api_token_secret();

}  // namespace duecall::adapters::http
