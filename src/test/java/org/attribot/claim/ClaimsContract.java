package org.attribot.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.attribot.StoreContract;
import org.attribot.statement.Statement;
import org.junit.jupiter.api.Test;

/** What every engine's {@link Claims} does: claims found by who, whom and how, newest statement first. */
public abstract class ClaimsContract extends StoreContract {
  static final String TEXT = "Germany blamed APT28, and Russia denied it.";

  /** Statement {@code id}, published on {@code published}, with a German attribution and a Russian denial. */
  void saveWithClaims(String id, LocalDate published) {
    Statement s = statement(id, published, "Publisher", TEXT + " " + id);
    store.statementWrites().save(s, null, List.of(claim(id, "Germany", "GRU", Stance.ATTRIBUTES, TEXT),
        claim(id, "Russia", null, Stance.DENIES, TEXT)));
  }

  @Test
  void filtersMatchActorAttributorSponsorAndDateInAnyCase() {
    saveWithClaims("s1", LocalDate.of(2024, 5, 3));
    assertEquals(2, store.claims().list(ClaimFilter.ALL).size());
    assertEquals(2, store.claims().list(new ClaimFilter("apt28", null, null, null)).size());
    assertEquals(1, store.claims().list(new ClaimFilter(null, "GERMANY", "Russia", null)).size());
    assertEquals(1, store.claims().list(new ClaimFilter(null, null, "gru", null)).size());
    assertEquals(0, store.claims().list(new ClaimFilter(null, "France", null, null)).size());
    assertEquals(0, store.claims().list(new ClaimFilter(null, null, null, LocalDate.of(2025, 1, 1))).size());
    assertEquals(2, store.claims().list(new ClaimFilter(null, null, null, LocalDate.of(2024, 1, 1))).size());
  }

  @Test
  void claimsAreFoundByAccusedAttributorStanceAndStatement() {
    saveWithClaims("s1", LocalDate.of(2024, 5, 3));
    assertEquals(2, store.claims().about(List.of("apt28")).size());
    assertEquals(1, store.claims().about(List.of("GRU")).size(), "by the sponsor");
    assertEquals(2, store.claims().about(List.of("russia")).size(), "by the sponsor's state");
    assertEquals(0, store.claims().about(List.of()).size());
    assertEquals(List.of("Russia"), attributors(store.claims().by(List.of("russia", "France"))));
    assertEquals(List.of("Russia"), attributors(store.claims().withStance(List.of(Stance.DENIES, Stance.REJECTS))));
    long key = store.statements().statementById("s1").orElseThrow().key();
    assertEquals(List.of("Germany", "Russia"), attributors(store.claims().ofStatements(List.of(key))));
    assertEquals(List.of(), store.claims().ofStatements(List.of(key + 1)));
    assertEquals(key, store.claims().ofStatements(List.of(key)).get(0).statementKey());
  }

  @Test
  void theNewestStatementComesFirstAndEachKeepsItsOwnOrder() {
    saveWithClaims("old", LocalDate.of(2020, 1, 1));
    saveWithClaims("undated", null);
    saveWithClaims("new", LocalDate.of(2025, 1, 1));
    List<StoredClaim> all = store.claims().list(ClaimFilter.ALL);
    assertEquals(List.of("new", "new", "old", "old", "undated", "undated"),
        all.stream().map(c -> c.claim().statementId()).toList());
    assertEquals(List.of("Germany", "Russia"), attributors(all.subList(0, 2)));
    assertEquals(6, store.claims().count());
  }

  private static List<String> attributors(List<StoredClaim> claims) {
    return claims.stream().map(c -> c.claim().attributor()).toList();
  }
}
