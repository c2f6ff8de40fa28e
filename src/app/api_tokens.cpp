#include "app/api_tokens.hpp"

#include "core/sha256.hpp"

namespace duecall::app {

std::string api_token_hash(std::string_view secret) { return to_hex(Sha256::of(secret)); }

Result<ApiTokenRecord> create_api_token(Store& store, const Clock& clock,
                                        const ApiTokenRequest& request, std::string_view secret) {
  if (request.name.empty() || request.name.size() > kApiTokenNameLengthMax) {
    return Error::invalid_argument("a token's name says what it is for, in 1 to " +
                                   std::to_string(kApiTokenNameLengthMax) + " characters");
  }
  auto login = TRY(domain::normalize_login(request.login));
  auto transaction = TRY(store.begin());
  auto user = TRY(transaction->find_user(login));
  if (!user) return Error::not_found("no user with login " + login);
  if (user->disabled()) {
    return Error::failed_precondition("user " + login + " is disabled; a token would not work");
  }
  ApiTokenRecord token{.token_sha256 = api_token_hash(secret),
                       .user_id = user->id,
                       .user_login = user->login,
                       .name = request.name,
                       .created_by = request.created_by,
                       .created_at = clock.now()};
  token.id = TRY(transaction->insert_api_token(token));
  TRY(transaction->commit());
  return token;
}

Result<std::vector<ApiTokenRecord>> list_api_tokens(Store& store) {
  auto transaction = TRY(store.begin());
  auto tokens = TRY(transaction->list_api_tokens());
  TRY(transaction->commit());
  return tokens;
}

Status revoke_api_token(Store& store, const Clock& clock, std::int64_t id) {
  auto transaction = TRY(store.begin());
  if (!TRY(transaction->revoke_api_token(id, clock.now()))) {
    return Error::not_found("no working API token " + std::to_string(id));
  }
  return transaction->commit();
}

Result<std::optional<domain::User>> find_api_token_user(Store& store, std::string_view secret) {
  auto transaction = TRY(store.begin());
  auto token = TRY(transaction->find_api_token(api_token_hash(secret)));
  if (!token || token->revoked_at) return std::optional<domain::User>();
  auto user = TRY(transaction->find_user(token->user_login));
  TRY(transaction->commit());
  if (!user || user->disabled()) return std::optional<domain::User>();
  return user;
}

}  // namespace duecall::app
