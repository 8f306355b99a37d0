package org.attribot.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.attribot.claim.Claim;
import org.attribot.claim.Stance;
import org.attribot.export.ClaimFields;
import org.attribot.export.Csv;
import org.junit.jupiter.api.Test;

class ExportCommandTest extends DevClaims {
  /** STIX 2.1 relationships this export may use: source type → relationship type → target types (the spec's table). */
  static final Map<String, Map<String, Set<String>>> ALLOWED = Map.of(
      "intrusion-set", Map.of("attributed-to", Set.of("threat-actor"), "targets", Set.of("identity", "location", "vulnerability"),
          "originates-from", Set.of("location")),
      "threat-actor", Map.of("attributed-to", Set.of("identity"), "targets", Set.of("identity", "location", "vulnerability"),
          "located-at", Set.of("location"), "impersonates", Set.of("identity")),
      "identity", Map.of("located-at", Set.of("location")));
  /** The spec's properties the export uses. */
  static final Set<String> SPEC_PROPERTIES = Set.of("type", "spec_version", "id", "created", "modified", "name", "description",
      "report_types", "published", "object_refs", "external_references", "identity_class", "sectors", "aliases", "threat_actor_types",
      "country", "relationship_type", "source_ref", "target_ref");
  static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

  JsonNode export(Path file, String... filters) throws Exception {
    List<String> args = new ArrayList<>(List.of("export", "--stix", file.toString()));
    args.addAll(List.of(filters));
    Run r = onDev(args.toArray(String[]::new));
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("wrote "), r.out());
    return JSON.readTree(file.toFile());
  }

  @Test
  void theStixBundleIsWellFormedAndEveryReferenceResolves() throws Exception {
    JsonNode bundle = export(devDir.resolve("bundle.json"));
    assertEquals("bundle", bundle.get("type").asText());
    assertUuidId("bundle", bundle.get("id").asText());
    List<JsonNode> objects = StreamSupport.stream(bundle.get("objects").spliterator(), false).toList();
    Map<String, JsonNode> byId = new HashMap<>();
    for (JsonNode o : objects) {
      String type = o.path("type").asText();
      assertFalse(type.isEmpty(), o.toString());
      assertUuidId(type, o.path("id").asText());
      assertNotNull(byId.putIfAbsent(o.get("id").asText(), o) == null ? "unique" : null, "duplicate id " + o.get("id"));
      assertEquals("2.1", o.path("spec_version").asText(), o.toString());
      for (String time : List.of("created", "modified")) {
        assertTrue(o.path(time).asText().matches(TIMESTAMP), time + " of " + o);
      }
      assertFalse(Instant.parse(o.get("modified").asText()).isBefore(Instant.parse(o.get("created").asText())));
      o.fieldNames().forEachRemaining(name -> assertTrue(SPEC_PROPERTIES.contains(name) || name.matches("x_attribot_[a-z0-9_]{1,239}"),
          "property " + name + " is neither the spec's nor a custom x_attribot_ one"));
      switch (type) {
        case "report" -> {
          required(o, "name", "published", "object_refs");
          assertTrue(o.get("published").asText().matches(TIMESTAMP), o.toString());
          assertFalse(o.get("object_refs").isEmpty());
          for (JsonNode ref : o.get("external_references")) {
            assertTrue(ref.hasNonNull("source_name") && (ref.has("url") || ref.has("external_id") || ref.has("description")), ref.toString());
          }
        }
        case "identity", "intrusion-set", "threat-actor" -> required(o, "name");
        case "location" -> assertTrue(o.has("region") || o.has("country") || (o.has("latitude") && o.has("longitude")), o.toString());
        case "relationship" -> required(o, "relationship_type", "source_ref", "target_ref");
        default -> throw new AssertionError("unexpected object type " + type);
      }
      if (o.has("identity_class")) {
        assertTrue(Set.of("individual", "group", "system", "organization", "class", "unknown").contains(o.get("identity_class").asText()), o.toString());
      }
      if (o.has("threat_actor_types")) {
        for (JsonNode t : o.get("threat_actor_types")) {
          assertTrue(Set.of("activist", "competitor", "crime-syndicate", "criminal", "hacker", "insider-accidental", "insider-disgruntled",
              "nation-state", "sensationalist", "spy", "terrorist", "unknown").contains(t.asText()), o.toString());
        }
      }
    }
    for (JsonNode o : objects) {
      walk(o, (name, value) -> {
        if (value.isArray()) {
          assertFalse(value.isEmpty(), "empty list " + name + " in " + o.get("id"));
        }
        if (name.endsWith("_ref")) {
          assertTrue(byId.containsKey(value.asText()), name + " " + value + " of " + o.get("id") + " is not in the bundle");
        }
        if (name.endsWith("_refs")) {
          value.forEach(ref -> assertTrue(byId.containsKey(ref.asText()), name + " " + ref + " of " + o.get("id") + " is not in the bundle"));
        }
      });
      if (o.get("type").asText().equals("relationship")) {
        String source = byId.get(o.get("source_ref").asText()).get("type").asText();
        String target = byId.get(o.get("target_ref").asText()).get("type").asText();
        String kind = o.get("relationship_type").asText();
        assertTrue(ALLOWED.getOrDefault(source, Map.of()).getOrDefault(kind, Set.of()).contains(target),
            "STIX 2.1 has no " + source + " " + kind + " " + target);
      }
    }
  }

  @Test
  void theBundleSaysWhatTheStatementsSay() throws Exception {
    JsonNode bundle = export(devDir.resolve("said.json"));
    Map<String, JsonNode> byId = new HashMap<>();
    bundle.get("objects").forEach(o -> byId.put(o.get("id").asText(), o));
    Map<String, JsonNode> reports = new HashMap<>();
    bundle.get("objects").forEach(o -> {
      if (o.get("type").asText().equals("report")) {
        reports.put(o.get("external_references").get(1).get("external_id").asText(), o);
      }
    });
    assertEquals(14, reports.size(), "a report per dev statement");

    JsonNode nac = reports.get("nato-nac-2024-apt28");
    assertEquals("Statement by the North Atlantic Council concerning malicious cyber activities against Germany and Czechia", nac.get("name").asText());
    assertEquals("2024-05-03T00:00:00.000Z", nac.get("published").asText());
    assertTrue(nac.get("external_references").get(0).get("source_name").asText().startsWith("NATO North Atlantic Council"));
    assertTrue(nac.get("external_references").get(0).has("url"));
    List<String> said = new ArrayList<>();
    for (JsonNode ref : nac.get("object_refs")) {
      JsonNode o = byId.get(ref.asText());
      if (o.get("type").asText().equals("relationship")) {
        said.add(name(byId.get(o.get("source_ref").asText())) + " " + o.get("relationship_type").asText() + " "
            + name(byId.get(o.get("target_ref").asText())));
      }
    }
    assertTrue(said.containsAll(List.of("APT28 attributed-to GRU", "GRU attributed-to Russia", "APT28 targets Germany", "APT28 targets Czech Republic")),
        said.toString());
    JsonNode natoClaim = StreamSupport.stream(nac.get("x_attribot_claims").spliterator(), false)
        .filter(c -> c.get("attributor").asText().equals("NATO")).findFirst().orElseThrow();
    assertEquals("attributes", natoClaim.get("stance").asText());
    assertEquals("NATO", name(byId.get(natoClaim.get("attributor_ref").asText())));
    assertFalse(natoClaim.get("evidence").asText().isBlank());

    JsonNode apt28 = byId.values().stream().filter(o -> o.get("type").asText().equals("intrusion-set") && name(o).equals("APT28")).findFirst().orElseThrow();
    Set<String> aliases = StreamSupport.stream(apt28.get("aliases").spliterator(), false).map(a -> a.asText().toLowerCase(java.util.Locale.ROOT))
        .collect(Collectors.toSet());
    assertTrue(aliases.containsAll(Set.of("fancy bear", "forest blizzard", "unit 26165")), aliases.toString());
    JsonNode gru = byId.values().stream().filter(o -> o.get("type").asText().equals("threat-actor") && name(o).equals("GRU")).findFirst().orElseThrow();
    assertEquals("nation-state", gru.get("threat_actor_types").get(0).asText());
    Map<String, String> countries = byId.values().stream().filter(o -> o.get("type").asText().equals("location"))
        .collect(Collectors.toMap(ExportCommandTest::name, o -> o.get("country").asText()));
    assertEquals("DE", countries.get("Germany"));
    assertEquals("CZ", countries.get("Czech Republic"));
    assertEquals("RO", countries.get("Romania"));

    JsonNode denial = reports.get("russia-embassy-prague-2024-denial");
    assertTrue(denial.get("description").asText().contains("Russia rejects APT28"), denial.get("description").asText());
    boolean russiaAsserts = StreamSupport.stream(denial.get("object_refs").spliterator(), false).map(r -> byId.get(r.asText()))
        .filter(o -> o.get("type").asText().equals("relationship"))
        .anyMatch(o -> name(byId.get(o.get("x_attribot_attributor_ref").asText())).equals("Russia"));
    assertFalse(russiaAsserts, "a denial asserts no relationship");

    JsonNode undated = reports.get("nato-council-2025-gru");
    assertTrue(undated.get("x_attribot_undated").asBoolean());
    assertEquals(undated.get("created").asText(), undated.get("published").asText(), "undated: published when ingested");
  }

  @Test
  void theSameStoreGivesTheSameBytesAndFiltersNarrowTheBundle() throws Exception {
    Path first = devDir.resolve("first.json");
    Path second = devDir.resolve("second.json");
    export(first);
    export(second);
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));

    JsonNode apt28 = export(devDir.resolve("apt28.json"), "--actor", "Fancy Bear", "--since", "2025-01-01");
    Set<String> names = StreamSupport.stream(apt28.get("objects").spliterator(), false)
        .filter(o -> o.get("type").asText().equals("intrusion-set")).map(ExportCommandTest::name).collect(Collectors.toSet());
    assertEquals(Set.of("APT28"), names);
    JsonNode all = JSON.readTree(first.toFile());
    String apt28Id = "intrusion-set--" + StreamSupport.stream(all.get("objects").spliterator(), false)
        .filter(o -> name(o).equals("APT28")).findFirst().orElseThrow().get("id").asText().split("--")[1];
    assertTrue(apt28.toString().contains(apt28Id), "the same object keeps its id in every export");

    Run none = onDev("export", "--stix", devDir.resolve("none.json").toString(), "--actor", "Nobody Bear");
    assertEquals(0, none.code(), none.err());
    assertTrue(none.out().contains("wrote 0 claims from 0 statements") && none.out().contains("no objects"), none.out());
    Run neither = onDev("export");
    assertEquals(2, neither.code());
    assertTrue(neither.err().contains("give --stix FILE, --csv FILE or both"), neither.err());
  }

  @Test
  void aDashMeansStandardOutput() throws Exception {
    Path file = devDir.resolve("dash.json");
    export(file);
    Run stix = onDev("export", "--stix", "-");
    assertEquals(0, stix.code(), stix.err());
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), stix.out(), "the bundle, and nothing else, on standard output");
    assertTrue(stix.err().startsWith("wrote ") && stix.err().contains(" to standard output: a STIX 2.1 bundle of "), stix.err());
    assertFalse(Files.exists(Path.of("-")), "no file named -");
    Run csv = onDev("export", "--csv", "-", "--actor", "APT31");
    assertEquals(0, csv.code(), csv.err());
    assertTrue(csv.out().startsWith("statement_id,"), csv.out());
    Run both = onDev("export", "--csv", "-", "--stix", "-");
    assertEquals(2, both.code());
    assertTrue(both.err().contains("only one of --stix and --csv can go to standard output (-)"), both.err());
  }

  @Test
  void csvHasOneRowPerClaimWithTheJsonColumns() throws Exception {
    Path file = devDir.resolve("claims.csv");
    Run r = onDev("export", "--csv", file.toString(), "--actor", "GRU");
    assertEquals(0, r.code(), r.err());
    List<List<String>> rows = parseCsv(Files.readString(file, StandardCharsets.UTF_8));
    assertEquals(ClaimFields.NAMES, rows.get(0));
    List<JsonNode> json = jsonClaims("--actor", "GRU");
    assertEquals(json.size(), rows.size() - 1);
    for (int i = 0; i < json.size(); i++) {
      JsonNode c = json.get(i);
      List<String> row = rows.get(i + 1);
      for (int k = 0; k < ClaimFields.NAMES.size(); k++) {
        JsonNode v = c.get(ClaimFields.NAMES.get(k));
        String expected = v.isNull() ? "" : v.isArray()
            ? StreamSupport.stream(v.spliterator(), false).map(JsonNode::asText).collect(Collectors.joining("; ")) : v.asText();
        assertEquals(expected, row.get(k), ClaimFields.NAMES.get(k) + " of row " + (i + 1));
      }
    }
    assertTrue(rows.stream().anyMatch(row -> row.get(6).contains("; ")), "several targets in one cell");
  }

  @Test
  void csvQuotesCommasQuotesAndLineBreaks() {
    String evidence = "He said \"GRU, again\".\nThen left.";
    Claim c = new Claim("s-1", "Czech Republic", "APT 28", "APT28", null, null, List.of("Germany", "Czech Republic"), "hacking, again",
        "2024", Stance.ATTRIBUTES, 5, 5 + evidence.length(), evidence);
    String csv = Csv.of(List.of(c));
    assertEquals(String.join(",", ClaimFields.NAMES) + "\r\n"
        + "s-1,Czech Republic,APT 28,APT28,,,Germany; Czech Republic,\"hacking, again\",2024,attributes,\"He said \"\"GRU, again\"\".\nThen left.\"\r\n", csv);
    assertEquals(List.of("s-1", "Czech Republic", "APT 28", "APT28", "", "", "Germany; Czech Republic", "hacking, again", "2024", "attributes", evidence),
        parseCsv(csv).get(1));
  }

  static String name(JsonNode o) {
    return o.path("name").asText();
  }

  static void required(JsonNode o, String... names) {
    for (String n : names) {
      assertTrue(o.hasNonNull(n), o.get("type").asText() + " without " + n + ": " + o);
    }
  }

  static void assertUuidId(String type, String id) {
    assertTrue(id.startsWith(type + "--"), id);
    String uuid = id.substring(type.length() + 2);
    UUID parsed = UUID.fromString(uuid);
    assertEquals(uuid, parsed.toString(), "lower-case canonical form");
    assertEquals(5, parsed.version(), id);
    assertEquals(2, parsed.variant(), id);
  }

  /** Every property, at any depth, with its name. */
  static void walk(JsonNode node, BiConsumer<String, JsonNode> visit) {
    if (node.isObject()) {
      node.properties().forEach(e -> {
        visit.accept(e.getKey(), e.getValue());
        walk(e.getValue(), visit);
      });
    } else if (node.isArray()) {
      node.forEach(n -> walk(n, visit));
    }
  }

  /** RFC 4180, strictly: CRLF row ends, quoted fields with doubled quotes. */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        assertEquals(0, field.length(), "a quote inside an unquoted field");
        quoted = true;
      } else if (ch == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (ch == '\r') {
        assertEquals('\n', text.charAt(i + 1), "CRLF");
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        assertTrue(ch != '\n', "a bare line break outside quotes");
        field.append(ch);
      }
    }
    assertTrue(row.isEmpty() && field.length() == 0 && !quoted, "the file ends with CRLF");
    Set<Integer> widths = new HashSet<>();
    rows.forEach(r -> widths.add(r.size()));
    assertEquals(1, widths.size(), "every row has every column");
    return rows;
  }
}
