package org.attribot.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.attribot.claim.Claim;
import org.attribot.claim.ClaimFilter;
import org.attribot.claim.Stance;

/** The {@code claims} table: the attribution claims of every statement. */
public final class Claims {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private final Connections db;
  /** The write connection: used only under {@code db.writeLock}. */
  private final Connection connection;

  Claims(Connections db) {
    this.db = db;
    this.connection = db.writer();
  }

  /** Replaces the claims of one statement; runs inside the caller's transaction when there is one. */
  void replace(long statementKey, List<Claim> claims) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM claims WHERE statement_key = ?")) {
      delete.setLong(1, statementKey);
      delete.executeUpdate();
    }
    try (PreparedStatement ps = connection.prepareStatement(
        "INSERT INTO claims (statement_key, ordinal, attributor, actor, actor_canonical, sponsor, sponsor_state, targets,"
            + " activity, made_in, stance, evidence_start, evidence_end, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int ordinal = 0;
      for (Claim c : claims) {
        ps.setLong(1, statementKey);
        ps.setInt(2, ordinal++);
        ps.setString(3, c.attributor());
        nullable(ps, 4, c.actor());
        nullable(ps, 5, c.actorCanonical());
        nullable(ps, 6, c.sponsor());
        nullable(ps, 7, c.sponsorState());
        ps.setString(8, json(c.targets()));
        nullable(ps, 9, c.activity());
        nullable(ps, 10, c.when());
        ps.setString(11, c.stance().wire());
        ps.setInt(12, c.evidenceStart());
        ps.setInt(13, c.evidenceEnd());
        ps.setString(14, c.evidence());
        ps.executeUpdate();
      }
    }
  }

  /**
   * Replaces the claims of one statement in a transaction of its own (re-extraction), only if
   * the statement still has the content they were extracted from; false when it has changed
   * since (its new version brought its own claims).
   */
  public boolean replaceFor(long statementKey, String contentHash, List<Claim> claims) {
    synchronized (db.writeLock) {
      try {
        connection.setAutoCommit(false);
        try {
          try (PreparedStatement ps = connection.prepareStatement("SELECT content_hash FROM statements WHERE key = ?")) {
            ps.setLong(1, statementKey);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next() || !rs.getString(1).equals(contentHash)) {
                connection.rollback();
                return false;
              }
            }
          }
          replace(statementKey, claims);
          connection.commit();
          return true;
        } catch (SQLException | RuntimeException e) {
          connection.rollback();
          throw e;
        } finally {
          connection.setAutoCommit(true);
        }
      } catch (SQLException e) {
        throw new StoreException("cannot save the claims of statement " + statementKey + ": " + e.getMessage(), e);
      }
    }
  }

  /** Claims matching {@code filter}: newest statement first (undated last), in statement order within one. */
  public List<StoredClaim> list(ClaimFilter filter) {
    Query q = new Query();
    if (filter.actor() != null) {
      q.where("(c.actor_canonical = ? COLLATE NOCASE OR c.actor = ? COLLATE NOCASE OR c.sponsor = ? COLLATE NOCASE)",
          filter.actor(), filter.actor(), filter.actor());
    }
    if (filter.attributor() != null) {
      q.where("c.attributor = ? COLLATE NOCASE", filter.attributor());
    }
    if (filter.sponsor() != null) {
      q.where("(c.sponsor = ? COLLATE NOCASE OR c.sponsor_state = ? COLLATE NOCASE)", filter.sponsor(), filter.sponsor());
    }
    if (filter.since() != null) {
      q.where("(s.published IS NULL OR s.published >= ?)", filter.since().toString());
    }
    return q.run();
  }

  /** Claims whose accused — the known group, the agency or its state — is one of {@code names}. */
  public List<StoredClaim> about(Collection<String> names) {
    return new Query().whereIn("c.actor_canonical", names).orIn("c.sponsor", names).orIn("c.sponsor_state", names).run();
  }

  /** Claims made by one of {@code attributors}. */
  public List<StoredClaim> by(Collection<String> attributors) {
    return new Query().whereIn("c.attributor", attributors).run();
  }

  /** Claims with one of {@code stances}. */
  public List<StoredClaim> withStance(Collection<Stance> stances) {
    return new Query().whereIn("c.stance", stances.stream().map(Stance::wire).toList()).run();
  }

  /** Every claim of the given statements. */
  public List<StoredClaim> ofStatements(Collection<Long> statementKeys) {
    return new Query().whereIn("c.statement_key", statementKeys).run();
  }

  /** A claims query: conditions AND-ed (a list of names as one IN group), newest statement first. */
  private final class Query {
    private final StringBuilder where = new StringBuilder();
    private final List<Object> args = new ArrayList<>();

    Query where(String condition, Object... values) {
      where.append(" AND ").append(condition);
      args.addAll(List.of(values));
      return this;
    }

    Query whereIn(String column, Collection<?> values) {
      where.append(" AND (").append(in(column, values));
      args.addAll(values);
      where.append(')');
      return this;
    }

    /** Widens the last IN group: {@code … OR column IN (values)}. */
    Query orIn(String column, Collection<?> values) {
      where.setLength(where.length() - 1);
      where.append(" OR ").append(in(column, values)).append(')');
      args.addAll(values);
      return this;
    }

    private String in(String column, Collection<?> values) {
      if (values.isEmpty()) {
        return "0";
      }
      String marks = String.join(", ", java.util.Collections.nCopies(values.size(), "?"));
      return column + (values.iterator().next() instanceof String ? " COLLATE NOCASE" : "") + " IN (" + marks + ")";
    }

    List<StoredClaim> run() {
      String sql = "SELECT c.statement_key, s.id, c.attributor, c.actor, c.actor_canonical, c.sponsor, c.sponsor_state, c.targets,"
          + " c.activity, c.made_in, c.stance, c.evidence_start, c.evidence_end, c.evidence"
          + " FROM claims c JOIN statements s ON s.key = c.statement_key WHERE 1 = 1" + where
          + " ORDER BY s.published IS NULL, s.published DESC, s.key DESC, c.ordinal";
      return db.reading(connection -> {
        List<StoredClaim> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
          for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
          }
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(new StoredClaim(rs.getLong(1), new Claim(rs.getString(2), rs.getString(3), rs.getString(4),
                  rs.getString(5), rs.getString(6), rs.getString(7), strings(rs.getString(8)), rs.getString(9),
                  rs.getString(10), Stance.parse(rs.getString(11)), rs.getInt(12), rs.getInt(13), rs.getString(14))));
            }
          }
        } catch (SQLException e) {
          throw new StoreException("cannot read claims: " + e.getMessage(), e);
        }
        return out;
      });
    }
  }

  public int count() {
    return db.reading(connection -> {
      try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM claims");
          ResultSet rs = ps.executeQuery()) {
        return rs.getInt(1);
      } catch (SQLException e) {
        throw new StoreException("cannot count claims: " + e.getMessage(), e);
      }
    });
  }

  private static void nullable(PreparedStatement ps, int index, String value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.VARCHAR);
    } else {
      ps.setString(index, value);
    }
  }

  private static String json(List<String> values) {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> strings(String json) {
    try {
      return JSON.readValue(json, STRINGS);
    } catch (JsonProcessingException e) {
      throw new StoreException("unreadable targets in the claims table: " + e.getMessage(), e);
    }
  }
}
