package org.attribot.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.attribot.claim.Claim;
import org.attribot.claim.ClaimFilter;
import org.attribot.claim.Claims;
import org.attribot.claim.Stance;
import org.attribot.claim.StoredClaim;
import org.attribot.store.StoreException;

/** The {@code claims} table: the attribution claims of every statement, replaced with it. */
final class SqliteClaims implements Claims {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private final Connections db;

  SqliteClaims(Connections db) {
    this.db = db;
  }

  /** Replaces the claims of one statement; inside the caller's transaction, on {@code c}. */
  void replace(Connection c, long statementKey, List<Claim> claims) throws SQLException {
    Sql.update(c, "DELETE FROM claims WHERE statement_key = ?", statementKey);
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO claims (statement_key, ordinal, attributor, actor, actor_canonical, sponsor, sponsor_state, targets,"
            + " activity, made_in, stance, evidence_start, evidence_end, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int ordinal = 0;
      for (Claim claim : claims) {
        Sql.bind(ps, statementKey, ordinal++, claim.attributor(), claim.actor(), claim.actorCanonical(), claim.sponsor(),
            claim.sponsorState(), json(claim.targets()), claim.activity(), claim.when(), claim.stance().wire(),
            claim.evidenceStart(), claim.evidenceEnd(), claim.evidence());
        ps.executeUpdate();
      }
    }
  }

  @Override
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

  @Override
  public List<StoredClaim> about(Collection<String> names) {
    return new Query().whereIn("c.actor_canonical", names).orIn("c.sponsor", names).orIn("c.sponsor_state", names).run();
  }

  @Override
  public List<StoredClaim> by(Collection<String> attributors) {
    return new Query().whereIn("c.attributor", attributors).run();
  }

  @Override
  public List<StoredClaim> withStance(Collection<Stance> stances) {
    return new Query().whereIn("c.stance", stances.stream().map(Stance::wire).toList()).run();
  }

  @Override
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
      return column + (values.iterator().next() instanceof String ? " COLLATE NOCASE" : "") + " IN (" + Sql.marks(values) + ")";
    }

    List<StoredClaim> run() {
      String sql = "SELECT c.statement_key, s.id, c.attributor, c.actor, c.actor_canonical, c.sponsor, c.sponsor_state, c.targets,"
          + " c.activity, c.made_in, c.stance, c.evidence_start, c.evidence_end, c.evidence"
          + " FROM claims c JOIN statements s ON s.key = c.statement_key WHERE 1 = 1" + where
          + " ORDER BY s.published IS NULL, s.published DESC, s.key DESC, c.ordinal";
      return db.read("cannot read claims", c -> Sql.list(c, sql, rs -> new StoredClaim(rs.getLong(1), new Claim(rs.getString(2),
          rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), strings(rs.getString(8)),
          rs.getString(9), rs.getString(10), Stance.parse(rs.getString(11)), rs.getInt(12), rs.getInt(13), rs.getString(14))),
          args.toArray()));
    }
  }

  @Override
  public int count() {
    return db.read("cannot count claims", c -> Sql.count(c, "SELECT count(*) FROM claims"));
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
