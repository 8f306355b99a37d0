-- Embeddings: one per passage (passage_id set), or segments added through the
-- LangChain4j EmbeddingStore view (passage_id null, text and metadata set).
CREATE TABLE passage_vectors (
  key        INTEGER PRIMARY KEY,
  id         TEXT    NOT NULL UNIQUE,
  passage_id INTEGER UNIQUE REFERENCES passages(id) ON DELETE CASCADE,
  model      TEXT    NOT NULL,
  vector     BLOB    NOT NULL,
  text       TEXT,
  metadata   TEXT
);

-- Facts about the store itself, such as the embedding model its vectors come from.
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
