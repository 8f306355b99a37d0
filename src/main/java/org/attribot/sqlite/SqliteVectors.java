package org.attribot.sqlite;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.LongPredicate;
import org.attribot.ingest.VectorWrites;
import org.attribot.retrieve.PassageHit;
import org.attribot.retrieve.VectorHit;
import org.attribot.retrieve.VectorSearch;

/**
 * The {@code passage_vectors} table and its in-memory {@link VectorIndex}, loaded on first
 * search. Writes run on the store's write connection under its write lock; reads on a read
 * connection. The index is guarded by its own read-write lock: searches share it, and a
 * write's changes to it are held back until the write is committed ({@link #committed}), then
 * applied at once, so a search never sees rows that are not committed. A search that finds no
 * index loads it under that lock, so changes committed meanwhile are applied after the load.
 */
final class SqliteVectors implements VectorSearch, VectorWrites {
  private final Connections db;
  /** The write connection: used only under {@code db.writeLock}. */
  private final Connection connection;
  private final ReentrantReadWriteLock indexLock = new ReentrantReadWriteLock();
  /** Guarded by {@link #indexLock}. */
  private VectorIndex index;
  /** Changes to the index made by the write under way (only under the write lock). */
  private final List<Consumer<VectorIndex>> pending = new ArrayList<>();
  /** The embedding model as last read, or null when not known; see {@link #model()}. */
  private volatile Known known;
  /** Moved on by every write of the model, so that a read begun before it is not cached. */
  private final AtomicLong modelWrites = new AtomicLong();

  private record Known(String model) {}

  SqliteVectors(Connections db) {
    this.db = db;
    this.connection = db.writer();
  }

  @Override
  public String model() {
    Known k = known;
    if (k != null) {
      return k.model(); // asked on every question: read once, forgotten on every write of it
    }
    long since = modelWrites.get();
    String read = db.read("cannot read the embedding model", c -> Sql.first(c,
        "SELECT value FROM meta WHERE key = 'embedding_model'", rs -> rs.getString(1)).orElse(null));
    synchronized (modelWrites) {
      if (modelWrites.get() == since) {
        known = new Known(read);
      }
    }
    return read;
  }

  /** Forgets the model read; called when a write of it begins and when it is committed or rolled back. */
  private void forgetModel() {
    synchronized (modelWrites) {
      modelWrites.incrementAndGet();
      known = null;
    }
  }

  /** After a rollback: drops the held-back changes and the in-memory index; the next search reloads it. */
  void reset() {
    pending.clear();
    indexLock.writeLock().lock();
    try {
      index = null;
    } finally {
      indexLock.writeLock().unlock();
    }
    forgetModel();
  }

  /** After a commit: applies the changes the write made to the index (if it is loaded). */
  void committed() {
    if (pending.isEmpty()) {
      return;
    }
    indexLock.writeLock().lock();
    try {
      if (index != null) {
        for (Consumer<VectorIndex> change : pending) {
          change.accept(index);
        }
      }
    } finally {
      indexLock.writeLock().unlock();
      pending.clear();
    }
    forgetModel();
  }

  /** Writes one vector row; call inside the caller's transaction. Returns its key. */
  long insert(long passageId, String model, float[] vector) throws SQLException {
    forgetModel();
    Sql.update(connection, "INSERT INTO meta (key, value) VALUES ('embedding_model', ?) ON CONFLICT(key) DO NOTHING", model);
    long key = Sql.first(connection, "INSERT INTO passage_vectors (id, passage_id, model, vector, text, metadata)"
        + " VALUES (?, ?, ?, ?, NULL, NULL) ON CONFLICT(id) DO UPDATE SET passage_id = excluded.passage_id,"
        + " model = excluded.model, vector = excluded.vector, text = excluded.text, metadata = excluded.metadata RETURNING key",
        rs -> rs.getLong(1), "p" + passageId, passageId, model, encode(vector)).orElseThrow();
    long row = key;
    pending.add(index -> {
      if (index.dimension() == vector.length) {
        index.put(row, vector);
      }
    });
    return key;
  }

  /** Forgets the vectors of passages about to be deleted (the rows go by cascade). */
  void forgetPassages(long statementKey) throws SQLException {
    // always asked: a search may load the index before this write is committed
    for (long row : Sql.list(connection, "SELECT v.key FROM passage_vectors v JOIN passages p ON p.id = v.passage_id"
        + " WHERE p.statement_key = ?", rs -> rs.getLong(1), statementKey)) {
      pending.add(index -> index.remove(row));
    }
  }

  @Override
  public List<VectorHit> search(float[] query, int k, LongPredicate accept) {
    // on a read connection held for the whole search: {@code accept} may read the store on it
    return db.read("cannot load vectors", c -> {
      indexLock.readLock().lock();
      try {
        if (index != null && index.dimension() == query.length) {
          return index.search(query, k, accept);
        }
      } finally {
        indexLock.readLock().unlock();
      }
      indexLock.writeLock().lock();
      try {
        load(c, query.length);
        indexLock.readLock().lock(); // held on from the write lock, so no change slips in between
      } finally {
        indexLock.writeLock().unlock();
      }
      try {
        return index.search(query, k, accept);
      } finally {
        indexLock.readLock().unlock();
      }
    });
  }

  @Override
  public Map<Long, PassageHit> passagesOf(List<Long> keys) {
    Map<Long, PassageHit> out = new HashMap<>();
    if (keys.isEmpty()) {
      return out;
    }
    db.read("cannot read passages of vectors", c -> {
      Sql.each(c, "SELECT v.key, p.id, p.statement_key, p.ordinal, p.start_char, p.end_char, p.text FROM passage_vectors v"
          + " JOIN passages p ON p.id = v.passage_id WHERE v.key IN (" + Sql.marks(keys) + ")",
          rs -> out.put(rs.getLong(1), new PassageHit(rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
              rs.getString(7), 0)), keys.toArray());
      return null;
    });
    return out;
  }

  @Override
  public int count() {
    return db.read("cannot count vectors", c -> Sql.count(c, "SELECT count(*) FROM passage_vectors"));
  }

  @Override
  public List<PassageText> missing(String model, int limit) {
    return db.read("cannot list passages to embed", c -> Sql.list(c,
        "SELECT p.id, s.title, p.text FROM passages p JOIN statements s ON s.key = p.statement_key"
            + " LEFT JOIN passage_vectors v ON v.passage_id = p.id AND v.model = ? WHERE v.key IS NULL ORDER BY p.id LIMIT ?",
        rs -> new PassageText(rs.getLong(1), rs.getString(2), rs.getString(3)), model, limit));
  }

  @Override
  public void replace(List<PassageText> passages, List<float[]> vectors, String model) {
    synchronized (db.writeLock) {
      forgetModel();
      try {
        db.transaction("cannot write vectors", c -> {
          Sql.update(c, "INSERT INTO meta (key, value) VALUES ('embedding_model', ?)"
              + " ON CONFLICT(key) DO UPDATE SET value = excluded.value", model);
          for (int i = 0; i < passages.size(); i++) {
            insert(passages.get(i).passageId(), model, vectors.get(i));
          }
          return null;
        });
        committed();
      } catch (RuntimeException e) {
        reset();
        throw e;
      }
    }
  }

  @Override
  public int dropOtherModels(String model) {
    return db.write("cannot drop vectors", c -> {
      int n = Sql.update(c, "DELETE FROM passage_vectors WHERE model <> ?", model);
      indexLock.writeLock().lock();
      try {
        index = null;
      } finally {
        indexLock.writeLock().unlock();
      }
      return n;
    });
  }

  /** Loads the index from the table on {@code connection}, under the index's write lock. */
  private void load(Connection connection, int dimension) throws SQLException {
    if (index == null || index.dimension() != dimension) {
      VectorIndex loaded = new VectorIndex(dimension);
      Sql.each(connection, "SELECT key, vector FROM passage_vectors", rs -> {
        float[] v = decode(rs.getBytes(2));
        if (v.length == dimension) {
          loaded.put(rs.getLong(1), v);
        }
      });
      index = loaded;
    }
  }

  static byte[] encode(float[] vector) {
    ByteBuffer buffer = ByteBuffer.allocate(vector.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    buffer.asFloatBuffer().put(vector);
    return buffer.array();
  }

  static float[] decode(byte[] bytes) {
    float[] out = new float[bytes.length / 4];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
    return out;
  }
}
