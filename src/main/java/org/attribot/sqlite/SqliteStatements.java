package org.attribot.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attribot.statement.Statement;
import org.attribot.statement.Statements;
import org.attribot.statement.StoredStatement;
import org.attribot.store.StoreException;

/** The {@code statements} and {@code statement_versions} tables, read; recently read statements are cached. */
final class SqliteStatements implements Statements {
  private static final String COLUMNS =
      "SELECT key, id, title, publisher, author, published, url, language, text, content_hash, ingested_at, version, kind"
          + " FROM statements ";

  private final Connections db;
  private final Generation generation;
  /** Recently read statements (bounded: a large store does not fit in memory). */
  private final Map<Long, StoredStatement> cache = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, StoredStatement> eldest) {
      return size() > 4096;
    }
  });

  SqliteStatements(Connections db, Generation generation) {
    this.db = db;
    this.generation = generation;
    generation.cache(cache::clear);
  }

  @Override
  public StoredStatement statement(long key) {
    return generation.cached(cache, key, () -> {
      List<StoredStatement> found = statements("WHERE key = ?", key);
      if (found.isEmpty()) {
        throw new StoreException("no statement with key " + key, null);
      }
      return found.get(0);
    });
  }

  @Override
  public Optional<StoredStatement> statementById(String id) {
    return statements("WHERE id = ?", id).stream().findFirst();
  }

  @Override
  public List<Long> statementKeys() {
    return db.read("cannot list statements", c -> Sql.list(c, "SELECT key FROM statements ORDER BY key", rs -> rs.getLong(1)));
  }

  @Override
  public List<StoredStatement> latest(int limit) {
    return statements("ORDER BY published IS NULL, published DESC, key DESC LIMIT ?", limit);
  }

  @Override
  public int statementCount() {
    return db.read("query failed", c -> Sql.count(c, "SELECT count(*) FROM statements"));
  }

  @Override
  public List<StoredStatement> ingestedBetween(Instant from, Instant to, int limit) {
    // ingested_at is Instant#toString, whose width varies below the second: compare to the second in SQL, exactly here
    List<StoredStatement> out = new ArrayList<>();
    for (StoredStatement s : statements("WHERE ingested_at >= ? ORDER BY ingested_at, key",
        from.truncatedTo(ChronoUnit.SECONDS).toString().replace("Z", ""))) {
      if (s.ingestedAt().isAfter(from) && !s.ingestedAt().isAfter(to)) {
        out.add(s);
      }
    }
    out.sort(Comparator.comparing(StoredStatement::ingestedAt).thenComparing(StoredStatement::key));
    return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
  }

  @Override
  public Set<String> summaries(Collection<String> ids) {
    if (ids.isEmpty()) {
      return new HashSet<>();
    }
    return new HashSet<>(db.read("cannot read statements", c -> Sql.list(c,
        "SELECT id FROM statements WHERE kind = 'summary' AND id IN (" + Sql.marks(ids) + ")", rs -> rs.getString(1),
        ids.toArray())));
  }

  @Override
  public int versionCount(String id) {
    return db.read("query failed", c -> Sql.count(c,
        "SELECT count(*) FROM statement_versions v JOIN statements s ON s.key = v.statement_key WHERE s.id = ?", id));
  }

  private List<StoredStatement> statements(String where, Object arg) {
    return db.read("cannot read statements", c -> Sql.list(c, COLUMNS + where, SqliteStatements::row, arg));
  }

  private static StoredStatement row(ResultSet rs) throws SQLException {
    String published = rs.getString(6);
    Statement s = new Statement(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
        published == null ? null : LocalDate.parse(published), rs.getString(7), rs.getString(8), rs.getString(9),
        Statement.Kind.of(rs.getString(13)));
    return new StoredStatement(rs.getLong(1), s, rs.getString(10), Instant.parse(rs.getString(11)), rs.getInt(12));
  }
}
