-- Every message sent for a piece of chat work (a Telegram update, a Slack event), one row a
-- part: 'sending' is committed before the platform is called, 'sent' with the platform's
-- message id after, so a restart knows which parts went out, which did not, and which are in
-- doubt. The digest keeps the same for the part of a delivery under way.
CREATE TABLE chat_sends (
  source     TEXT    NOT NULL,
  work_key   INTEGER NOT NULL,
  part       INTEGER NOT NULL,
  state      TEXT    NOT NULL,
  message_id TEXT,
  updated_at TEXT    NOT NULL,
  PRIMARY KEY (source, work_key, part)
);
ALTER TABLE digest_deliveries ADD COLUMN sending_part INTEGER;
ALTER TABLE digest_deliveries ADD COLUMN last_message_id TEXT;
