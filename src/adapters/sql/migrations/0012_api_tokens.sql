-- API tokens: long-lived bearer credentials for scripts and integrations, each acting as one
-- user. Placeholders and conventions as in 0001_foundation.sql.
--
-- Like a session, a token is stored only as the SHA-256 of its secret (hex); the secret is
-- shown once when the token is created. A token is never deleted, so that the list says who
-- made it and when it was revoked; revoked_at_us set means it no longer works. It works only
-- while its user is enabled, checked on every request.
CREATE TABLE api_tokens (
  id {id},
  token_sha256 TEXT NOT NULL UNIQUE,
  user_id {bigint} NOT NULL REFERENCES users (id),
  name TEXT NOT NULL CHECK (length(name) > 0),
  created_by TEXT NOT NULL,
  created_at_us {bigint} NOT NULL,
  revoked_at_us {bigint}
) {strict};
CREATE INDEX api_tokens_by_user ON api_tokens (user_id);
