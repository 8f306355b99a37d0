-- The daily digest: whether a subscription is still served (a destination that is gone is
-- disabled, with the reason), and one row per (destination, period) delivery, claimed before
-- the first message goes out and advanced after each one, so a crash neither skips nor
-- repeats a destination.
ALTER TABLE subscriptions ADD COLUMN enabled INTEGER NOT NULL DEFAULT 1;
ALTER TABLE subscriptions ADD COLUMN disabled_reason TEXT;
ALTER TABLE subscriptions ADD COLUMN disabled_at TEXT;

CREATE TABLE digest_deliveries (
  destination   TEXT    NOT NULL,
  period        TEXT    NOT NULL,
  state         TEXT    NOT NULL,
  window_start  TEXT    NOT NULL,
  window_end    TEXT    NOT NULL,
  parts_total   INTEGER NOT NULL DEFAULT 0,
  parts_sent    INTEGER NOT NULL DEFAULT 0,
  attempts      INTEGER NOT NULL DEFAULT 0,
  next_attempt  TEXT,
  last_error    TEXT,
  created_at    TEXT    NOT NULL,
  updated_at    TEXT    NOT NULL,
  PRIMARY KEY (destination, period)
);
CREATE INDEX digest_deliveries_end ON digest_deliveries(destination, window_end);
CREATE INDEX statements_ingested ON statements(ingested_at);
