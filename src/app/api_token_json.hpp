// An API token as `token list --json` and GET /api/tokens print it: id, login, name,
// created_by, created_at, revoked_at (null while it works). Never its secret or hash; only
// creation prints the secret, once, under "token". Keys are only ever added, never renamed.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "app/api_token_records.hpp"

namespace duecall::app {

nlohmann::json api_token_json(const ApiTokenRecord& token);
// The answer to creating a token: api_token_json plus the secret under "token".
nlohmann::json created_api_token_json(const ApiTokenRecord& token, const std::string& secret);

}  // namespace duecall::app
