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
  void theBuildContextHoldsWhatTheImageCopiesAndNothingElse() throws Exception {
    List<String> ignore = Files.readAllLines(Path.of(".dockerignore")).stream()
        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    assertTrue(ignore.get(0).equals("*"), ".dockerignore starts by leaving everything out");
    List<String> allowed = ignore.stream().filter(l -> l.startsWith("!")).map(l -> l.substring(1)).toList();
    Matcher copy = Pattern.compile("(?m)^COPY\\s+(?!--from)(.+)\\s+\\S+$").matcher(Files.readString(Path.of("Dockerfile")));
    while (copy.find()) {
      for (String source : copy.group(1).trim().split("\\s+")) {
        assertTrue(allowed.stream().anyMatch(a -> source.equals(a) || source.startsWith(a + "/")),
            "the Dockerfile copies " + source + ", which .dockerignore leaves out of the build context");
      }
    }
    for (String kept : List.of("target", "data", ".git", "attribot.db", "hs_err_pid1.log", "config/attribot.yaml")) {
      assertTrue(allowed.stream().noneMatch(a -> kept.equals(a) || kept.startsWith(a + "/")), kept + " stays out of the context");
    }
  }

  @Test
  void theImageWritesOnlyToItsVolumeAndExposesSlacksPort() throws Exception {
    String docker = Files.readString(Path.of("Dockerfile"));
    Matcher volume = Pattern.compile("(?m)^VOLUME\\s+(\\S+)").matcher(docker);
    assertTrue(volume.find(), "the image declares a volume");
    String data = volume.group(1);
    for (String setting : List.of("ATTRIBOT_STORE_PATH", "ATTRIBOT_ACTORS_PATH")) {
      Matcher m = Pattern.compile(setting + "=(\\S+)").matcher(docker);
      assertTrue(m.find() && m.group(1).startsWith(data + "/"), setting + " is on the volume, where the non-root user may write");
    }
    org.attribot.config.Config config = org.attribot.config.ConfigLoader.load(null, java.util.Map.of());
    assertTrue(Pattern.compile("(?m)^EXPOSE\\s+" + config.slack().port() + "\\b").matcher(docker).find(),
        "the image exposes Slack's default HTTP port " + config.slack().port());
    assertTrue(Pattern.compile("(?m)^ENV JAVA_TOOL_OPTIONS=\"-Xmx\\d+m\"").matcher(docker).find(), "the heap is set");
  }

  @Test
  void theReadmeGivesTheTwoSetUpCommandsThatCiRuns() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    String ci = Files.readString(Path.of(".ci/run"));
    assertTrue(readme.contains("mvn -B verify"), "README gives the test command");
    assertTrue(ci.contains("mvn -B verify"), ".ci/run runs the README's test command");
  }
}
