package org.attribot.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.LongPredicate;

/**
 * The {@code passage_vectors} table and its in-memory {@link VectorIndex}, loaded on first
 * search. Writes run on the store's write connection under its write lock; reads on a read
 * connection. The index is guarded by its own read-write lock: searches share it, and a
 * write's changes to it are held back until the write is committed ({@link #committed}), then
 * applied at once, so a search never sees rows that are not committed. A search that finds no
 * index loads it under that lock, so changes committed meanwhile are applied after the load.
 */
public final class Vectors {
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

  Vectors(Connections db) {
    this.db = db;
    this.connection = db.writer();
  }

  /** A passage whose vector is missing or was made by another model. */
  public record PassageText(long passageId, String text) {}

  /** The model the store's vectors were made with; null when there are none. */
  public String model() {
    Known k = known;
    if (k != null) {
      return k.model(); // asked on every question: read once, forgotten on every write of it
    }
    long since = modelWrites.get();
    String read = db.reading(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key = 'embedding_model'");
          ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      } catch (SQLException e) {
        throw new StoreException("cannot read the embedding model: " + e.getMessage(), e);
      }
    });
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
  long insert(String id, Long passageId, String model, float[] vector, String text, String metadata) throws SQLException {
    forgetModel();
    try (PreparedStatement meta = connection.prepareStatement(
        "INSERT INTO meta (key, value) VALUES ('embedding_model', ?) ON CONFLICT(key) DO NOTHING")) {
      meta.setString(1, model);
      meta.executeUpdate();
    }
    long key;
    try (PreparedStatement ps = connection.prepareStatement(
        "INSERT INTO passage_vectors (id, passage_id, model, vector, text, metadata) VALUES (?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT(id) DO UPDATE SET passage_id = excluded.passage_id, model = excluded.model,"
            + " vector = excluded.vector, text = excluded.text, metadata = excluded.metadata RETURNING key")) {
      ps.setString(1, id);
      if (passageId == null) {
        ps.setNull(2, Types.INTEGER);
      } else {
        ps.setLong(2, passageId);
      }
      ps.setString(3, model);
      ps.setBytes(4, encode(vector));
      ps.setString(5, text);
      ps.setString(6, metadata);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        key = rs.getLong(1);
      }
    }
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
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT v.key FROM passage_vectors v JOIN passages p ON p.id = v.passage_id WHERE p.statement_key = ?")) {
      ps.setLong(1, statementKey);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long row = rs.getLong(1);
          pending.add(index -> index.remove(row));
        }
      }
    }
  }

  /** The nearest rows to {@code query}, best first, as (key, cosine) pairs; {@code accept} filters keys. */
  public List<VectorHit> search(float[] query, int k, LongPredicate accept) {
    // on a read connection held for the whole search: {@code accept} may read the store on it
    return db.reading(c -> {
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

  /** The passages the rows with these keys embed (free segments have none), in one query. */
  public java.util.Map<Long, PassageHit> passagesOf(List<Long> keys) {
    java.util.Map<Long, PassageHit> out = new java.util.HashMap<>();
    if (keys.isEmpty()) {
      return out;
    }
    String marks = String.join(",", java.util.Collections.nCopies(keys.size(), "?"));
    return db.reading(connection -> {
      try (PreparedStatement ps = connection.prepareStatement(
          "SELECT v.key, p.id, p.statement_key, p.ordinal, p.start_char, p.end_char, p.text FROM passage_vectors v"
              + " JOIN passages p ON p.id = v.passage_id WHERE v.key IN (" + marks + ")")) {
        for (int i = 0; i < keys.size(); i++) {
          ps.setLong(i + 1, keys.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.put(rs.getLong(1), new PassageHit(rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                rs.getString(7), 0));
          }
        }
      } catch (SQLException e) {
        throw new StoreException("cannot read passages of vectors: " + e.getMessage(), e);
      }
      return out;
    });
  }

  public int count() {
    return db.reading(connection -> {
      try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM passage_vectors");
          ResultSet rs = ps.executeQuery()) {
        return rs.getInt(1);
      } catch (SQLException e) {
        throw new StoreException("cannot count vectors: " + e.getMessage(), e);
      }
    });
  }

  /** Up to {@code limit} passages with no vector from {@code model}. */
  public List<PassageText> missing(String model, int limit) {
    return db.reading(connection -> {
      List<PassageText> out = new ArrayList<>();
      try (PreparedStatement ps = connection.prepareStatement(
          "SELECT p.id, p.text FROM passages p LEFT JOIN passage_vectors v ON v.passage_id = p.id AND v.model = ?"
              + " WHERE v.key IS NULL ORDER BY p.id LIMIT ?")) {
        ps.setString(1, model);
        ps.setInt(2, limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new PassageText(rs.getLong(1), rs.getString(2)));
          }
        }
      } catch (SQLException e) {
        throw new StoreException("cannot list passages to embed: " + e.getMessage(), e);
      }
      return out;
    });
  }

  /** Replaces the vectors of passages (re-embedding), in one transaction, and records the model. */
  public void replace(List<PassageText> passages, List<float[]> vectors, String model) {
    synchronized (db.writeLock) {
      forgetModel();
      try {
        connection.setAutoCommit(false);
        try {
          try (PreparedStatement meta = connection.prepareStatement(
              "INSERT INTO meta (key, value) VALUES ('embedding_model', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            meta.setString(1, model);
            meta.executeUpdate();
          }
          for (int i = 0; i < passages.size(); i++) {
            insert("p" + passages.get(i).passageId(), passages.get(i).passageId(), model, vectors.get(i), null, null);
          }
          connection.commit();
          committed();
        } catch (SQLException | RuntimeException e) {
          connection.rollback();
          reset();
          throw e;
        } finally {
          connection.setAutoCommit(true);
        }
      } catch (SQLException e) {
        throw new StoreException("cannot write vectors: " + e.getMessage(), e);
      }
    }
  }

  /** Drops vectors made by a model other than {@code model}. */
  public int dropOtherModels(String model) {
    synchronized (db.writeLock) {
      try (PreparedStatement ps = connection.prepareStatement("DELETE FROM passage_vectors WHERE model <> ?")) {
        ps.setString(1, model);
        int n = ps.executeUpdate();
        indexLock.writeLock().lock();
        try {
          index = null;
        } finally {
          indexLock.writeLock().unlock();
        }
        return n;
      } catch (SQLException e) {
        throw new StoreException("cannot drop vectors: " + e.getMessage(), e);
      }
    }
  }

  /** Loads the index from the table on {@code connection}, under the index's write lock. */
  private void load(Connection connection, int dimension) {
    if (index == null || index.dimension() != dimension) {
      VectorIndex loaded = new VectorIndex(dimension);
      try (PreparedStatement ps = connection.prepareStatement("SELECT key, vector FROM passage_vectors");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          float[] v = decode(rs.getBytes(2));
          if (v.length == dimension) {
            loaded.put(rs.getLong(1), v);
          }
        }
      } catch (SQLException e) {
        throw new StoreException("cannot load vectors: " + e.getMessage(), e);
      }
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
