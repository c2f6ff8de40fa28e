-- What the compliance gate needs besides the case itself: holds that forbid contact, the
-- do-not-call list, and the record of contact attempts that caps and pauses count.
-- Placeholders and conventions as in 0001_foundation.sql (checks with OR, not IN).

-- A hold on a debtor's whole case (claim_id NULL) or on one of its claims. Rows are never
-- deleted: lifting sets lifted_at_us, so the record shows when contact was forbidden.
CREATE TABLE holds (
  id {id},
  case_id {bigint} NOT NULL REFERENCES cases (id),
  claim_id {bigint} REFERENCES claims (id),
  kind TEXT NOT NULL CHECK (kind = 'dispute' OR kind = 'cease' OR kind = 'deceased' OR
                            kind = 'insolvency' OR kind = 'lawyer'),
  note TEXT NOT NULL,
  placed_at_us {bigint} NOT NULL,
  lifted_at_us {bigint},
  placed_by TEXT NOT NULL,
  CHECK (lifted_at_us IS NULL OR lifted_at_us >= placed_at_us)
) {strict};
CREATE INDEX holds_by_case ON holds (case_id);

-- Numbers (E.164) that must not be called or texted, whoever's debtor they belong to.
-- Intake never touches this table, so an entry survives every re-import of claims;
-- removing a number deletes its row (the case timelines keep the history).
CREATE TABLE do_not_call (
  number TEXT NOT NULL PRIMARY KEY,
  reason TEXT NOT NULL,
  added_at_us {bigint} NOT NULL
) {strict};

-- Every contact attempt about a case (or one of its claims), as the caps count them.
CREATE TABLE contacts (
  id {id},
  case_id {bigint} NOT NULL REFERENCES cases (id),
  claim_id {bigint} REFERENCES claims (id),
  channel TEXT NOT NULL CHECK (channel = 'call' OR channel = 'sms' OR channel = 'whatsapp' OR
                               channel = 'email' OR channel = 'letter'),
  to_address TEXT NOT NULL,
  result TEXT NOT NULL CHECK (result = 'no_answer' OR result = 'busy' OR result = 'voicemail' OR
                              result = 'wrong_number' OR result = 'third_party' OR
                              result = 'right_party'),
  abandoned {bigint} NOT NULL CHECK (abandoned = 0 OR abandoned = 1),
  occurred_at_us {bigint} NOT NULL,
  actor TEXT NOT NULL
) {strict};
CREATE INDEX contacts_by_case ON contacts (case_id, occurred_at_us);
