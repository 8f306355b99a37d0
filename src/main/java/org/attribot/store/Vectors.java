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
import java.util.function.LongPredicate;

/**
 * The {@code passage_vectors} table and its in-memory {@link VectorIndex}, loaded on first
 * search. Every method runs under the owning {@link Store}'s lock, on its connection.
 */
public final class Vectors {
  private final Connection connection;
  private final Object lock;
  private VectorIndex index;
  private String model;
  private boolean modelKnown;

  Vectors(Connection connection, Object lock) {
    this.connection = connection;
    this.lock = lock;
  }

  /** A passage whose vector is missing or was made by another model. */
  public record PassageText(long passageId, String text) {}

  /** The model the store's vectors were made with; null when there are none. */
  public String model() {
    synchronized (lock) {
      if (modelKnown) {
        return model; // asked on every question: read once, forgotten on every write of it
      }
      try (PreparedStatement ps = connection.prepareStatement("SELECT value FROM meta WHERE key = 'embedding_model'");
          ResultSet rs = ps.executeQuery()) {
        model = rs.next() ? rs.getString(1) : null;
        modelKnown = true;
        return model;
      } catch (SQLException e) {
        throw new StoreException("cannot read the embedding model: " + e.getMessage(), e);
      }
    }
  }

  /** Drops the in-memory index; the next search reloads it from the table. */
  void reset() {
    index = null;
    modelKnown = false;
  }

  /** Writes one vector row; call inside the caller's transaction. Returns its key. */
  long insert(String id, Long passageId, String model, float[] vector, String text, String metadata) throws SQLException {
    modelKnown = false;
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
    if (index != null) {
      index.put(key, vector);
    }
    return key;
  }

  /** Forgets the vectors of passages about to be deleted (the rows go by cascade). */
  void forgetPassages(long statementKey) throws SQLException {
    if (index == null) {
      return;
    }
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT v.key FROM passage_vectors v JOIN passages p ON p.id = v.passage_id WHERE p.statement_key = ?")) {
      ps.setLong(1, statementKey);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          index.remove(rs.getLong(1));
        }
      }
    }
  }

  /** The nearest rows to {@code query}, best first, as (key, cosine) pairs; {@code accept} filters keys. */
  public List<VectorHit> search(float[] query, int k, LongPredicate accept) {
    synchronized (lock) {
      return index(query.length).search(query, k, accept);
    }
  }

  /** The passages the rows with these keys embed (free segments have none), in one query. */
  public java.util.Map<Long, PassageHit> passagesOf(List<Long> keys) {
    java.util.Map<Long, PassageHit> out = new java.util.HashMap<>();
    if (keys.isEmpty()) {
      return out;
    }
    String marks = String.join(",", java.util.Collections.nCopies(keys.size(), "?"));
    synchronized (lock) {
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
    }
    return out;
  }

  public int count() {
    synchronized (lock) {
      try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM passage_vectors");
          ResultSet rs = ps.executeQuery()) {
        return rs.getInt(1);
      } catch (SQLException e) {
        throw new StoreException("cannot count vectors: " + e.getMessage(), e);
      }
    }
  }

  /** Up to {@code limit} passages with no vector from {@code model}. */
  public List<PassageText> missing(String model, int limit) {
    synchronized (lock) {
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
    }
  }

  /** Replaces the vectors of passages (re-embedding), in one transaction, and records the model. */
  public void replace(List<PassageText> passages, List<float[]> vectors, String model) {
    synchronized (lock) {
      modelKnown = false;
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
        } catch (SQLException | RuntimeException e) {
          connection.rollback();
          index = null;
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
    synchronized (lock) {
      try (PreparedStatement ps = connection.prepareStatement("DELETE FROM passage_vectors WHERE model <> ?")) {
        ps.setString(1, model);
        int n = ps.executeUpdate();
        index = null;
        return n;
      } catch (SQLException e) {
        throw new StoreException("cannot drop vectors: " + e.getMessage(), e);
      }
    }
  }

  private VectorIndex index(int dimension) {
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
    return index;
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
