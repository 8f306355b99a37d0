package org.attribot.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MispImporterTest {

  private static Path cluster(String name) {
    Path file = GazetteerGenerator.clusters().resolve(name);
    assumeTrue(Files.isRegularFile(file), "MISP cluster not found: " + file.toAbsolutePath());
    return file;
  }

  private static Entity named(List<Entity> entities, String canonical) {
    List<Entity> found = entities.stream().filter(e -> e.canonical().equals(canonical)).toList();
    assertEquals(1, found.size(), canonical);
    return found.get(0);
  }

  @Test
  void importsTheRealThreatActorCluster() {
    List<Entity> actors = MispImporter.importThreatActors(cluster("threat-actor.json"));
    assertEquals(1041, actors.size());
    assertTrue(actors.stream().allMatch(e -> e.kind() == Entity.Kind.ACTOR));
    Entity apt28 = named(actors, "APT28");
    assertTrue(apt28.aliases().stream().anyMatch("Fancy Bear"::equalsIgnoreCase));
    assertTrue(apt28.aliases().contains("Forest Blizzard"));
    assertTrue(apt28.aliases().contains("Unit 26165"), "from meta.GRU");
    assertEquals("GRU", apt28.sponsor());
    assertEquals("Russia", apt28.state());
    assertEquals("North Korea", named(actors, "Lazarus Group").state());
    assertTrue(named(actors, "SaintBear").aliases().contains("Unit 29155"));
    assertEquals("China", named(actors, "Volt Typhoon").state());
  }

  @Test
  void importsTheMitreIntrusionSetCluster() {
    List<Entity> sets = MispImporter.importThreatActors(cluster("mitre-intrusion-set.json"));
    assertEquals(191, sets.size());
    Entity apt28 = named(sets, "APT28");
    assertTrue(apt28.aliases().contains("G0007"));
    assertTrue(apt28.aliases().contains("APT28 - G0007"));
  }

  @Test
  void importedActorsMergeIntoTheDefaultGazetteerWithoutLosingSponsors() {
    Gazetteer merged = Gazetteer.loadDefault().merge(MispImporter.importThreatActors(cluster("mitre-intrusion-set.json")));
    List<Entity> apt28 = merged.lookup("APT28", Entity.Kind.ACTOR);
    assertEquals(1, apt28.size());
    assertEquals("GRU", apt28.get(0).sponsor());
    assertTrue(apt28.get(0).aliases().contains("APT28 - G0007"));
  }

  @Test
  void importsCountries() {
    List<Entity> countries = MispImporter.importCountries(cluster("country.json"));
    assertEquals(252, countries.size());
    assertTrue(named(countries, "United States").aliases().contains("United States of America"));
    assertTrue(named(countries, "Czech Republic").aliases().contains("Czechia"));
  }

  @Test
  void smallHandWrittenCluster(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("mini.json"), """
        {"values": [
          {"value": "Example Bear", "meta": {"synonyms": ["EXAMPLE BEAR", "Example Team (Vendor)", "x,"],
            "country": "IR", "name-attribution": ["Fictional Storm:0a1b2c3d-1111-2222-3333-444455556666"]}},
          {"value": "Stateless", "meta": {"cfr-suspected-state-sponsor": "Unknown"}},
          {"value": "CfrOnly", "meta": {"cfr-suspected-state-sponsor": "Korea (Democratic People's Republic of)"}}
        ]}
        """);
    List<Entity> actors = MispImporter.importThreatActors(file);
    assertEquals(List.of("Example Team (Vendor)", "Example Team", "x", "Fictional Storm"), actors.get(0).aliases());
    assertEquals("Iran", actors.get(0).state());
    assertNull(actors.get(1).state());
    assertEquals("Democratic People's Republic of Korea", actors.get(2).state());
    Gazetteer g = Gazetteer.loadDefault().merge(actors);
    assertEquals("North Korea", g.lookup("CfrOnly").get(0).state());
  }

  @Test
  void malformedFilesAreNamedInTheError(@TempDir Path dir) throws IOException {
    assertFault(Files.writeString(dir.resolve("notjson.json"), "this is not JSON"),
        "not valid JSON at line 1, column 1: 'this' is not a JSON value: put text in double quotes");
    assertFault(Files.writeString(dir.resolve("cut.json"), "{\"values\": [\n{\"value\": \"APT28\"}"),
        "not valid JSON at line 2, column 19: the text ends before the list [ ] opened at line 1, column 12 is closed: add the missing ]");
    assertFault(Files.writeString(dir.resolve("novalues.json"), "{\"name\": \"Threat Actor\"}"), "no \"values\" array");
    assertFault(Files.writeString(dir.resolve("array.json"), "[1, 2]"), "no \"values\" array");
    assertFault(Files.writeString(dir.resolve("empty.json"), ""), "empty");
    assertFault(Files.writeString(dir.resolve("novalue.json"),
        "{\"values\": [{\"value\": \"A\"}, {\"uuid\": \"u-1\", \"meta\": {}}]}"), "values[1] has no \"value\"");
    assertFault(Files.writeString(dir.resolve("notobject.json"), "{\"values\": [\"APT28\"]}"), "values[0] is not an object");
    assertFault(dir.resolve("absent.json"), "not found");
  }

  private static void assertFault(Path file, String fault) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MispImporter.importThreatActors(file));
    assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
    assertTrue(e.getMessage().contains(fault), e.getMessage());
  }
}
