package org.attribot.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.attribot.statement.Parsed;
import org.attribot.statement.StatementReader;

/**
 * The built-in sample store: a few statements that ship inside the jar (summaries in our
 * own words of real public statements, listed in {@code /sample/index.txt}), so {@code ask}
 * works on a fresh machine before anything has been ingested.
 */
public final class SampleCorpus {
  private static final String FOLDER = "/sample/";

  private SampleCorpus() {}

  public static IngestReport loadInto(IngestService ingest, StatementReader reader) {
    List<Parsed> all = new ArrayList<>();
    for (String name : resource("index.txt").lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
      byte[] bytes = resource(name).getBytes(StandardCharsets.UTF_8);
      for (Parsed parsed : reader.read("sample/" + name, bytes, StatementReader.Format.JSON)) {
        if (parsed instanceof Parsed.Failed f) {
          throw new IllegalStateException("broken sample statement " + f.where() + ": " + f.fault());
        }
        if (parsed instanceof Parsed.Ok ok && !ok.statement().summary()) {
          // the sample may not hold the publishers' words: answers must show its texts as summaries
          throw new IllegalStateException("sample statement " + ok.where() + " is not marked \"kind\": \"summary\"");
        }
        all.add(parsed);
      }
    }
    return ingest.ingestParsed(all);
  }

  private static String resource(String name) {
    try (InputStream in = SampleCorpus.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("sample corpus file missing from the jar: " + FOLDER + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
