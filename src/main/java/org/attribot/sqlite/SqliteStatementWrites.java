package org.attribot.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.attribot.claim.Claim;
import org.attribot.ingest.SaveOutcome;
import org.attribot.ingest.StatementWrites;
import org.attribot.statement.Statement;

/**
 * Statements written: each save is one transaction over {@code statements}, {@code
 * statement_versions}, the passages and their index, the vectors and the claims, so a failure
 * leaves nothing partial; after it the caches and the in-memory vector index are brought up to date.
 */
final class SqliteStatementWrites implements StatementWrites {
  private static final String EXISTING = "SELECT key, id, version, title FROM statements WHERE ";

  private final Connections db;
  private final Generation generation;
  private final SqlitePassages passages;
  private final SqliteVectors vectors;
  private final SqliteClaims claims;
  private final Clock clock;

  SqliteStatementWrites(Connections db, Generation generation, SqlitePassages passages, SqliteVectors vectors,
      SqliteClaims claims, Clock clock) {
    this.db = db;
    this.generation = generation;
    this.passages = passages;
    this.vectors = vectors;
    this.claims = claims;
    this.clock = clock;
  }

  private record Existing(long key, String id, int version, String title) {}

  @Override
  public boolean hasContent(String contentHash) {
    return db.read("cannot look up content", c -> existing(c, "content_hash = ?", contentHash).isPresent());
  }

  @Override
  public SaveOutcome save(Statement statement, Embedded embedded, List<Claim> found) {
    synchronized (db.writeLock) {
      try {
        SaveOutcome outcome = db.transaction("cannot save statement " + statement.id(),
            c -> saveIn(c, statement, statement.contentHash(), embedded, found));
        vectors.committed(); // the in-memory index takes the transaction's vectors now, not before
        if (outcome.kind() != SaveOutcome.Kind.UNCHANGED) {
          generation.moveOn();
        }
        return outcome;
      } catch (RuntimeException e) {
        vectors.reset(); // the in-memory index forgets the rolled-back rows
        generation.moveOn();
        throw e;
      }
    }
  }

  @Override
  public boolean replaceClaims(long statementKey, String contentHash, List<Claim> found) {
    return db.transaction("cannot save the claims of statement " + statementKey, c -> {
      Optional<String> hash = Sql.first(c, "SELECT content_hash FROM statements WHERE key = ?", rs -> rs.getString(1),
          statementKey);
      if (hash.isEmpty() || !hash.get().equals(contentHash)) {
        return false;
      }
      claims.replace(c, statementKey, found);
      return true;
    });
  }

  private SaveOutcome saveIn(Connection c, Statement s, String hash, Embedded embedded, List<Claim> found) throws SQLException {
    Optional<Existing> sameContent = existing(c, "content_hash = ?", hash);
    if (sameContent.isPresent()) {
      Existing e = sameContent.get();
      return new SaveOutcome(SaveOutcome.Kind.UNCHANGED, e.id, e.version, e.id.equals(s.id()) ? null : e.id);
    }
    Optional<Existing> existing = existing(c, "id = ?", s.id());
    if (existing.isEmpty() && s.url() != null) {
      existing = existing(c, "url = ? ORDER BY key LIMIT 1", s.url());
    }
    String now = Instant.now(clock).toString();
    String published = s.published() == null ? null : s.published().toString();
    long key;
    int version;
    if (existing.isEmpty()) {
      version = 1;
      key = Sql.insert(c, "INSERT INTO statements (id, content_hash, title, publisher, author, published, url, language, text,"
          + " ingested_at, kind, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", s.id(), hash, s.title(), s.publisher(),
          s.author(), published, s.url(), s.language(), s.text(), now, s.kind().label());
    } else {
      Existing e = existing.get();
      key = e.key;
      version = e.version + 1;
      vectors.forgetPassages(key);
      passages.delete(c, key, e.title);
      Sql.update(c, "UPDATE statements SET id = ?, content_hash = ?, title = ?, publisher = ?, author = ?, published = ?,"
          + " url = ?, language = ?, text = ?, ingested_at = ?, kind = ?, version = ? WHERE key = ?", s.id(), hash, s.title(),
          s.publisher(), s.author(), published, s.url(), s.language(), s.text(), now, s.kind().label(), version, key);
    }
    Sql.update(c, "INSERT INTO statement_versions (statement_key, version, content_hash, title, text, ingested_at)"
        + " VALUES (?, ?, ?, ?, ?, ?)", key, version, hash, s.title(), s.text(), now);
    List<SqlitePassages.Written> written = passages.insert(c, key, s);
    if (embedded != null) {
      if (embedded.vectors().size() != written.size()) {
        throw new IllegalArgumentException(embedded.vectors().size() + " vectors for " + written.size() + " passages");
      }
      for (SqlitePassages.Written w : written) {
        vectors.insert(w.id(), embedded.model(), embedded.vectors().get(w.passage().ordinal()));
      }
    }
    claims.replace(c, key, found);
    return existing.isEmpty() ? new SaveOutcome(SaveOutcome.Kind.NEW, s.id(), 1, null)
        : new SaveOutcome(SaveOutcome.Kind.UPDATED, existing.get().id, version, null);
  }

  private static Optional<Existing> existing(Connection c, String where, String arg) throws SQLException {
    return Sql.first(c, EXISTING + where, rs -> new Existing(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4)),
        arg);
  }
}
