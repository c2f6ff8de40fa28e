// Fresh secrets for a session: the bearer token that goes into the cookie and the CSRF
// token, each 32 bytes from libsodium's CSPRNG, written as 64 hex digits.
#pragma once

#include "app/sessions.hpp"

namespace duecall::adapters::http {

app::NewSessionTokens new_session_tokens();

}  // namespace duecall::adapters::http
