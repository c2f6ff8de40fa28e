#include "app/api_token_json.hpp"

namespace duecall::app {

nlohmann::json api_token_json(const ApiTokenRecord& token) {
  return {{"id", token.id},
          {"login", token.user_login},
          {"name", token.name},
          {"created_by", token.created_by},
          {"created_at", format_iso8601(token.created_at)},
          {"revoked_at", token.revoked_at ? nlohmann::json(format_iso8601(*token.revoked_at))
                                          : nlohmann::json(nullptr)}};
}

nlohmann::json created_api_token_json(const ApiTokenRecord& token, const std::string& secret) {
  nlohmann::json out = api_token_json(token);
  out["token"] = secret;
  return out;
}

}  // namespace duecall::app
