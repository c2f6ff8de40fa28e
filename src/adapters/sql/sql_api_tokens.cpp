#include "adapters/sql/sql_api_tokens.hpp"

namespace duecall::adapters::sql_api_tokens {
namespace {

// Statements are cached by the address of their text, so each is one string literal.
#define SELECT_TOKENS                                                                    \
  "SELECT t.id, t.user_id, u.login, t.name, t.created_by, t.created_at_us, t.revoked_at_us " \
  "FROM api_tokens t JOIN users u ON u.id = t.user_id"

Result<StatementScope> prepare(SqlConnection& db, const char* sql) {
  return StatementScope(TRY(db.prepare(sql)));
}

// The row at the statement's cursor, laid out as SELECT_TOKENS.
app::ApiTokenRecord token_at(const StatementScope& statement) {
  app::ApiTokenRecord token{.id = statement.column_int(0),
                            .user_id = UserId{statement.column_int(1)},
                            .user_login = statement.column_text(2),
                            .name = statement.column_text(3),
                            .created_by = statement.column_text(4),
                            .created_at = from_unix_micros(statement.column_int(5))};
  if (!statement.column_is_null(6)) token.revoked_at = from_unix_micros(statement.column_int(6));
  return token;
}

}  // namespace

Result<std::int64_t> insert_api_token(SqlConnection& db, const app::ApiTokenRecord& token) {
  auto statement = TRY(prepare(db,
                               "INSERT INTO api_tokens (token_sha256, user_id, name, created_by, "
                               "created_at_us) VALUES (?, ?, ?, ?, ?) RETURNING id"));
  statement.bind(1, token.token_sha256)
      .bind(2, token.user_id.value)
      .bind(3, token.name)
      .bind(4, token.created_by)
      .bind(5, to_unix_micros(token.created_at));
  return statement.run_returning_id();
}

Result<std::optional<app::ApiTokenRecord>> find_api_token(SqlConnection& db,
                                                          std::string_view token_sha256) {
  auto statement =
      TRY(prepare(db, SELECT_TOKENS " WHERE t.token_sha256 = ?"));
  statement.bind(1, token_sha256);
  if (!TRY(statement.step())) return std::optional<app::ApiTokenRecord>();
  app::ApiTokenRecord token = token_at(statement);
  token.token_sha256 = std::string(token_sha256);
  // Step past the single row so the statement completes before it is reset.
  TRY(statement.step());
  return std::optional<app::ApiTokenRecord>(std::move(token));
}

Result<std::vector<app::ApiTokenRecord>> list_api_tokens(SqlConnection& db) {
  auto statement = TRY(prepare(db, SELECT_TOKENS " ORDER BY t.id"));
  std::vector<app::ApiTokenRecord> tokens;
  while (TRY(statement.step())) tokens.push_back(token_at(statement));
  return tokens;
}

Result<bool> revoke_api_token(SqlConnection& db, std::int64_t id, Instant at) {
  auto statement = TRY(prepare(db,
                               "UPDATE api_tokens SET revoked_at_us = ? WHERE id = ? AND "
                               "revoked_at_us IS NULL RETURNING id"));
  statement.bind(1, to_unix_micros(at)).bind(2, id);
  bool revoked = TRY(statement.step());
  if (revoked) TRY(statement.step());
  return revoked;
}

}  // namespace duecall::adapters::sql_api_tokens
