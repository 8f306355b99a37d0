package org.attribot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.attribot.Shared;
import org.attribot.actor.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorCommandsTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Map<String, String> env = Map.of("ATTRIBOT_STORE_PATH", dir.resolve("s.db").toString(),
        "ATTRIBOT_ACTORS_PATH", dir.resolve("actors.json").toString());
    int code = Cli.run(args, env, new PrintWriter(out, true), new PrintWriter(err, true), new ByteArrayInputStream(new byte[0]));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void theActorCardShowsNamesSponsorAndStatementsNewestFirst() {
    assertEquals(0, run("ingest", "-q", Shared.devSet().toString()).code());
    Run r = run("actor", "forest", "blizzard");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("APT28 (actor)"), r.out());
    assertTrue(r.out().contains("Sponsor: GRU (Russia)"), r.out());
    int newer = r.out().indexOf("2025-05-21");
    int older = r.out().indexOf("2024-05-03");
    assertTrue(newer > 0 && older > newer, r.out());
    assertTrue(r.out().contains("(no date)  NATO condemns Russian cyberattacks"), r.out());
    Run ambiguous = run("actor", "Grizzly Steppe");
    assertTrue(ambiguous.out().startsWith("\"Grizzly Steppe\" names 2 entries"), ambiguous.out());
    Run unknown = run("actor", "Nobody Bear");
    assertEquals(1, unknown.code());
    assertTrue(unknown.err().contains("no actor, agency or country called \"Nobody Bear\""), unknown.err());
  }

  @Test
  void theActorCardNamesWhoAttributedTheActorOncePerAttributorNewestFirst() {
    Map<String, String> env = Map.of("ATTRIBOT_STORE_PATH", dir.resolve("s.db").toString(), "ATTRIBOT_RETRIEVE_VECTORS", "0");
    Cli.run(new String[] {"ingest", "-q", Shared.devSet().toString()}, env, new PrintWriter(new StringWriter(), true),
        new PrintWriter(new StringWriter(), true), new ByteArrayInputStream(new byte[0]));
    Run r = run("actor", "Fancy", "Bear");
    assertEquals(0, r.code(), r.err());
    String attributed = r.out().lines().filter(l -> l.startsWith("Attributed by: ")).findFirst().orElseThrow(() -> new AssertionError(r.out()));
    assertTrue(attributed.contains("United Kingdom (2025, attributes) [uk-allies-2025-gru-logistics-advisory]"), attributed);
    assertTrue(attributed.contains("NATO (2024, recalls) [nl-2024-ollongren-fancy-bear-speech]"), "NATO's newest: " + attributed);
    assertTrue(attributed.indexOf("United Kingdom (2025") < attributed.indexOf("NATO (2024"), "newest first: " + attributed);
    for (String attributor : java.util.List.of("Germany", "Czech Republic", "NATO", "European Union", "France")) {
      assertEquals(1, attributed.split(java.util.regex.Pattern.quote(attributor + " (")).length - 1, attributor + " once: " + attributed);
    }
    assertTrue(r.out().contains("Denied by: Russia (2024, rejects) [russia-embassy-prague-2024-denial]"), r.out());
    assertTrue(r.out().indexOf("Attributed by: ") < r.out().indexOf("Statements that name it"), r.out());
    Run gru = run("actor", "GRU");
    assertTrue(gru.out().contains("US Department of Justice (2024, attributes) [us-doj-2024-gru-ukraine-indictment]"), "the agency and its groups: " + gru.out());
    Run china = run("actor", "China");
    assertTrue(china.out().contains("Attributed by: United Kingdom (2024, attributes) [uk-2024-china-apt31]"), china.out());
  }

  @Test
  void importingAMispClusterWritesTheActorListThatAskThenUses() throws Exception {
    Path cluster = Files.writeString(dir.resolve("cluster.json"), """
        {"values": [{"value": "Teapot Panda", "meta": {"synonyms": ["Kettle Team"], "country": "CN"}}]}
        """);
    Run r = run("actors", "import", "--misp", cluster.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("imported 1 actors from " + cluster), r.out());
    Gazetteer written = Gazetteer.load(dir.resolve("actors.json"));
    assertEquals("Teapot Panda", written.lookup("kettle team").get(0).canonical());
    assertTrue(run("actor", "Kettle", "Team").out().startsWith("Teapot Panda (actor)"));
    Run bad = run("actors", "import", "--misp", Files.writeString(dir.resolve("bad.json"), "{\"nope\": 1}").toString());
    assertEquals(1, bad.code());
    assertTrue(bad.err().contains("bad.json"), bad.err());
  }

  @Test
  void theRealMispThreatActorClusterImports() {
    Run r = run("actors", "import", "--misp", Shared.dir().resolve("data/misp-galaxy/clusters/threat-actor.json").toString());
    assertEquals(0, r.code(), r.err());
  }

  @Test
  void reindexFillsInVectorsForAStoreIngestedWithoutThem() {
    StringWriter out = new StringWriter();
    Map<String, String> noVectors = Map.of("ATTRIBOT_STORE_PATH", dir.resolve("s.db").toString(), "ATTRIBOT_RETRIEVE_VECTORS", "0");
    Cli.run(new String[] {"ingest", "-q", Shared.devSet().toString()}, noVectors, new PrintWriter(out, true),
        new PrintWriter(new StringWriter(), true), new ByteArrayInputStream(new byte[0]));
    Run r = run("reindex");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().matches("(?s)reindexed with all-minilm-l6-v2: 0 vectors of other models dropped, \\d+ passages embedded\\s*"), r.out());
    assertTrue(run("reindex").out().contains(", 0 passages embedded"));
  }
}
