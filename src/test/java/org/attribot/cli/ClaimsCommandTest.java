package org.attribot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.attribot.Shared;
import org.attribot.export.ClaimFields;
import org.junit.jupiter.api.Test;

class ClaimsCommandTest extends DevClaims {
  @Test
  void theTableShowsWhoAccusedWhomHowWhenAndWhereNewestFirst() {
    Run r = onDev("claims", "--actor", "Fancy Bear");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.get(0).matches("ATTRIBUTOR\\s+→\\s+ACCUSED \\(AS NAMED\\)\\s+STANCE\\s+WHEN\\s+STATEMENT"), lines.get(0));
    assertTrue(lines.stream().anyMatch(l -> l.matches("Netherlands\\s+→\\s+APT28 \\(as \"Fancy Bear\"\\)\\s+attributes\\s+2024\\s+"
        + "nl-2024-ollongren-fancy-bear-speech — Government of the Netherlands, 2024-05-21")), r.out());
    assertTrue(lines.stream().anyMatch(l -> l.matches("Russia\\s+→\\s+APT28\\s+rejects\\s+2024\\s+russia-embassy-prague-2024-denial — TASS, 2024-05-06")),
        r.out());
    assertTrue(lines.stream().anyMatch(l -> l.matches("European Union\\s+→\\s+APT28\\s+attributes\\s+—\\s+eu-hr-2024-apt28 — .*, no date")), r.out());
    List<String> rows = lines.subList(1, lines.size() - 1);
    assertTrue(rows.stream().allMatch(l -> l.contains("→  APT28")), "only APT28, under any name:\n" + r.out());
    assertTrue(r.out().indexOf("2025-05-21") < r.out().indexOf("2024-05-03"), "newest statement first");
    assertTrue(r.out().indexOf("2024-05-03") < r.out().indexOf("no date"), "undated statements last");
    assertTrue(lines.get(lines.size() - 1).matches(rows.size() + " claims from \\d+ statements\\."), lines.get(lines.size() - 1));
  }

  @Test
  void jsonLinesCarryTheGoldFieldsAndEvidenceFromTheStatement() throws Exception {
    List<JsonNode> all = jsonClaims();
    assertTrue(all.size() >= 40, "claims from every dev statement: " + all.size());
    Set<String> stances = Set.of("attributes", "recalls", "denies", "rejects", "does_not_attribute");
    for (JsonNode c : all) {
      List<String> names = new ArrayList<>();
      c.fieldNames().forEachRemaining(names::add);
      assertEquals(ClaimFields.NAMES, names);
      assertTrue(stances.contains(c.get("stance").asText()), c.toString());
      assertTrue(c.get("targets").isArray(), c.toString());
      String text = JSON.readTree(Files.readString(Shared.devSet().resolve(c.get("statement_id").asText() + ".json"))).get("text").asText();
      assertTrue(text.contains(c.get("evidence").asText()), "evidence is quoted from the statement: " + c);
    }
    JsonNode seed = all.stream().filter(c -> c.get("statement_id").asText().equals("nato-council-2025-gru")
        && c.get("attributor").asText().equals("NATO")).findFirst().orElseThrow();
    assertEquals("GRU", seed.get("sponsor").asText());
    assertEquals("Russia", seed.get("sponsor_state").asText());
    assertTrue(seed.get("when").isNull(), "undated statement, no year in the sentence");
  }

  @Test
  void namesAreResolvedThroughTheActorList() {
    List<JsonNode> byAlias = jsonClaims("--actor", "Fancy Bear");
    assertFalse(byAlias.isEmpty());
    assertTrue(byAlias.stream().allMatch(c -> c.get("actor_canonical").asText().equals("APT28")));
    assertTrue(byAlias.stream().anyMatch(c -> c.get("actor").asText().equals("Unit 26165")), "named in the text as Unit 26165");
    assertEquals(byAlias, jsonClaims("--actor", "apt 28"));
    assertEquals(byAlias, jsonClaims("--actor", "Forest Blizzard"));

    List<JsonNode> czech = jsonClaims("--attributor", "Czechia");
    assertFalse(czech.isEmpty());
    assertTrue(czech.stream().allMatch(c -> c.get("attributor").asText().equals("Czech Republic")));

    List<JsonNode> gru = jsonClaims("--sponsor", "Russian military intelligence");
    assertFalse(gru.isEmpty());
    assertTrue(gru.stream().allMatch(c -> c.get("sponsor").asText().equals("GRU")), "GRU by another name");
    assertTrue(gru.stream().anyMatch(c -> c.get("actor_canonical").isNull()), "the agency itself accused");

    List<JsonNode> both = jsonClaims("--actor", "Fancy Bear", "--attributor", "UK");
    assertEquals(Set.of("United Kingdom"), both.stream().map(c -> c.get("attributor").asText()).collect(Collectors.toSet()));
    assertEquals(Set.of("APT28"), both.stream().map(c -> c.get("actor_canonical").asText()).collect(Collectors.toSet()));
  }

  @Test
  void sinceKeepsNewerAndUndatedStatements() {
    Set<String> ids = jsonClaims("--since", "2025-01-01").stream().map(c -> c.get("statement_id").asText()).collect(Collectors.toSet());
    assertTrue(ids.containsAll(Set.of("uk-allies-2025-gru-logistics-advisory", "france-mfa-2025-apt28", "fbi-2025-bybit-north-korea")), ids.toString());
    assertTrue(ids.contains("nato-council-2025-gru"), "undated statements are kept");
    assertFalse(ids.contains("czech-mfa-2024-apt28"), ids.toString());
    assertFalse(ids.contains("uk-2024-china-apt31"), ids.toString());
  }

  @Test
  void badInputIsNamed() {
    Run badDate = onDev("claims", "--since", "2024-13-01");
    assertEquals(2, badDate.code());
    assertTrue(badDate.err().contains("--since") && badDate.err().contains("'2024-13-01' is not a date; give it as YYYY-MM-DD"), badDate.err());

    Run unknown = onDev("claims", "--actor", "Nobody Bear");
    assertEquals(0, unknown.code(), unknown.err());
    assertEquals("No claims match.", unknown.out().strip());

    Run ambiguous = onDev("claims", "--actor", "Grizzly Steppe");
    assertEquals(1, ambiguous.code());
    assertTrue(ambiguous.err().matches("(?s)attribot: --actor \"Grizzly Steppe\" names 2 entries in the actor list \\(.+, .+\\); give one of those names\\s*"),
        ambiguous.err());
  }

  @Test
  void withoutAStoreTheBuiltInSampleIsListed() {
    Run r = cli("claims", "--actor", "GRU");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("built-in sample store"), r.err());
    assertTrue(r.out().contains("nato-council-2025-gru"), r.out());
  }
}
