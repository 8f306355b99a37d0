package org.attribot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.attribot.StoreContract;
import org.attribot.claim.ClaimFilter;
import org.attribot.claim.Stance;
import org.attribot.claim.StoredClaim;
import org.attribot.statement.Statement;
import org.junit.jupiter.api.Test;

/** What every engine's {@link StatementWrites} does: no duplicates, versions, and nothing partial. */
public abstract class StatementWritesContract extends StoreContract {
  @Test
  void sameContentIsUnchangedAndChangedTextIsANewVersionNotADuplicate() {
    StatementWrites writes = store.statementWrites();
    assertEquals(SaveOutcome.Kind.NEW, writes.save(statement("a", "https://x/a", "GRU hacked Romania.")).kind());
    assertEquals(SaveOutcome.Kind.UNCHANGED, writes.save(statement("a", "https://x/a", "GRU hacked Romania.")).kind());
    Statement a = statement("a", "https://x/a", "GRU hacked Romania.");
    SaveOutcome copy = writes.save(new Statement("copy", a.title(), a.publisher(), null, a.published(), a.url(), "en", a.text()));
    assertEquals(new SaveOutcome(SaveOutcome.Kind.UNCHANGED, "a", 1, "a"), copy, "the same text under another id is not stored twice");
    SaveOutcome updated = writes.save(statement("a", "https://x/a", "GRU Unit 26165 hacked Romania."));
    assertEquals(SaveOutcome.Kind.UPDATED, updated.kind());
    assertEquals(2, updated.version());
    SaveOutcome byUrl = writes.save(statement("other-id", "https://x/a", "APT 28 hacked Romania in 2025."));
    assertEquals(SaveOutcome.Kind.UPDATED, byUrl.kind());
    assertEquals(1, store.statements().statementCount());
    assertEquals(3, store.statements().versionCount("other-id"));
    assertEquals(List.of(), store.passages().search("\"26165\"", 10), "the old version's passages left the index");
    assertEquals(1, store.passages().search("\"2025\"", 10).size());
  }

  @Test
  void aSummaryAndAnOriginalWithTheSameTextAreTwoStatements() {
    String text = "NATO said APT 28 targeted Czechia.";
    StatementWrites writes = store.statementWrites();
    assertEquals(SaveOutcome.Kind.NEW, writes.save(new Statement("sum", "T", "P", null, null, null, "en", text,
        Statement.Kind.SUMMARY)).kind());
    assertEquals(SaveOutcome.Kind.NEW, writes.save(new Statement("orig", "T", "P", null, null, null, "en", text)).kind());
    assertEquals(2, store.statements().statementCount());
  }

  @Test
  void hasContentKnowsExactlyTheTextsStored() {
    Statement a = statement("a", null, "APT 28 targeted Romania.");
    assertFalse(store.statementWrites().hasContent(a.contentHash()));
    store.statementWrites().save(a);
    assertTrue(store.statementWrites().hasContent(a.contentHash()));
    assertFalse(store.statementWrites().hasContent(statement("a", null, "APT 28 targeted Czechia.").contentHash()));
  }

  @Test
  void aFailedSaveWritesNothingOfTheStatement() {
    StatementWrites writes = store.statementWrites();
    String v1 = "Germany blamed APT28 for the attack on Romania.";
    writes.save(statement("a", null, v1), new StatementWrites.Embedded("m", List.of(new float[] {1, 0, 0})),
        List.of(claim("a", "Germany", "GRU", Stance.ATTRIBUTES, v1)));
    String v2 = "France blamed APT28 for the attack on Czechia.";
    // two vectors for one passage: refused, and the new version with its claims is not written either
    assertThrows(IllegalArgumentException.class, () -> writes.save(statement("a", null, v2),
        new StatementWrites.Embedded("m", List.of(new float[] {0, 1, 0}, new float[] {0, 0, 1})),
        List.of(claim("a", "France", "GRU", Stance.ATTRIBUTES, v2))));
    assertThrows(IllegalArgumentException.class, () -> writes.save(statement("b", null, "Lazarus robbed Bybit."),
        new StatementWrites.Embedded("m", List.of(new float[] {0, 1, 0}, new float[] {0, 0, 1})), List.of()));
    assertEquals(1, store.statements().statementCount());
    assertEquals(v1, store.statements().statementById("a").orElseThrow().statement().text());
    assertEquals(1, store.statements().versionCount("a"));
    assertEquals(List.of(), store.passages().search("\"czechia\" OR \"bybit\"", 10));
    assertEquals(1, store.passages().search("\"romania\"", 10).size());
    assertEquals(1, store.vectors().count());
    assertEquals(List.of("Germany"), store.claims().list(ClaimFilter.ALL).stream().map(c -> c.claim().attributor()).toList());
  }

  @Test
  void aNewVersionReplacesTheClaimsAndAnUnchangedOneKeepsThem() {
    String v1 = "Germany blamed APT28.";
    String v2 = "Germany and France blamed APT28.";
    StatementWrites writes = store.statementWrites();
    writes.save(statement("s1", null, v1), null, List.of(claim("s1", "Germany", "GRU", Stance.ATTRIBUTES, v1)));
    writes.save(statement("s1", null, v1), null, List.of());
    assertEquals(1, store.claims().count(), "unchanged: the claims stay");
    writes.save(statement("s1", null, v2), null, List.of(claim("s1", "Germany", "GRU", Stance.ATTRIBUTES, v2),
        claim("s1", "France", "GRU", Stance.ATTRIBUTES, v2)));
    List<StoredClaim> claims = store.claims().list(ClaimFilter.ALL);
    assertEquals(List.of("Germany", "France"), claims.stream().map(c -> c.claim().attributor()).toList());
    assertEquals("APT28", claims.get(0).claim().evidence());
    assertEquals(List.of("Germany"), claims.get(0).claim().targets());
    assertEquals("s1", claims.get(0).claim().statementId());
  }

  @Test
  void claimsAreReplacedOnlyForTheTextTheyWereReadFrom() {
    String text = "Germany blamed APT28.";
    store.statementWrites().save(statement("s1", null, text), null,
        List.of(claim("s1", "Germany", "GRU", Stance.ATTRIBUTES, text)));
    var stored = store.statements().statementById("s1").orElseThrow();
    assertFalse(store.statementWrites().replaceClaims(stored.key(), "not-the-current-content", List.of()),
        "claims of an older version of the text are not written");
    assertEquals(1, store.claims().count());
    assertTrue(store.statementWrites().replaceClaims(stored.key(), stored.contentHash(),
        List.of(claim("s1", "Germany", "GRU", Stance.DENIES, text), claim("s1", "France", "GRU", Stance.ATTRIBUTES, text))));
    assertEquals(2, store.claims().count());
    assertEquals(Stance.DENIES, store.claims().list(ClaimFilter.ALL).get(0).claim().stance());
    assertEquals(1, store.statements().versionCount("s1"), "the statement is untouched");
  }
}
