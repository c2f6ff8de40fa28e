#include "adapters/sql/sql_sessions.hpp"

namespace duecall::adapters::sql_sessions {
namespace {

Result<StatementScope> prepare(SqlConnection& db, const char* sql) {
  return StatementScope(TRY(db.prepare(sql)));
}

}  // namespace

Status insert_session(SqlConnection& db, const app::SessionRecord& session) {
  auto statement = TRY(prepare(db,
                               "INSERT INTO sessions (token_sha256, user_id, csrf_token, "
                               "created_at_us, expires_at_us) VALUES (?, ?, ?, ?, ?)"));
  statement.bind(1, session.token_sha256)
      .bind(2, session.user_id.value)
      .bind(3, session.csrf_token)
      .bind(4, to_unix_micros(session.created_at))
      .bind(5, to_unix_micros(session.expires_at));
  return statement.run();
}

Result<std::optional<app::SessionRecord>> find_session(SqlConnection& db,
                                                       std::string_view token_sha256) {
  auto statement = TRY(prepare(db,
                               "SELECT s.user_id, u.login, s.csrf_token, s.created_at_us, "
                               "s.expires_at_us FROM sessions s JOIN users u ON u.id = s.user_id "
                               "WHERE s.token_sha256 = ?"));
  statement.bind(1, token_sha256);
  if (!TRY(statement.step())) return std::optional<app::SessionRecord>();
  app::SessionRecord session{.token_sha256 = std::string(token_sha256),
                             .user_id = UserId{statement.column_int(0)},
                             .user_login = statement.column_text(1),
                             .csrf_token = statement.column_text(2),
                             .created_at = from_unix_micros(statement.column_int(3)),
                             .expires_at = from_unix_micros(statement.column_int(4))};
  // Step past the single row so the statement completes before it is reset.
  TRY(statement.step());
  return std::optional<app::SessionRecord>(std::move(session));
}

Result<bool> delete_session(SqlConnection& db, std::string_view token_sha256) {
  auto statement =
      TRY(prepare(db, "DELETE FROM sessions WHERE token_sha256 = ? RETURNING token_sha256"));
  statement.bind(1, token_sha256);
  bool deleted = TRY(statement.step());
  if (deleted) TRY(statement.step());
  return deleted;
}

Status delete_sessions_expired_before(SqlConnection& db, UserId user, Instant now) {
  auto statement =
      TRY(prepare(db, "DELETE FROM sessions WHERE user_id = ? AND expires_at_us <= ?"));
  statement.bind(1, user.value).bind(2, to_unix_micros(now));
  return statement.run();
}

Status record_sign_in_failure(SqlConnection& db, std::string_view login, Instant at) {
  auto statement =
      TRY(prepare(db, "INSERT INTO sign_in_failures (login, failed_at_us) VALUES (?, ?)"));
  statement.bind(1, login).bind(2, to_unix_micros(at));
  return statement.run();
}

Result<std::vector<Instant>> sign_in_failures_since(SqlConnection& db, std::string_view login,
                                                    Instant since) {
  auto statement = TRY(prepare(db,
                               "SELECT failed_at_us FROM sign_in_failures WHERE login = ? AND "
                               "failed_at_us >= ? ORDER BY failed_at_us"));
  statement.bind(1, login).bind(2, to_unix_micros(since));
  std::vector<Instant> failures;
  while (TRY(statement.step())) failures.push_back(from_unix_micros(statement.column_int(0)));
  return failures;
}

Status clear_sign_in_failures(SqlConnection& db, std::string_view login) {
  auto statement = TRY(prepare(db, "DELETE FROM sign_in_failures WHERE login = ?"));
  statement.bind(1, login);
  return statement.run();
}

}  // namespace duecall::adapters::sql_sessions
