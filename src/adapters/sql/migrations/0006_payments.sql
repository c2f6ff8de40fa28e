-- Payment posting: bank statement entries, what they were allocated to, and to-do items.
-- Placeholders and conventions as in 0001_foundation.sql (checks with OR, not IN).
--
-- payments: one row per credit entry ever imported, matched or not. entry_ref is the
-- bank's reference for the entry (NtryRef, AcctSvcrRef or the CSV's entry_ref) and is
-- unique across the installation: importing a statement again inserts nothing (ON
-- CONFLICT DO NOTHING), also when two imports race on PostgreSQL. held_minor is the part
-- of a posted payment that no open balance took (an overpayment), kept for a refund or a
-- later claim rather than lost.
CREATE TABLE payments (
  id {id},
  entry_ref TEXT NOT NULL UNIQUE,
  client_id {bigint} REFERENCES clients (id),
  booking_date TEXT NOT NULL,
  value_date TEXT NOT NULL,
  amount_minor {bigint} NOT NULL CHECK (amount_minor > 0),
  currency TEXT NOT NULL,
  debtor_name TEXT NOT NULL,
  debtor_iban TEXT NOT NULL,
  remittance TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome = 'posted' OR outcome = 'unmatched'),
  matched_claim_id {bigint} REFERENCES claims (id),
  case_id {bigint} REFERENCES cases (id),
  held_minor {bigint} NOT NULL CHECK (held_minor >= 0 AND held_minor <= amount_minor),
  file_name TEXT NOT NULL,
  imported_at_us {bigint} NOT NULL
) {strict};
CREATE INDEX payments_by_case ON payments (case_id);

-- Append-only. A claim's open balance per bucket is its placed amount minus the sum of
-- these rows, so that the claim file's re-import (which rewrites the placed amounts) never
-- undoes a payment.
CREATE TABLE payment_allocations (
  payment_id {bigint} NOT NULL REFERENCES payments (id),
  claim_id {bigint} NOT NULL REFERENCES claims (id),
  bucket TEXT NOT NULL CHECK (bucket = 'fees' OR bucket = 'interest' OR bucket = 'principal'),
  amount_minor {bigint} NOT NULL CHECK (amount_minor > 0),
  PRIMARY KEY (payment_id, claim_id, bucket)
) {strict};
CREATE INDEX payment_allocations_by_claim ON payment_allocations (claim_id);

-- Work a person must do. Payment posting adds kind 'unmatched_payment'; the to-do list
-- adds broken promises, callbacks and approvals. payload is a JSON object with the kind's
-- details. An item is open until done_at_us is set.
CREATE TABLE todo_items (
  id {id},
  kind TEXT NOT NULL,
  case_id {bigint} REFERENCES cases (id),
  claim_ref TEXT,
  amount_minor {bigint},
  currency TEXT,
  operator_login TEXT,
  due_at_us {bigint},
  created_at_us {bigint} NOT NULL,
  done_at_us {bigint},
  done_outcome TEXT,
  payload TEXT NOT NULL
) {strict};
CREATE INDEX todo_items_open ON todo_items (kind, done_at_us);
