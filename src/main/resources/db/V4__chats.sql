-- Chat adapters: updates seen (so a restart neither drops nor re-answers), answers given
-- (for the Quotes button and feedback), feedback, and digest subscriptions.
CREATE TABLE chat_updates (
  source      TEXT    NOT NULL,
  update_id   INTEGER NOT NULL,
  state       TEXT    NOT NULL,
  received_at TEXT    NOT NULL,
  payload     TEXT    NOT NULL,
  PRIMARY KEY (source, update_id)
);

CREATE TABLE answers_given (
  id          INTEGER PRIMARY KEY,
  destination TEXT    NOT NULL,
  question    TEXT    NOT NULL,
  answer      TEXT    NOT NULL,
  created_at  TEXT    NOT NULL
);

CREATE TABLE feedback (
  answer_id INTEGER NOT NULL REFERENCES answers_given(id),
  user_id   TEXT    NOT NULL,
  vote      INTEGER NOT NULL,
  at        TEXT    NOT NULL,
  PRIMARY KEY (answer_id, user_id)
);

CREATE TABLE subscriptions (
  destination TEXT PRIMARY KEY,
  created_at  TEXT NOT NULL,
  local_time  TEXT NOT NULL,
  zone        TEXT NOT NULL
);
