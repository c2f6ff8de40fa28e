-- Dialer campaigns, their state changes and their dial attempts. Placeholders and
-- conventions as in 0001_foundation.sql.
--
-- A campaign works the due calls of one or more clients (campaign_clients). Its mode is
-- stored as text (preview, progressive, predictive) so that pacing code reads it without
-- the schema knowing how it paces; the abandonment cap is in basis points (300 = 3 %).
-- campaign_state_changes is append-only: who moved a campaign from which state to which,
-- and when. campaign_attempts keeps one row per dial attempt for abandonment accounting;
-- the number dialled is stored only as the SHA-256 (hex) of its E.164 form.
CREATE TABLE campaigns (
  id {id},
  name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
  mode TEXT NOT NULL CHECK (mode = 'preview' OR mode = 'progressive' OR mode = 'predictive'),
  abandon_cap_bp {bigint} NOT NULL CHECK (abandon_cap_bp >= 0 AND abandon_cap_bp <= 10000),
  caller_id TEXT NOT NULL,
  state TEXT NOT NULL
    CHECK (state = 'created' OR state = 'running' OR state = 'paused' OR state = 'stopped'),
  created_at_us {bigint} NOT NULL,
  created_by TEXT NOT NULL,
  updated_at_us {bigint} NOT NULL,
  updated_by TEXT NOT NULL
) {strict};

CREATE TABLE campaign_clients (
  campaign_id {bigint} NOT NULL REFERENCES campaigns (id),
  client_id {bigint} NOT NULL REFERENCES clients (id),
  PRIMARY KEY (campaign_id, client_id)
) {strict_without_rowid};

CREATE TABLE campaign_state_changes (
  id {id},
  campaign_id {bigint} NOT NULL REFERENCES campaigns (id),
  from_state TEXT NOT NULL,
  to_state TEXT NOT NULL,
  changed_at_us {bigint} NOT NULL,
  changed_by TEXT NOT NULL
) {strict};
CREATE INDEX campaign_state_changes_by_campaign ON campaign_state_changes (campaign_id, id);

CREATE TABLE campaign_attempts (
  id {id},
  campaign_id {bigint} NOT NULL REFERENCES campaigns (id),
  case_id {bigint} NOT NULL REFERENCES cases (id),
  number_sha256 TEXT NOT NULL,
  placed_at_us {bigint} NOT NULL,
  answered_at_us {bigint},
  connected_at_us {bigint},
  abandoned_at_us {bigint},
  ended_at_us {bigint},
  result TEXT NOT NULL
) {strict};
CREATE INDEX campaign_attempts_by_campaign ON campaign_attempts (campaign_id, placed_at_us);
