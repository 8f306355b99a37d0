package org.attribot.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.attribot.retrieve.Narrowing;
import org.attribot.retrieve.PassageHit;
import org.attribot.retrieve.PassageSearch;
import org.attribot.statement.Passage;
import org.attribot.statement.Statement;
import org.attribot.statement.TextSplitter;

/**
 * The {@code passages} table and its FTS5 index ({@code passages_fts}: BM25 over passage text
 * and title). Term frequencies and the passage count are cached until the next write.
 */
final class SqlitePassages implements PassageSearch {
  private final Connections db;
  private final Generation generation;
  private final Map<String, Integer> documentFrequencies = new ConcurrentHashMap<>();
  private volatile int passageCount = -1;

  SqlitePassages(Connections db, Generation generation) {
    this.db = db;
    this.generation = generation;
    generation.cache(() -> {
      documentFrequencies.clear();
      passageCount = -1;
    });
  }

  /**
   * {@inheritDoc} Without limits the passages are ranked inside the FTS5 table and only the best
   * are joined to their rows.
   */
  @Override
  public List<PassageHit> search(String match, int limit, Narrowing narrowing) {
    if (narrowing.isNone()) {
      return db.read("search failed", c -> Sql.list(c,
          "SELECT p.id, p.statement_key, p.ordinal, p.start_char, p.end_char, p.text, f.rank FROM"
              + " (SELECT rowid, bm25(passages_fts, 1.0, 0.5) AS rank FROM passages_fts WHERE passages_fts MATCH ?"
              + " ORDER BY rank LIMIT ?) f JOIN passages p ON p.id = f.rowid ORDER BY f.rank",
          SqlitePassages::hit, match, limit));
    }
    String since = narrowing.since() == null ? null : narrowing.since().toString();
    String until = narrowing.until() == null ? null : narrowing.until().toString();
    return db.read("search failed", c -> Sql.list(c,
        "SELECT p.id, p.statement_key, p.ordinal, p.start_char, p.end_char, p.text, bm25(passages_fts, 1.0, 0.5) AS rank"
            + " FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid JOIN statements s ON s.key = p.statement_key"
            + " WHERE passages_fts MATCH ?"
            + " AND (s.published IS NULL OR ((? IS NULL OR s.published >= ?) AND (? IS NULL OR s.published <= ?)))"
            + " AND (? IS NULL OR instr(lower(s.publisher), lower(?)) > 0) ORDER BY rank LIMIT ?",
        SqlitePassages::hit, match, since, since, until, until, narrowing.publisher(), narrowing.publisher(), limit));
  }

  /** A passage row as a hit: bm25 turned positive, so higher is better. */
  private static PassageHit hit(ResultSet rs) throws SQLException {
    return new PassageHit(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getString(6),
        -rs.getDouble(7));
  }

  @Override
  public int documentFrequency(String quotedTerm) {
    return generation.cached(documentFrequencies, quotedTerm, () -> db.read("query failed",
        c -> Sql.count(c, "SELECT count(*) FROM passages_fts WHERE passages_fts MATCH ?", quotedTerm)));
  }

  @Override
  public int passageCount() {
    int cached = passageCount;
    if (cached >= 0) {
      return cached;
    }
    long since = generation.current();
    int count = db.read("query failed", c -> Sql.count(c, "SELECT count(*) FROM passages"));
    generation.remember(since, () -> passageCount = count);
    return count;
  }

  /** A passage written, with its row id. */
  record Written(Passage passage, long id) {}

  /** Writes the passages of a statement and indexes them with its title; inside the caller's transaction. */
  List<Written> insert(Connection c, long statementKey, Statement s) throws SQLException {
    List<Written> out = new ArrayList<>();
    try (PreparedStatement fts = c.prepareStatement("INSERT INTO passages_fts (rowid, text, title) VALUES (?, ?, ?)")) {
      for (Passage p : TextSplitter.passages(s.text())) {
        long id = Sql.insert(c, "INSERT INTO passages (statement_key, ordinal, start_char, end_char, text) VALUES (?, ?, ?, ?, ?)",
            statementKey, p.ordinal(), p.start(), p.end(), p.text());
        Sql.bind(fts, id, p.text(), s.title());
        fts.executeUpdate();
        out.add(new Written(p, id));
      }
    }
    return out;
  }

  /** Deletes the passages of a statement and their index entries (indexed with {@code oldTitle}); inside the caller's transaction. */
  void delete(Connection c, long statementKey, String oldTitle) throws SQLException {
    Sql.update(c, "INSERT INTO passages_fts (passages_fts, rowid, text, title) SELECT 'delete', id, text, ? FROM passages"
        + " WHERE statement_key = ?", oldTitle, statementKey);
    Sql.update(c, "DELETE FROM passages WHERE statement_key = ?", statementKey);
  }
}
