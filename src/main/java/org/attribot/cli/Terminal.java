package org.attribot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.attribot.answer.Answer;
import org.attribot.answer.Citation;

/** What several commands print or clean up the same way. */
final class Terminal {
  private Terminal() {}

  /** The answer's text, then (after {@code gap}) one source line per citation, each after {@code indent}. */
  static void answer(PrintWriter out, Answer answer, boolean gap, String indent) {
    out.println(answer.text());
    if (!answer.citations().isEmpty() && gap) {
      out.println();
    }
    for (Citation c : answer.citations()) {
      out.println(indent + c.sourceLine());
    }
    out.flush();
  }

  /** Deletes a temporary folder and everything in it. */
  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
