-- Web sessions and failed sign-ins. Placeholders and conventions as in 0001_foundation.sql.
--
-- A session is stored only as the SHA-256 of its bearer token (hex), so that whoever reads
-- this table cannot sign in as anybody. The CSRF token is not a credential on its own (it is
-- useless without the cookie) and is kept as issued. Expired rows are ignored on reading and
-- removed when their user signs in again.
CREATE TABLE sessions (
  token_sha256 TEXT NOT NULL PRIMARY KEY,
  user_id {bigint} NOT NULL REFERENCES users (id),
  csrf_token TEXT NOT NULL,
  created_at_us {bigint} NOT NULL,
  expires_at_us {bigint} NOT NULL CHECK (expires_at_us > created_at_us)
) {strict};
CREATE INDEX sessions_by_user ON sessions (user_id);

-- One row per refused sign-in, by the login as typed (lower case); the throttle counts the
-- recent ones, so it holds across every process serving one database.
CREATE TABLE sign_in_failures (
  login TEXT NOT NULL,
  failed_at_us {bigint} NOT NULL
) {strict};
CREATE INDEX sign_in_failures_by_login ON sign_in_failures (login, failed_at_us);
