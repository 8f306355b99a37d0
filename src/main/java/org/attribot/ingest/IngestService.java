package org.attribot.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.attribot.ingest.IngestReport.Line;
import org.attribot.ingest.IngestReport.Outcome;
import org.attribot.claim.Claim;
import org.attribot.claim.ClaimExtractor;
import org.attribot.embed.Embedder;
import org.attribot.statement.Parsed;
import org.attribot.statement.Passage;
import org.attribot.statement.TextSplitter;
import org.attribot.statement.StatementReader;
import org.attribot.store.StoreException;

/**
 * Reads files and folders of statements into the store. Folders are walked in name order;
 * files that are not statements (evaluation questions, gold claims, READMEs) are skipped with
 * a note. Each statement is saved in its own transaction, so a bad one costs only itself.
 */
public final class IngestService {
  /** Files in statement folders that are known not to be statements. */
  private static final Set<String> NOT_STATEMENTS = Set.of("questions.jsonl", "claims.jsonl");

  /** Passages embedded in one call: the model is faster in batches. */
  static final int BATCH_PASSAGES = 128;

  private final StatementWrites statements;
  private final StatementReader reader;
  private final Embedder embedder;
  private final ClaimExtractor claims;

  /** {@code embedder} may be null: then statements are stored without vectors. */
  public IngestService(StatementWrites statements, StatementReader reader, Embedder embedder, ClaimExtractor claims) {
    this.statements = statements;
    this.reader = reader;
    this.embedder = embedder;
    this.claims = claims;
  }

  public IngestReport ingest(List<Path> paths, Progress progress) {
    List<Line> lines = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      collect(path, files, lines);
    }
    List<Parsed> batch = new ArrayList<>();
    int passages = 0;
    int read = 0;
    String current = "";
    for (int i = 0; i < files.size(); i++) {
      current = files.get(i) + " (file " + (i + 1) + " of " + files.size() + ")";
      for (Parsed parsed : reader.read(files.get(i))) {
        batch.add(parsed);
        read++;
        if (parsed instanceof Parsed.Ok ok) {
          passages += TextSplitter.passages(ok.statement().text()).size();
        }
        if (passages >= BATCH_PASSAGES) {
          saveAll(batch, lines);
          progress.update(read, read, current);
          batch.clear();
          passages = 0;
        }
      }
    }
    if (!batch.isEmpty()) {
      saveAll(batch, lines);
      progress.update(read, read, current);
    }
    return new IngestReport(lines);
  }

  /** Ingests statements already in memory (the built-in sample, benchmarks), batched like files. */
  public IngestReport ingestParsed(List<Parsed> parsed) {
    List<Line> lines = new ArrayList<>();
    for (int from = 0; from < parsed.size(); from += 32) {
      saveAll(parsed.subList(from, Math.min(parsed.size(), from + 32)), lines);
    }
    return new IngestReport(lines);
  }

  /** Embeds the passages of every new or changed statement of the batch in one call, then saves each in its own transaction. */
  private void saveAll(List<Parsed> batch, List<Line> lines) {
    List<String> texts = new ArrayList<>();
    List<int[]> ranges = new ArrayList<>();
    boolean[] fresh = new boolean[batch.size()]; // content not stored yet: only it is embedded and has its claims extracted
    for (int i = 0; i < batch.size(); i++) {
      Parsed parsed = batch.get(i);
      int from = texts.size();
      fresh[i] = parsed instanceof Parsed.Ok ok && !statements.hasContent(ok.statement().contentHash());
      if (embedder != null && fresh[i]) {
        Parsed.Ok ok = (Parsed.Ok) parsed;
        for (Passage p : TextSplitter.passages(ok.statement().text())) {
          texts.add(ok.statement().title() + "\n" + p.text());
        }
      }
      ranges.add(new int[] {from, texts.size()});
    }
    List<float[]> vectors;
    try {
      vectors = embedder == null ? List.of() : embedder.embedAll(texts);
    } catch (RuntimeException e) {
      for (Parsed parsed : batch) {
        lines.add(new Line(parsed.where(), Outcome.FAILED, null, "cannot embed: " + e.getMessage()));
      }
      return;
    }
    for (int i = 0; i < batch.size(); i++) {
      int[] range = ranges.get(i);
      StatementWrites.Embedded embedded = range[1] > range[0]
          ? new StatementWrites.Embedded(embedder.model(), vectors.subList(range[0], range[1])) : null;
      lines.add(save(batch.get(i), embedded, fresh[i]));
    }
  }

  private Line save(Parsed parsed, StatementWrites.Embedded embedded, boolean fresh) {
    if (parsed instanceof Parsed.Failed f) {
      return new Line(f.where(), Outcome.FAILED, null, f.fault());
    }
    Parsed.Ok ok = (Parsed.Ok) parsed;
    List<Claim> found;
    try {
      found = fresh ? claims.extract(ok.statement()) : List.of();
    } catch (RuntimeException e) {
      return new Line(ok.where(), Outcome.FAILED, ok.statement().id(), "cannot extract claims: " + e.getMessage());
    }
    try {
      SaveOutcome saved = statements.save(ok.statement(), embedded, found);
      return switch (saved.kind()) {
        case NEW -> new Line(ok.where(), Outcome.NEW, saved.statementId(), "version 1");
        case UPDATED -> new Line(ok.where(), Outcome.UPDATED, saved.statementId(), "now version " + saved.version());
        case UNCHANGED -> new Line(ok.where(), Outcome.UNCHANGED, saved.statementId(),
            saved.sameAs() == null ? "same content" : "same content as " + saved.sameAs());
      };
    } catch (StoreException e) {
      return new Line(ok.where(), Outcome.FAILED, ok.statement().id(), e.getMessage());
    }
  }

  private static void collect(Path path, List<Path> files, List<Line> lines) {
    if (!Files.exists(path)) {
      lines.add(new Line(path.toString(), Outcome.FAILED, null, "no such file or folder"));
      return;
    }
    if (!Files.isDirectory(path)) {
      files.add(path); // named explicitly: read it, and let the reader say if it is no statement file
      return;
    }
    List<Path> found = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(path)) {
      walk.filter(p -> !p.equals(path)).sorted().forEach(found::add);
    } catch (NoSuchFileException e) {
      lines.add(new Line(e.getFile(), Outcome.FAILED, null, "vanished while the folder was walked"));
    } catch (IOException | UncheckedIOException e) {
      lines.add(new Line(path.toString(), Outcome.FAILED, null, "cannot walk the folder: " + e.getMessage()));
    }
    for (Path p : found) {
      String name = p.getFileName().toString();
      String lower = name.toLowerCase(Locale.ROOT);
      if (Files.isDirectory(p) || name.startsWith(".") || hiddenParent(path, p)) {
        continue;
      }
      if (NOT_STATEMENTS.contains(lower) || lower.startsWith("readme") || lower.startsWith("license")
          || lower.equals("sources.md")) {
        lines.add(new Line(p.toString(), Outcome.SKIPPED, null, "not a statement file"));
      } else if (StatementReader.formatOf(p) == null) {
        lines.add(new Line(p.toString(), Outcome.SKIPPED, null, "not .json, .jsonl, .md or .txt"));
      } else {
        files.add(p);
      }
    }
  }

  private static boolean hiddenParent(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
