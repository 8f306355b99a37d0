-- Conversation memory: the last turns of each conversation (a Telegram chat, a Slack
-- thread, a terminal session), so follow-up questions can be understood after a restart.
CREATE TABLE conversation_turns (
  id              INTEGER PRIMARY KEY,
  conversation_id TEXT    NOT NULL,
  asked_at        TEXT    NOT NULL,
  question        TEXT    NOT NULL,
  standalone      TEXT    NOT NULL,
  answer          TEXT    NOT NULL
);
CREATE INDEX conversation_turns_by_conversation ON conversation_turns(conversation_id, id);
