-- Agreements with debtors: promises, instalment plans, settlements, extensions and reduced
-- interest, each about one claim, and the schedule of payments each one expects.
-- Placeholders and conventions as in 0001_foundation.sql.
--
-- terms is the JSON of domain::terms_to_json; outside_floors is a JSON array of the
-- client's floors the terms break ({"floor", "reason"}), empty when it was active at once.
-- A row is never deleted: its state moves from active or pending_approval to kept,
-- broken or cancelled, and the timeline keeps every change.
CREATE TABLE agreements (
  id {id},
  case_id {bigint} NOT NULL REFERENCES cases (id),
  claim_id {bigint} NOT NULL REFERENCES claims (id),
  kind TEXT NOT NULL CHECK (kind = 'promise' OR kind = 'plan' OR kind = 'settlement' OR
                            kind = 'extension' OR kind = 'reduced_interest'),
  state TEXT NOT NULL CHECK (state = 'active' OR state = 'pending_approval' OR state = 'kept' OR
                             state = 'broken' OR state = 'cancelled'),
  currency TEXT NOT NULL,
  terms TEXT NOT NULL,
  outside_floors TEXT NOT NULL,
  operator_login TEXT NOT NULL,
  created_at_us {bigint} NOT NULL,
  activated_at_us {bigint},
  decided_by TEXT NOT NULL,
  decided_at_us {bigint},
  decision_reason TEXT NOT NULL,
  ended_by TEXT NOT NULL,
  ended_at_us {bigint},
  end_reason TEXT NOT NULL
) {strict};
CREATE INDEX agreements_by_case ON agreements (case_id);
CREATE INDEX agreements_by_state ON agreements (state);

-- The payments an agreement expects, seq from 1 in due-date order: one for a promise, a
-- settlement or an extension, one per instalment of a plan, none for reduced interest.
CREATE TABLE agreement_instalments (
  agreement_id {bigint} NOT NULL REFERENCES agreements (id),
  seq {bigint} NOT NULL CHECK (seq >= 1),
  due_date TEXT NOT NULL,
  amount_minor {bigint} NOT NULL CHECK (amount_minor > 0),
  currency TEXT NOT NULL,
  PRIMARY KEY (agreement_id, seq)
) {strict_without_rowid};
