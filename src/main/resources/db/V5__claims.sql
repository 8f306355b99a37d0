-- Attribution claims extracted from each statement: who attributed what to whom, when, how,
-- and the evidence as character offsets into the statement's current text. Replaced
-- whenever the statement changes or the claims are re-extracted.
CREATE TABLE claims (
  id              INTEGER PRIMARY KEY,
  statement_key   INTEGER NOT NULL REFERENCES statements(key) ON DELETE CASCADE,
  ordinal         INTEGER NOT NULL,
  attributor      TEXT    NOT NULL,
  actor           TEXT,
  actor_canonical TEXT,
  sponsor         TEXT,
  sponsor_state   TEXT,
  targets         TEXT    NOT NULL,
  activity        TEXT,
  made_in         TEXT,
  stance          TEXT    NOT NULL,
  evidence_start  INTEGER NOT NULL,
  evidence_end    INTEGER NOT NULL,
  evidence        TEXT    NOT NULL,
  UNIQUE (statement_key, ordinal)
);

CREATE INDEX claims_actor ON claims (actor_canonical COLLATE NOCASE);
CREATE INDEX claims_sponsor ON claims (sponsor COLLATE NOCASE);
CREATE INDEX claims_sponsor_state ON claims (sponsor_state COLLATE NOCASE);
CREATE INDEX claims_attributor ON claims (attributor COLLATE NOCASE);
CREATE INDEX claims_statement ON claims (statement_key);
CREATE INDEX claims_stance ON claims (stance);
