package org.attribot.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped gazetteer is what the generator makes from the MISP clusters and the curated overlay. */
class DefaultGazetteerTest {

  @Test
  void shippedGazetteerIsUpToDate() throws IOException {
    Path clusters = GazetteerGenerator.clusters();
    assumeTrue(Files.isRegularFile(clusters.resolve("threat-actor.json")), "MISP clusters not found at " + clusters);
    List<Entity> generated = GazetteerGenerator.generate(clusters);
    String expected = GazetteerJson.toJson(generated);
    if (Boolean.getBoolean("attribot.regenerate")) {
      Path out = Path.of("src/main/resources/actors/gazetteer.json");
      Files.writeString(out, expected, StandardCharsets.UTF_8);
      System.out.println("regenerated " + out.toAbsolutePath() + ": " + generated.size() + " entities, "
          + expected.getBytes(StandardCharsets.UTF_8).length + " bytes");
      return;
    }
    String shipped;
    try (InputStream in = getClass().getResourceAsStream(Gazetteer.DEFAULT_RESOURCE)) {
      assertTrue(in != null, "default gazetteer missing");
      shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(expected, shipped, "gazetteer.json is stale: run mvn test -Dtest=DefaultGazetteerTest"
        + " -Dattribot.regenerate=true after changing curated.json or the importer");
  }

  @Test
  void defaultGazetteerIsCompact() throws IOException {
    try (InputStream in = getClass().getResourceAsStream(Gazetteer.DEFAULT_RESOURCE)) {
      assertTrue(in.readAllBytes().length < 1_500_000, "gazetteer.json should stay under 1.5 MB");
    }
  }
}
