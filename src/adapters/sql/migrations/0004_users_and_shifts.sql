-- The people who sign in (users) and the shifts that operators and supervisors work.
-- Placeholders and conventions as in 0001_foundation.sql (checks with OR, not IN).

-- A user, never deleted (timelines name users as actors): disabling sets disabled_at_us.
-- password_hash is a self-describing argon2id string ($argon2id$v=19$m=...,t=...,p=1$salt$hash)
-- from libsodium's crypto_pwhash_str. A client user is bound to one creditor client; no
-- other role is. shift names a row of shifts, or of the standard plan while none is stored,
-- so it has no foreign key; the use cases keep it valid.
CREATE TABLE users (
  id {id},
  login TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role = 'operator' OR role = 'supervisor' OR role = 'admin' OR
                            role = 'client' OR role = 'auditor'),
  client_id {bigint} REFERENCES clients (id),
  shift TEXT,
  password_hash TEXT NOT NULL,
  created_at_us {bigint} NOT NULL,
  password_changed_at_us {bigint} NOT NULL,
  disabled_at_us {bigint},
  CHECK ((role = 'client' AND client_id IS NOT NULL) OR (role <> 'client' AND client_id IS NULL))
) {strict};

-- The shift plan: wall-clock intervals [start_minute, end_minute) of the working day, in
-- minutes since local midnight in time_zone (the same for every row). No rows means the
-- standard plan (domain/shift_plan.hpp); `duecall shift set` replaces all rows at once.
CREATE TABLE shifts (
  name TEXT NOT NULL PRIMARY KEY,
  start_minute {bigint} NOT NULL CHECK (start_minute >= 0 AND start_minute < 1440),
  end_minute {bigint} NOT NULL CHECK (end_minute > start_minute AND end_minute <= 1440),
  time_zone TEXT NOT NULL
) {strict};
