-- KPI targets and what the KPI report reads by time. Placeholders and conventions as in
-- 0001_foundation.sql (checks with OR, not IN).
--
-- A user may belong to a team (operators and supervisors only; the use cases keep it so).
-- A team is only a name: it has no table of its own, so that naming one is enough to set
-- its target before anybody is put in it.
ALTER TABLE users ADD COLUMN team TEXT;

-- Minimum calls and agreements per working day, per client and per team. Setting a target
-- again replaces it (the report reads the one in force when it runs).
CREATE TABLE client_kpi_targets (
  client_id {bigint} NOT NULL PRIMARY KEY REFERENCES clients (id),
  calls_per_day {bigint} NOT NULL CHECK (calls_per_day >= 0),
  agreements_per_day {bigint} NOT NULL CHECK (agreements_per_day >= 0),
  set_at_us {bigint} NOT NULL,
  set_by TEXT NOT NULL
) {strict};

CREATE TABLE team_kpi_targets (
  team TEXT NOT NULL PRIMARY KEY,
  calls_per_day {bigint} NOT NULL CHECK (calls_per_day >= 0),
  agreements_per_day {bigint} NOT NULL CHECK (agreements_per_day >= 0),
  set_at_us {bigint} NOT NULL,
  set_by TEXT NOT NULL
) {strict};

-- The report reads a period of contacts, agreements made or ended, cases taken in and
-- payments booked; without these it would scan each whole table.
CREATE INDEX contacts_by_time ON contacts (occurred_at_us);
CREATE INDEX agreements_by_created ON agreements (created_at_us);
CREATE INDEX agreements_by_ended ON agreements (ended_at_us);
CREATE INDEX agreements_by_claim ON agreements (claim_id);
CREATE INDEX cases_by_opened ON cases (opened_at_us);
CREATE INDEX payments_by_booking_date ON payments (booking_date);
