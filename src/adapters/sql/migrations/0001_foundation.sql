-- Clients, debtors, cases, claims, the case timeline and intake records.
-- Written once for both stores: {id}, {bigint}, {blob}, {strict} and
-- {strict_without_rowid} are replaced per dialect. Times are UTC microseconds since the
-- Unix epoch (*_at_us); civil dates are ISO 8601 text; money is integer minor units beside
-- an ISO 4217 code. Checks on enumerated columns are written with OR rather than IN: SQLite
-- evaluates a constant IN list through a temporary table on every insert.

CREATE TABLE clients (
  id {id},
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  country TEXT NOT NULL,
  currency TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  policy TEXT NOT NULL,
  created_at_us {bigint} NOT NULL
) {strict};

CREATE TABLE debtors (
  id {id},
  client_id {bigint} NOT NULL REFERENCES clients (id),
  ref TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind = 'person' OR kind = 'company'),
  name TEXT NOT NULL,
  national_id TEXT NOT NULL,
  address TEXT NOT NULL,
  postal_code TEXT NOT NULL,
  city TEXT NOT NULL,
  country TEXT NOT NULL,
  language TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  created_at_us {bigint} NOT NULL,
  updated_at_us {bigint} NOT NULL,
  UNIQUE (client_id, ref)
) {strict};

-- Ordered contact points of a debtor: phones (E.164 when valid) and e-mail addresses.
CREATE TABLE contact_points (
  debtor_id {bigint} NOT NULL REFERENCES debtors (id),
  channel TEXT NOT NULL CHECK (channel = 'phone' OR channel = 'email'),
  position {bigint} NOT NULL,
  value TEXT NOT NULL,
  raw TEXT NOT NULL,
  phone_type TEXT NOT NULL,
  valid {bigint} NOT NULL,
  PRIMARY KEY (debtor_id, channel, position)
) {strict_without_rowid};
CREATE INDEX contact_points_by_value ON contact_points (value);

CREATE TABLE cases (
  id {id},
  client_id {bigint} NOT NULL REFERENCES clients (id),
  debtor_id {bigint} NOT NULL UNIQUE REFERENCES debtors (id),
  status TEXT NOT NULL CHECK (status = 'open' OR status = 'closed'),
  stage TEXT NOT NULL,
  opened_at_us {bigint} NOT NULL
) {strict};
CREATE INDEX cases_by_client ON cases (client_id, status);

CREATE TABLE claims (
  id {id},
  client_id {bigint} NOT NULL REFERENCES clients (id),
  case_id {bigint} NOT NULL REFERENCES cases (id),
  debtor_id {bigint} NOT NULL REFERENCES debtors (id),
  client_ref TEXT NOT NULL,
  claim_type TEXT NOT NULL,
  currency TEXT NOT NULL,
  principal_minor {bigint} NOT NULL CHECK (principal_minor >= 0),
  interest_minor {bigint} NOT NULL CHECK (interest_minor >= 0),
  fees_minor {bigint} NOT NULL CHECK (fees_minor >= 0),
  due_date TEXT NOT NULL,
  reminder_sent_on TEXT,
  status TEXT NOT NULL CHECK (status = 'open' OR status = 'paid' OR status = 'recalled'),
  placed_at_us {bigint} NOT NULL,
  updated_at_us {bigint} NOT NULL,
  UNIQUE (client_id, client_ref)
) {strict};
CREATE INDEX claims_by_case ON claims (case_id);

-- Append-only: rows are never updated or deleted. hash = SHA-256 over the event's fields
-- and prev_hash (see domain/timeline.hpp).
CREATE TABLE timeline_events (
  id {id},
  case_id {bigint} NOT NULL REFERENCES cases (id),
  seq {bigint} NOT NULL,
  kind TEXT NOT NULL,
  occurred_at_us {bigint} NOT NULL,
  actor TEXT NOT NULL,
  payload TEXT NOT NULL,
  prev_hash {blob} NOT NULL,
  hash {blob} NOT NULL,
  UNIQUE (case_id, seq)
) {strict};

CREATE TABLE imports (
  id {id},
  client_id {bigint} NOT NULL REFERENCES clients (id),
  file_name TEXT NOT NULL,
  file_sha256 TEXT NOT NULL,
  rows_read {bigint} NOT NULL,
  imported {bigint} NOT NULL,
  updated {bigint} NOT NULL,
  unchanged {bigint} NOT NULL,
  rejected {bigint} NOT NULL,
  cases_created {bigint} NOT NULL,
  started_at_us {bigint} NOT NULL,
  finished_at_us {bigint} NOT NULL
) {strict};
