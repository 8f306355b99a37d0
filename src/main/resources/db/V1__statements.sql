-- Statements: the current version of each; earlier versions live in statement_versions.
CREATE TABLE statements (
  key          INTEGER PRIMARY KEY,
  id           TEXT    NOT NULL UNIQUE,
  content_hash TEXT    NOT NULL UNIQUE,
  title        TEXT    NOT NULL,
  publisher    TEXT    NOT NULL,
  author       TEXT,
  published    TEXT,
  url          TEXT,
  language     TEXT    NOT NULL,
  text         TEXT    NOT NULL,
  ingested_at  TEXT    NOT NULL,
  version      INTEGER NOT NULL
);
CREATE INDEX statements_url ON statements(url);
CREATE INDEX statements_published ON statements(published);

CREATE TABLE statement_versions (
  statement_key INTEGER NOT NULL REFERENCES statements(key) ON DELETE CASCADE,
  version       INTEGER NOT NULL,
  content_hash  TEXT    NOT NULL,
  title         TEXT    NOT NULL,
  text          TEXT    NOT NULL,
  ingested_at   TEXT    NOT NULL,
  PRIMARY KEY (statement_key, version)
);

-- Passages: the unit of retrieval, with character offsets into statements.text.
CREATE TABLE passages (
  id            INTEGER PRIMARY KEY,
  statement_key INTEGER NOT NULL REFERENCES statements(key) ON DELETE CASCADE,
  ordinal       INTEGER NOT NULL,
  start_char    INTEGER NOT NULL,
  end_char      INTEGER NOT NULL,
  text          TEXT    NOT NULL,
  UNIQUE (statement_key, ordinal)
);

CREATE VIEW passage_docs AS
  SELECT p.id AS id, p.text AS text, s.title AS title
  FROM passages p JOIN statements s ON s.key = p.statement_key;

-- Full-text index over passage text and statement title (external content: passage_docs).
CREATE VIRTUAL TABLE passages_fts USING fts5(
  text, title,
  content = 'passage_docs', content_rowid = 'id',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
