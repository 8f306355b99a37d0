package org.attribot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** There is no Docker engine here: keep every path the Dockerfile copies true. */
class BuildFilesTest {
  @Test
  void everyPathTheDockerfileCopiesFromTheBuildContextExists() throws Exception {
    List<String> lines = Files.readAllLines(Path.of("Dockerfile"));
    int copies = 0;
    for (String line : lines) {
      Matcher m = Pattern.compile("^COPY\\s+(?!--from)(.+)\\s+(\\S+)$").matcher(line.strip());
      if (!m.matches()) {
        continue;
      }
      for (String source : m.group(1).trim().split("\\s+")) {
        if (source.startsWith("--")) {
          continue;
        }
        copies++;
        assertTrue(Files.exists(Path.of(source)), "Dockerfile copies " + source + ", which does not exist");
      }
    }
    assertTrue(copies >= 3, "the Dockerfile copies the sources: " + copies);
    String build = String.join("\n", lines).split("FROM ")[1]; // the build stage
    Matcher dirs = Pattern.compile("<directory>([^<]+)</directory>").matcher(Files.readString(Path.of("pom.xml")));
    while (dirs.find()) {
      String top = dirs.group(1).split("/")[0];
      assertTrue(build.contains("COPY " + top + " "), "the build stage copies " + top + ", which the jar is built from");
    }
    String all = String.join("\n", lines);
    assertTrue(all.contains("target/attribot.jar"), "the runtime stage takes the shaded jar");
    assertTrue(Pattern.compile("(?m)^USER\\s+(?!root)").matcher(all).find(), "runs as a non-root user");
    assertTrue(all.contains("VOLUME"), "the store is on a volume");
  }

  @Test
  void theReadmeGivesTheTwoSetUpCommandsThatCiRuns() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    String ci = Files.readString(Path.of(".ci/run"));
    assertTrue(readme.contains("mvn -B verify"), "README gives the test command");
    assertTrue(ci.contains("mvn -B verify"), ".ci/run runs the README's test command");
  }
}
