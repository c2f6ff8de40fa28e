-- Call scripts: what operators say on a collection call, per client, ladder step and
-- language. Placeholders and conventions as in 0001_foundation.sql.
--
-- Versions are numbered from 1 per (client, step, language) and never changed or
-- deleted: saving adds the next version, so what an operator read on a past call can
-- always be shown again. body is the script's canonical JSON (domain/call_script.hpp).
-- The step is not a foreign key: steps live in the client's strategy, which is data the
-- application checks (app/call_scripts.hpp).
CREATE TABLE call_scripts (
  id {id},
  client_id {bigint} NOT NULL REFERENCES clients (id),
  step TEXT NOT NULL,
  language TEXT NOT NULL,
  version {bigint} NOT NULL CHECK (version >= 1),
  body TEXT NOT NULL,
  saved_at_us {bigint} NOT NULL,
  saved_by TEXT NOT NULL,
  UNIQUE (client_id, step, language, version)
) {strict};
