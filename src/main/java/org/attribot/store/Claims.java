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
import java.util.List;
import org.attribot.claim.Claim;
import org.attribot.claim.ClaimFilter;
import org.attribot.claim.Stance;

/** The {@code claims} table: the attribution claims of every statement. */
public final class Claims {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private final Connection connection;
  private final Object lock;

  Claims(Connection connection, Object lock) {
    this.connection = connection;
    this.lock = lock;
  }

  /** Replaces the claims of one statement; runs inside the caller's transaction when there is one. */
  void replace(long statementKey, List<Claim> claims) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM claims WHERE statement_key = ?")) {
      delete.setLong(1, statementKey);
      delete.executeUpdate();
    }
    try (PreparedStatement ps = connection.prepareStatement(
        "INSERT INTO claims (statement_key, ordinal, attributor, actor, actor_canonical, sponsor, sponsor_state, targets,"
            + " activity, made_in, stance, evidence_start, evidence_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
        ps.executeUpdate();
      }
    }
  }

  /** Replaces the claims of one statement in a transaction of its own (re-extraction). */
  public void replaceFor(long statementKey, List<Claim> claims) {
    synchronized (lock) {
      try {
        connection.setAutoCommit(false);
        try {
          replace(statementKey, claims);
          connection.commit();
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
    StringBuilder sql = new StringBuilder(
        "SELECT c.statement_key, s.id, c.attributor, c.actor, c.actor_canonical, c.sponsor, c.sponsor_state, c.targets,"
            + " c.activity, c.made_in, c.stance, c.evidence_start, c.evidence_end, s.text"
            + " FROM claims c JOIN statements s ON s.key = c.statement_key WHERE 1 = 1");
    List<String> args = new ArrayList<>();
    if (filter.actor() != null) {
      sql.append(" AND (c.actor_canonical = ? COLLATE NOCASE OR c.actor = ? COLLATE NOCASE OR c.sponsor = ? COLLATE NOCASE)");
      args.add(filter.actor());
      args.add(filter.actor());
      args.add(filter.actor());
    }
    if (filter.attributor() != null) {
      sql.append(" AND c.attributor = ? COLLATE NOCASE");
      args.add(filter.attributor());
    }
    if (filter.sponsor() != null) {
      sql.append(" AND (c.sponsor = ? COLLATE NOCASE OR c.sponsor_state = ? COLLATE NOCASE)");
      args.add(filter.sponsor());
      args.add(filter.sponsor());
    }
    if (filter.since() != null) {
      sql.append(" AND (s.published IS NULL OR s.published >= ?)");
      args.add(filter.since().toString());
    }
    sql.append(" ORDER BY s.published IS NULL, s.published DESC, s.key DESC, c.ordinal");
    synchronized (lock) {
      List<StoredClaim> out = new ArrayList<>();
      try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
        for (int i = 0; i < args.size(); i++) {
          ps.setString(i + 1, args.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            int start = rs.getInt(12);
            int end = rs.getInt(13);
            String text = rs.getString(14);
            out.add(new StoredClaim(rs.getLong(1), new Claim(rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), strings(rs.getString(8)), rs.getString(9),
                rs.getString(10), Stance.parse(rs.getString(11)), start, end, text.substring(start, end))));
          }
        }
      } catch (SQLException e) {
        throw new StoreException("cannot read claims: " + e.getMessage(), e);
      }
      return out;
    }
  }

  public int count() {
    synchronized (lock) {
      try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM claims");
          ResultSet rs = ps.executeQuery()) {
        return rs.getInt(1);
      } catch (SQLException e) {
        throw new StoreException("cannot count claims: " + e.getMessage(), e);
      }
    }
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
