// Over 300 lines: the SQLite facade (statements, search, caches) until it is split into repositories behind the core's ports.
package org.attribot.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.attribot.statement.Passage;
import org.attribot.claim.Claim;
import org.attribot.statement.Statement;
import org.attribot.statement.TextSplitter;

/**
 * The SQLite store: statements with their versions, passages and the FTS5 index. Every
 * write of a statement is one transaction, so a failure leaves nothing partial. Writes go
 * through one write connection under one lock; reads through a small pool of read-only
 * connections (WAL), so readers never wait for a writer (see {@link Connections}).
 */
public final class Store implements AutoCloseable {
  private final Connections db;
  /** The write connection: used only under {@code db.writeLock}. */
  private final Connection connection;
  private final Clock clock;
  /** Recently read statements (bounded: a large store does not fit in memory). */
  private final Map<Long, StoredStatement> statementCache = java.util.Collections.synchronizedMap(
      new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, StoredStatement> eldest) {
          return size() > 4096;
        }
      });
  private final Map<String, Integer> documentFrequencies = new ConcurrentHashMap<>();
  private volatile int passageCount = -1;
  /**
   * Guards {@link #generation}, which every committed write moves on: a reader caches what it
   * read only if no write was committed since it began, so a cache never keeps a stale value.
   */
  private final Object caches = new Object();
  private long generation;

  private final Vectors vectors;
  private final Turns turns;
  private final ChatRecords chats;
  private final DigestRecords digests;
  private final Claims claims;
  private final SendJournal sends;

  private Store(Connections db, Clock clock) {
    this.db = db;
    this.connection = db.writer();
    this.sends = new SendJournal(db);
    this.clock = clock;
    this.vectors = new Vectors(db);
    this.turns = new Turns(db);
    this.chats = new ChatRecords(db);
    this.digests = new DigestRecords(db);
    this.claims = new Claims(db);
  }

  /** What the daily digest keeps: subscriptions and deliveries. */
  public DigestRecords digests() {
    return digests;
  }

  /** The attribution claims of every statement. */
  public Claims claims() {
    return claims;
  }

  /** What the chat adapters keep: updates seen, answers given, feedback. */
  public ChatRecords chats() {
    return chats;
  }

  /** The parts of chat replies sent, so a restart neither repeats nor drops one. */
  public SendJournal sends() {
    return sends;
  }

  /** Conversation memory. */
  public Turns turns() {
    return turns;
  }

  /** The passage vectors and the search over them. */
  public Vectors vectors() {
    return vectors;
  }

  /** Whether a statement with exactly this content is stored. */
  public boolean hasContent(String contentHash) {
    try {
      return db.read(c -> find(c, "SELECT key, id, content_hash, version, title FROM statements WHERE content_hash = ?",
          contentHash).isPresent());
    } catch (SQLException e) {
      throw new StoreException("cannot look up content: " + e.getMessage(), e);
    }
  }

  /** Opens (creating if needed) the store at {@code file}; null gives an in-memory store. */
  public static Store open(Path file, int busyTimeoutMs, Clock clock) {
    try {
      return new Store(Connections.open(file, busyTimeoutMs), clock);
    } catch (SQLException e) {
      throw new StoreException("cannot open the store " + (file == null ? "(in memory)" : file) + ": " + e.getMessage(), e);
    }
  }

  /** Saves a statement without vectors. */
  public SaveOutcome save(Statement statement) {
    return save(statement, null, List.of());
  }

  /**
   * Saves a statement: new, unchanged (same content), or a new version of the same id or url;
   * with {@code embedded} (one vector per passage of {@link TextSplitter#passages}), its
   * passages' vectors too, and its attribution {@code claims}, all in one transaction. An
   * unchanged statement keeps the claims it has.
   */
  public SaveOutcome save(Statement statement, Embedded embedded, List<Claim> claims) {
    String hash = statement.contentHash();
    synchronized (db.writeLock) {
      try {
        connection.setAutoCommit(false);
        try {
          SaveOutcome outcome = saveInTransaction(statement, hash, embedded, claims);
          connection.commit();
          vectors.committed(); // the in-memory index takes the transaction's vectors now, not before
          if (outcome.kind() != SaveOutcome.Kind.UNCHANGED) {
            invalidateCaches();
          }
          return outcome;
        } catch (SQLException | RuntimeException e) {
          connection.rollback();
          vectors.reset(); // the in-memory index forgets the rolled-back rows
          invalidateCaches();
          throw e;
        } finally {
          connection.setAutoCommit(true);
        }
      } catch (SQLException e) {
        throw new StoreException("cannot save statement " + statement.id() + ": " + e.getMessage(), e);
      }
    }
  }

  /** Vectors for a statement's passages, in passage order, and the model that made them. */
  public record Embedded(String model, List<float[]> vectors) {
    public Embedded {
      vectors = List.copyOf(vectors);
    }
  }

  private SaveOutcome saveInTransaction(Statement s, String hash, Embedded embedded, List<Claim> found) throws SQLException {
    Optional<Existing> sameContent = find(connection, "SELECT key, id, content_hash, version, title FROM statements WHERE content_hash = ?", hash);
    if (sameContent.isPresent()) {
      Existing e = sameContent.get();
      return new SaveOutcome(SaveOutcome.Kind.UNCHANGED, e.id, e.version, e.id.equals(s.id()) ? null : e.id);
    }
    Optional<Existing> existing = find(connection, "SELECT key, id, content_hash, version, title FROM statements WHERE id = ?", s.id());
    if (existing.isEmpty() && s.url() != null) {
      existing = find(connection, "SELECT key, id, content_hash, version, title FROM statements WHERE url = ? ORDER BY key LIMIT 1", s.url());
    }
    String now = Instant.now(clock).toString();
    if (existing.isEmpty()) {
      long key;
      try (PreparedStatement ps = connection.prepareStatement(
          "INSERT INTO statements (id, content_hash, title, publisher, author, published, url, language, text, ingested_at, kind,"
              + " version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
        bindStatement(ps, s, hash, now);
        ps.executeUpdate();
        try (ResultSet rs = ps.getGeneratedKeys()) {
          rs.next();
          key = rs.getLong(1);
        }
      }
      archiveVersion(key, 1, hash, s.title(), s.text(), now);
      insertPassages(key, s, embedded);
      claims.replace(key, found);
      return new SaveOutcome(SaveOutcome.Kind.NEW, s.id(), 1, null);
    }
    Existing e = existing.get();
    deletePassages(e.key, e.title);
    int version = e.version + 1;
    try (PreparedStatement ps = connection.prepareStatement(
        "UPDATE statements SET id = ?, content_hash = ?, title = ?, publisher = ?, author = ?, published = ?, url = ?,"
            + " language = ?, text = ?, ingested_at = ?, kind = ?, version = ? WHERE key = ?")) {
      bindStatement(ps, s, hash, now);
      ps.setInt(12, version);
      ps.setLong(13, e.key);
      ps.executeUpdate();
    }
    archiveVersion(e.key, version, hash, s.title(), s.text(), now);
    insertPassages(e.key, s, embedded);
    claims.replace(e.key, found);
    return new SaveOutcome(SaveOutcome.Kind.UPDATED, e.id, version, null);
  }

  private void bindStatement(PreparedStatement ps, Statement s, String hash, String now) throws SQLException {
    ps.setString(1, s.id());
    ps.setString(2, hash);
    ps.setString(3, s.title());
    ps.setString(4, s.publisher());
    setNullable(ps, 5, s.author());
    setNullable(ps, 6, s.published() == null ? null : s.published().toString());
    setNullable(ps, 7, s.url());
    ps.setString(8, s.language());
    ps.setString(9, s.text());
    ps.setString(10, now);
    ps.setString(11, s.kind().label());
  }

  private void archiveVersion(long key, int version, String hash, String title, String text, String now) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(
        "INSERT INTO statement_versions (statement_key, version, content_hash, title, text, ingested_at) VALUES (?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, key);
      ps.setInt(2, version);
      ps.setString(3, hash);
      ps.setString(4, title);
      ps.setString(5, text);
      ps.setString(6, now);
      ps.executeUpdate();
    }
  }

  private void insertPassages(long key, Statement s, Embedded embedded) throws SQLException {
    List<Passage> passages = TextSplitter.passages(s.text());
    if (embedded != null && embedded.vectors().size() != passages.size()) {
      throw new IllegalArgumentException(embedded.vectors().size() + " vectors for " + passages.size() + " passages");
    }
    try (PreparedStatement passage = connection.prepareStatement(
            "INSERT INTO passages (statement_key, ordinal, start_char, end_char, text) VALUES (?, ?, ?, ?, ?)",
            java.sql.Statement.RETURN_GENERATED_KEYS);
        PreparedStatement fts = connection.prepareStatement(
            "INSERT INTO passages_fts (rowid, text, title) VALUES (?, ?, ?)")) {
      for (Passage p : passages) {
        passage.setLong(1, key);
        passage.setInt(2, p.ordinal());
        passage.setInt(3, p.start());
        passage.setInt(4, p.end());
        passage.setString(5, p.text());
        passage.executeUpdate();
        long id;
        try (ResultSet rs = passage.getGeneratedKeys()) {
          rs.next();
          id = rs.getLong(1);
        }
        fts.setLong(1, id);
        fts.setString(2, p.text());
        fts.setString(3, s.title());
        fts.executeUpdate();
        if (embedded != null) {
          vectors.insert("p" + id, id, embedded.model(), embedded.vectors().get(p.ordinal()), null, null);
        }
      }
    }
  }

  private void deletePassages(long key, String oldTitle) throws SQLException {
    vectors.forgetPassages(key);
    try (PreparedStatement ps = connection.prepareStatement(
        "INSERT INTO passages_fts (passages_fts, rowid, text, title) SELECT 'delete', id, text, ? FROM passages WHERE statement_key = ?")) {
      ps.setString(1, oldTitle);
      ps.setLong(2, key);
      ps.executeUpdate();
    }
    try (PreparedStatement ps = connection.prepareStatement("DELETE FROM passages WHERE statement_key = ?")) {
      ps.setLong(1, key);
      ps.executeUpdate();
    }
  }

  /**
   * Full-text search. {@code match} must be an FTS5 expression built by
   * {@code retrieve.FtsQuery}, never raw user text.
   */
  public List<PassageHit> search(String match, int limit) {
    return search(match, limit, Narrowing.NONE);
  }

  /**
   * Full-text search among the statements {@code narrowing} admits. Without limits the
   * passages are ranked inside the FTS5 table and only the best are joined to their rows.
   */
  public List<PassageHit> search(String match, int limit, Narrowing narrowing) {
    String sql = narrowing.isNone()
        ? "SELECT p.id, p.statement_key, p.ordinal, p.start_char, p.end_char, p.text, f.rank FROM"
            + " (SELECT rowid, bm25(passages_fts, 1.0, 0.5) AS rank FROM passages_fts WHERE passages_fts MATCH ?"
            + " ORDER BY rank LIMIT ?) f JOIN passages p ON p.id = f.rowid ORDER BY f.rank"
        : "SELECT p.id, p.statement_key, p.ordinal, p.start_char, p.end_char, p.text, bm25(passages_fts, 1.0, 0.5) AS rank"
            + " FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid JOIN statements s ON s.key = p.statement_key"
            + " WHERE passages_fts MATCH ?"
            + " AND (s.published IS NULL OR ((? IS NULL OR s.published >= ?) AND (? IS NULL OR s.published <= ?)))"
            + " AND (? IS NULL OR instr(lower(s.publisher), lower(?)) > 0) ORDER BY rank LIMIT ?";
    try {
      return db.read(c -> search(c, sql, match, limit, narrowing));
    } catch (SQLException e) {
      throw new StoreException("search failed: " + e.getMessage(), e);
    }
  }

  private static List<PassageHit> search(Connection connection, String sql, String match, int limit, Narrowing narrowing)
      throws SQLException {
    List<PassageHit> hits = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      int i = 1;
      ps.setString(i++, match);
      if (!narrowing.isNone()) {
        String since = narrowing.since() == null ? null : narrowing.since().toString();
        String until = narrowing.until() == null ? null : narrowing.until().toString();
        ps.setString(i++, since);
        ps.setString(i++, since);
        ps.setString(i++, until);
        ps.setString(i++, until);
        ps.setString(i++, narrowing.publisher());
        ps.setString(i++, narrowing.publisher());
      }
      ps.setInt(i, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          hits.add(new PassageHit(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
              rs.getString(6), -rs.getDouble(7)));
        }
      }
    }
    return hits;
  }

  /** In how many passages a single already-quoted FTS5 term occurs (cached until the next write). */
  public int documentFrequency(String quotedTerm) {
    Integer cached = documentFrequencies.get(quotedTerm);
    if (cached != null) {
      return cached;
    }
    long since = generation();
    int count = queryInt("SELECT count(*) FROM passages_fts WHERE passages_fts MATCH ?", quotedTerm);
    remember(since, () -> documentFrequencies.put(quotedTerm, count));
    return count;
  }

  /** The title of the statement a passage belongs to. */
  public String titleOfPassage(long passageId) {
    try {
      return db.read(c -> {
        try (PreparedStatement ps = c.prepareStatement(
            "SELECT s.title FROM passages p JOIN statements s ON s.key = p.statement_key WHERE p.id = ?")) {
          ps.setLong(1, passageId);
          try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : "";
          }
        }
      });
    } catch (SQLException e) {
      throw new StoreException("cannot read passage " + passageId + ": " + e.getMessage(), e);
    }
  }

  /** One passage by id, as a hit with score 0 (for passages found by vector search). */
  public PassageHit passage(long passageId) {
    try {
      return db.read(c -> {
        try (PreparedStatement ps = c.prepareStatement(
            "SELECT id, statement_key, ordinal, start_char, end_char, text FROM passages WHERE id = ?")) {
          ps.setLong(1, passageId);
          try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
              throw new StoreException("no passage " + passageId, null);
            }
            return new PassageHit(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getString(6), 0);
          }
        }
      });
    } catch (SQLException e) {
      throw new StoreException("cannot read passage " + passageId + ": " + e.getMessage(), e);
    }
  }

  public int passageCount() {
    int cached = passageCount;
    if (cached >= 0) {
      return cached;
    }
    long since = generation();
    int count = queryInt("SELECT count(*) FROM passages", null);
    remember(since, () -> passageCount = count);
    return count;
  }

  public int statementCount() {
    return queryInt("SELECT count(*) FROM statements", null);
  }

  public StoredStatement statement(long key) {
    StoredStatement cached = statementCache.get(key);
    if (cached != null) {
      return cached;
    }
    long since = generation();
    List<StoredStatement> found = statements("WHERE key = ?", key);
    if (found.isEmpty()) {
      throw new StoreException("no statement with key " + key, null);
    }
    remember(since, () -> statementCache.put(key, found.get(0)));
    return found.get(0);
  }

  public Optional<StoredStatement> statementById(String id) {
    return statements("WHERE id = ?", id).stream().findFirst();
  }

  /** The key of every statement, oldest first. */
  public List<Long> statementKeys() {
    try {
      return db.read(c -> {
        List<Long> keys = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT key FROM statements ORDER BY key");
            ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            keys.add(rs.getLong(1));
          }
        }
        return keys;
      });
    } catch (SQLException e) {
      throw new StoreException("cannot list statements: " + e.getMessage(), e);
    }
  }

  /** Newest first by date, undated last. */
  public List<StoredStatement> latest(int limit) {
    return statements("ORDER BY published IS NULL, published DESC, key DESC LIMIT ?", limit);
  }

  /**
   * The statements whose current version was ingested after {@code from} and at or before
   * {@code to}, oldest first, at most {@code limit}.
   */
  public List<StoredStatement> ingestedBetween(Instant from, Instant to, int limit) {
    // ingested_at is Instant#toString, whose width varies below the second: compare to the second in SQL, exactly here
    List<StoredStatement> out = new ArrayList<>();
    for (StoredStatement s : statements("WHERE ingested_at >= ? ORDER BY ingested_at, key",
        from.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString().replace("Z", ""))) {
      if (s.ingestedAt().isAfter(from) && !s.ingestedAt().isAfter(to)) {
        out.add(s);
      }
    }
    out.sort(java.util.Comparator.comparing(StoredStatement::ingestedAt).thenComparing(StoredStatement::key));
    return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
  }

  private List<StoredStatement> statements(String where, Object arg) {
    try {
      return db.read(c -> statements(c, where, arg));
    } catch (SQLException e) {
      throw new StoreException("cannot read statements: " + e.getMessage(), e);
    }
  }

  private static List<StoredStatement> statements(Connection connection, String where, Object arg) throws SQLException {
    List<StoredStatement> out = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT key, id, title, publisher, author, published, url, language, text, content_hash, ingested_at, version, kind"
            + " FROM statements " + where)) {
      ps.setObject(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String published = rs.getString(6);
          Statement s = new Statement(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              published == null ? null : LocalDate.parse(published), rs.getString(7), rs.getString(8), rs.getString(9),
              Statement.Kind.of(rs.getString(13)));
          out.add(new StoredStatement(rs.getLong(1), s, rs.getString(10), Instant.parse(rs.getString(11)), rs.getInt(12)));
        }
      }
    }
    return out;
  }

  /** Which of {@code ids} name statements whose text is a summary in other words than the publisher's. */
  public java.util.Set<String> summaries(java.util.Collection<String> ids) {
    java.util.Set<String> out = new java.util.HashSet<>();
    if (ids.isEmpty()) {
      return out;
    }
    String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
    try {
      db.read(c -> {
        try (PreparedStatement ps = c.prepareStatement(
            "SELECT id FROM statements WHERE kind = 'summary' AND id IN (" + marks + ")")) {
          int i = 1;
          for (String id : ids) {
            ps.setString(i++, id);
          }
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(rs.getString(1));
            }
          }
        }
        return null;
      });
    } catch (SQLException e) {
      throw new StoreException("cannot read statements: " + e.getMessage(), e);
    }
    return out;
  }

  /** Number of versions kept for a statement id (0 when unknown). */
  public int versionCount(String id) {
    return queryInt("SELECT count(*) FROM statement_versions v JOIN statements s ON s.key = v.statement_key WHERE s.id = ?", id);
  }

  private int queryInt(String sql, String arg) {
    try {
      return db.read(c -> {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          if (arg != null) {
            ps.setString(1, arg);
          }
          try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
          }
        }
      });
    } catch (SQLException e) {
      throw new StoreException("query failed: " + e.getMessage(), e);
    }
  }

  private static Optional<Existing> find(Connection connection, String sql, String arg) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new Existing(rs.getLong(1), rs.getString(2), rs.getInt(4), rs.getString(5)));
      }
    }
  }

  private static void setNullable(PreparedStatement ps, int index, String value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.VARCHAR);
    } else {
      ps.setString(index, value);
    }
  }

  /** Called after a write is committed (or rolled back): every cache forgets, and nothing read before is cached. */
  private void invalidateCaches() {
    synchronized (caches) {
      generation++;
      statementCache.clear();
      documentFrequencies.clear();
      passageCount = -1;
    }
  }

  private long generation() {
    synchronized (caches) {
      return generation;
    }
  }

  /** Caches what was read if no write was committed since {@code since}. */
  private void remember(long since, Runnable put) {
    synchronized (caches) {
      if (generation == since) {
        put.run();
      }
    }
  }

  /** The store's connections (for tests in this package). */
  Connections connections() {
    return db;
  }

  /** Closes the write connection and every read connection. */
  @Override
  public void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the store: " + e.getMessage(), e);
    }
  }

  private record Existing(long key, String id, int version, String title) {}
}
