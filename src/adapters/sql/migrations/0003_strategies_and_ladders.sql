-- The contact strategy: each client's versioned strategy documents, where every case stands
-- on its ladder, the one action the strategy wants next for each case, and a record of
-- every strategy run. Placeholders and conventions as in 0001_foundation.sql.

-- Versions count from 1 per client; a row is never changed or deleted, so a case can
-- always be explained by the version it started under.
CREATE TABLE strategies (
  client_id {bigint} NOT NULL REFERENCES clients (id),
  version {bigint} NOT NULL CHECK (version >= 1),
  document TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  created_at_us {bigint} NOT NULL,
  created_by TEXT NOT NULL,
  PRIMARY KEY (client_id, version)
) {strict_without_rowid};

-- Written by the strategy run. attempts_us lists the instants (UTC microseconds, comma-
-- separated, oldest first) of the attempts made on the current step. last_contact_id is
-- the newest contact already applied to the ladder.
CREATE TABLE case_ladders (
  case_id {bigint} NOT NULL PRIMARY KEY REFERENCES cases (id),
  strategy_version {bigint} NOT NULL CHECK (strategy_version >= 1),
  segment TEXT NOT NULL,
  step_index {bigint} NOT NULL CHECK (step_index >= 0),
  step_started_at_us {bigint} NOT NULL,
  attempts_us TEXT NOT NULL,
  standing TEXT NOT NULL,
  notice_sent_at_us {bigint},
  agreement TEXT NOT NULL CHECK (agreement = 'none' OR agreement = 'active' OR
                                 agreement = 'broken'),
  agreement_made_at_us {bigint},
  agreement_broken_at_us {bigint},
  resume_step {bigint},
  handed_over_at_us {bigint},
  returned_to_client_at_us {bigint},
  last_contact_id {bigint} NOT NULL,
  evaluated_at_us {bigint} NOT NULL
) {strict_without_rowid};

-- At most one per case. contactable_from is due_at when the compliance gate allowed the
-- contact at evaluation, the gate's earliest allowed instant when it refused, and NULL
-- when it will not allow while the facts stay as they are; blocked_by names the refusing
-- rules. The lease columns belong to the work queue; the strategy run leaves them alone.
CREATE TABLE due_actions (
  case_id {bigint} NOT NULL PRIMARY KEY REFERENCES cases (id),
  client_id {bigint} NOT NULL,
  strategy_version {bigint} NOT NULL,
  segment TEXT NOT NULL,
  step_index {bigint} NOT NULL,
  step_name TEXT NOT NULL,
  channel TEXT NOT NULL,
  attempt_number {bigint} NOT NULL,
  attempts {bigint} NOT NULL,
  due_at_us {bigint} NOT NULL,
  deadline_us {bigint},
  contactable_from_us {bigint},
  blocked_by TEXT NOT NULL,
  evaluated_at_us {bigint} NOT NULL,
  lease_owner TEXT,
  lease_until_us {bigint}
) {strict_without_rowid};
CREATE INDEX due_actions_by_client ON due_actions (client_id, channel, due_at_us);

CREATE TABLE strategy_runs (
  id {id},
  client_id {bigint} REFERENCES clients (id),
  evaluated_at_us {bigint} NOT NULL,
  started_at_us {bigint} NOT NULL,
  finished_at_us {bigint} NOT NULL,
  cases {bigint} NOT NULL,
  report TEXT NOT NULL
) {strict};
