package org.attribot.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GazetteerTest {

  private static final Gazetteer DEFAULT = Gazetteer.loadDefault();

  private static Set<String> canonicals(List<Entity> entities) {
    return entities.stream().map(Entity::canonical).collect(Collectors.toSet());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Fancy Bear", "fancy bear", "forest blizzard", "APT 28", "apt28", "APT-28", "Unit 26165",
      "Sofacy", "STRONTIUM", "85th GTsSS"})
  void apt28NamesResolveToApt28SponsoredByTheGru(String name) {
    List<Entity> found = DEFAULT.lookup(name);
    assertEquals(1, found.size(), () -> name + " -> " + found);
    Entity apt28 = found.get(0);
    assertEquals("APT28", apt28.canonical());
    assertEquals(Entity.Kind.ACTOR, apt28.kind());
    assertEquals("GRU", apt28.sponsor());
    assertEquals("Russia", apt28.state());
    Entity gru = DEFAULT.sponsorOf(apt28).orElseThrow();
    assertEquals(Entity.Kind.ORGANISATION, gru.kind());
    assertEquals("Russia", gru.state());
    assertEquals("Russia", DEFAULT.stateOf(apt28).orElseThrow().canonical());
  }

  @Test
  void ambiguousAliasesReturnEveryCandidate() {
    assertEquals(Set.of("APT28", "APT29"), canonicals(DEFAULT.lookup("Grizzly Steppe")));
    List<Entity> cadet = DEFAULT.lookup("Cadet Blizzard");
    assertEquals(Set.of("SaintBear", "DEV-0586"), canonicals(cadet));
    assertTrue(cadet.stream().allMatch(e -> "GRU".equals(e.sponsor())));
    assertEquals(Set.of("Lazarus Group", "TraderTraitor"), canonicals(DEFAULT.lookup("TraderTraitor")));
  }

  @Test
  void sponsorsOfTheMainActors() {
    assertEquals("GRU", one("Sandworm").sponsor());
    assertEquals("GRU", one("Unit 74455").sponsor());
    assertEquals("SVR", one("Cozy Bear").sponsor());
    assertEquals("FSB", one("Venomous Bear").sponsor());
    assertEquals("MSS", one("Violet Typhoon").sponsor());
    assertEquals("China", one("Violet Typhoon").state());
    assertEquals("MSS", one("APT40").sponsor());
    assertEquals("RGB", one("Hidden Cobra").sponsor());
    assertEquals("North Korea", one("Hidden Cobra").state());
    assertEquals("China", one("Volt Typhoon").state());
    assertEquals("China", one("Salt Typhoon").state());
    assertEquals("IRGC", one("CyberAv3ngers").sponsor());
    assertEquals("Iran", one("CyberAv3ngers").state());
  }

  private static Entity one(String name) {
    List<Entity> found = DEFAULT.lookup(name, Entity.Kind.ACTOR);
    assertEquals(1, found.size(), () -> name + " -> " + found);
    return found.get(0);
  }

  @Test
  void countriesByShortFormAndDemonym() {
    assertEquals(List.of("Czech Republic"), DEFAULT.lookup("Czechia").stream().map(Entity::canonical).toList());
    assertEquals("United Kingdom", DEFAULT.lookup("british").get(0).canonical());
    assertEquals("United Kingdom", DEFAULT.lookup("U.K.").get(0).canonical());
    assertEquals("United States", DEFAULT.lookup("USA").get(0).canonical());
    assertEquals("United States", DEFAULT.lookup("United States of America").get(0).canonical());
    assertEquals("North Korea", DEFAULT.lookup("DPRK").get(0).canonical());
    assertEquals("Netherlands", DEFAULT.lookup("Dutch").get(0).canonical());
    assertEquals("Russia", DEFAULT.lookup("Russian Federation").get(0).canonical());
    assertEquals(Entity.Kind.COUNTRY, DEFAULT.lookup("romania").get(0).kind());
  }

  @Test
  void organisationsByLongName() {
    assertEquals("GRU", DEFAULT.lookup("Main Intelligence Directorate").get(0).canonical());
    assertEquals("SVR", DEFAULT.lookup("Russian foreign intelligence").get(0).canonical());
    assertEquals("MSS", DEFAULT.lookup("ministry of state security").get(0).canonical());
    assertEquals("RGB", DEFAULT.lookup("Reconnaissance General Bureau").get(0).canonical());
    assertEquals(34, DEFAULT.entities(Entity.Kind.ORGANISATION).size());
  }

  @Test
  void unknownNamesFindNothing() {
    assertEquals(List.of(), DEFAULT.lookup("Nobody Bear"));
    assertEquals(List.of(), DEFAULT.lookup(""));
    assertEquals(List.of(), DEFAULT.lookup(null));
    assertTrue(DEFAULT.sponsorOf(DEFAULT.lookup("Romania").get(0)).isEmpty());
  }

  @Test
  void keyIgnoresCaseSpacingAndPunctuation() {
    assertEquals("apt28", Gazetteer.key("APT 28"));
    assertEquals("apt28", Gazetteer.key("apt-28"));
    assertEquals("us", Gazetteer.key("U.S."));
    assertEquals("turkiye", Gazetteer.key("Türkiye"));
    assertEquals("peoplesrepublicofchina", Gazetteer.key("People\u2019s Republic of China"));
  }

  @Test
  void namesPutCanonicalFirstWithoutRepeats() {
    Entity e = new Entity("APT28", Entity.Kind.ACTOR, List.of("FANCY BEAR", "Fancy Bear", "APT 28", "apt28", " "),
        " ", "");
    assertEquals(List.of("APT28", "FANCY BEAR", "APT 28"), e.names());
    assertEquals(null, e.sponsor());
    assertEquals(null, e.state());
    assertEquals(List.of(), Entity.of("X", Entity.Kind.ACTOR).aliases());
    assertThrows(IllegalArgumentException.class, () -> Entity.of(" ", Entity.Kind.ACTOR));
  }

  @Test
  void mergeCombinesSameKindAndCanonicalOnly() {
    Gazetteer base = new Gazetteer(List.of(
        Entity.of("Russia", Entity.Kind.COUNTRY, "Russian Federation"),
        new Entity("GRU", Entity.Kind.ORGANISATION, List.of(), null, "Russian Federation"),
        Entity.of("APT28", Entity.Kind.ACTOR, "Sofacy")));
    Gazetteer merged = base.merge(List.of(
        new Entity("apt 28", Entity.Kind.ACTOR, List.of("Fancy Bear", "sofacy"), "GRU", null),
        new Entity("Sandworm", Entity.Kind.ACTOR, List.of(), null, "Russian Federation"),
        Entity.of("APT28", Entity.Kind.COUNTRY)));
    assertEquals(5, merged.size());
    Entity apt28 = merged.lookup("Fancy Bear").get(0);
    assertEquals("APT28", apt28.canonical());
    assertEquals(List.of("Sofacy", "apt 28", "Fancy Bear"), apt28.aliases());
    assertEquals("GRU", apt28.sponsor());
    assertEquals("Russia", apt28.state(), "state taken from the sponsor and made canonical");
    assertEquals("Russia", merged.lookup("GRU").get(0).state());
    assertEquals("Russia", merged.lookup("Sandworm").get(0).state());
    assertEquals(2, merged.lookup("APT28").size(), "an entity of another kind is not merged");
    assertEquals(3, base.size(), "the original is unchanged");
    assertEquals(List.of("Sofacy"), base.lookup("APT28").get(0).aliases());
  }

  @Test
  void writeThenLoadRoundTrips(@TempDir Path dir) {
    Path file = dir.resolve("sub/gazetteer.json");
    List<Entity> entities = List.of(
        new Entity("APT28", Entity.Kind.ACTOR, List.of("Fancy Bear"), "GRU", "Russia"),
        Entity.of("Russia", Entity.Kind.COUNTRY));
    MispImporter.writeGazetteer(entities, file);
    assertEquals(entities, Gazetteer.load(file).entities());
    Gazetteer.load(file).write(dir.resolve("again.json"));
    assertEquals(entities, Gazetteer.load(dir.resolve("again.json")).entities());
  }

  @Test
  void badGazetteerFilesAreNamedInTheError(@TempDir Path dir) throws IOException {
    Path notJson = Files.writeString(dir.resolve("broken.json"), "[{\"canonical\": ");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Gazetteer.load(notJson));
    assertTrue(e.getMessage().contains("broken.json") && e.getMessage().contains("not valid JSON"), e.getMessage());

    Path badKind = Files.writeString(dir.resolve("kind.json"), "[{\"canonical\": \"X\", \"kind\": \"GROUP\"}]");
    e = assertThrows(IllegalArgumentException.class, () -> Gazetteer.load(badKind));
    assertTrue(e.getMessage().contains("kind.json") && e.getMessage().contains("GROUP"), e.getMessage());

    Path object = Files.writeString(dir.resolve("object.json"), "{}");
    e = assertThrows(IllegalArgumentException.class, () -> Gazetteer.load(object));
    assertTrue(e.getMessage().contains("object.json"), e.getMessage());

    e = assertThrows(IllegalArgumentException.class, () -> Gazetteer.load(dir.resolve("missing.json")));
    assertTrue(e.getMessage().contains("missing.json"), e.getMessage());
  }
}
