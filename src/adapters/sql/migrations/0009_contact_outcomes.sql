-- Contact outcomes and call minutes, and the outbox of e-mail that carries minutes to the
-- client's contact persons. Placeholders and conventions as in 0001_foundation.sql (checks
-- with OR, not IN).
--
-- A right-party contact may carry an outcome; a callback outcome carries the agreed time,
-- which lies after the contact. minutes is a JSON object (spoke_with, identity_verified,
-- summary, notes: domain/contact_minutes.hpp), NULL when the operator wrote none.
-- operator_login is the enabled user who made the contact, NULL when it was entered from
-- the command line without one. The checks that span columns sit on the last column added,
-- since SQLite can only attach a check to a column it adds.
ALTER TABLE contacts ADD COLUMN outcome TEXT CHECK (
  outcome IS NULL OR outcome = 'promise' OR outcome = 'plan' OR outcome = 'settlement' OR
  outcome = 'extension' OR outcome = 'dispute' OR outcome = 'refusal' OR
  outcome = 'callback' OR outcome = 'already_paid' OR outcome = 'hardship');
ALTER TABLE contacts ADD COLUMN callback_at_us {bigint} CHECK (
  callback_at_us IS NULL OR (outcome = 'callback' AND callback_at_us > occurred_at_us));
ALTER TABLE contacts ADD COLUMN operator_login TEXT;
ALTER TABLE contacts ADD COLUMN minutes TEXT CHECK (
  (outcome IS NULL OR result = 'right_party') AND
  (outcome IS NULL OR outcome <> 'callback' OR callback_at_us IS NOT NULL));

-- E-mail to be sent, written in the same transaction as what it reports, and sent after
-- that transaction commits; a failed attempt leaves the row queued with its error, so
-- `mail flush` can retry it. message is the complete RFC 5322 message as composed, and
-- sha256 its digest (hex), so that the timeline can say exactly what went out. A sender
-- claims a queued row with a lease before sending, so that two senders never send one
-- message twice. recipients is a JSON array of bare addresses (the SMTP envelope).
CREATE TABLE mail_outbox (
  id {id},
  case_id {bigint} NOT NULL REFERENCES cases (id),
  contact_id {bigint} REFERENCES contacts (id),
  kind TEXT NOT NULL CHECK (kind = 'contact_minutes'),
  message_id TEXT NOT NULL UNIQUE,
  mail_from TEXT NOT NULL,
  recipients TEXT NOT NULL,
  subject TEXT NOT NULL,
  message TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status = 'queued' OR status = 'sent'),
  attempts {bigint} NOT NULL CHECK (attempts >= 0),
  last_error TEXT NOT NULL,
  created_at_us {bigint} NOT NULL,
  last_attempt_at_us {bigint},
  lease_until_us {bigint},
  sent_at_us {bigint},
  CHECK ((status = 'sent') = (sent_at_us IS NOT NULL))
) {strict};
CREATE INDEX mail_outbox_by_status ON mail_outbox (status, id);
CREATE INDEX mail_outbox_by_contact ON mail_outbox (contact_id);
