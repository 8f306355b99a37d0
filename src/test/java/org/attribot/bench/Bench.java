package org.attribot.bench;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.rag.content.retriever.EmbeddingStoreContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.attribot.answer.AnswerService;
import org.attribot.embed.Embedder;
import org.attribot.ingest.IngestService;
import org.attribot.statement.Parsed;
import org.attribot.statement.Passage;
import org.attribot.statement.Statement;
import org.attribot.statement.TextSplitter;
import org.attribot.StorePorts;

/**
 * The benchmark behind {@code bench} (see {@link BenchCommand}): ingest with real embeddings against the
 * model's own rate on the same passages, then question latency (including embedding the
 * question) and heap at scale, for attribot and for a naive LangChain4j RAG
 * ({@code InMemoryEmbeddingStore} + {@code EmbeddingStoreContentRetriever}, top 3) over the
 * same passages and vectors.
 */
public final class Bench {
  private Bench() {}

  /** Deletes a temporary folder and everything in it. */
  static void deleteTree(java.nio.file.Path dir) throws java.io.IOException {
    try (java.util.stream.Stream<java.nio.file.Path> walk = java.nio.file.Files.walk(dir)) {
      for (java.nio.file.Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        java.nio.file.Files.deleteIfExists(p);
      }
    }
  }

  /** Ingest with embeddings against the model alone, on the same statements. */
  public record IngestFigures(int statements, int passages, double modelPassagesPerSecond,
      double ingestStatementsPerSecond, double ingestPassagesPerSecond) {
    public double ratio() {
      return ingestPassagesPerSecond / modelPassagesPerSecond;
    }
  }

  /** Question latency and heap for one system. */
  public record QueryFigures(String system, int statements, int passages, int questions, double p50Ms, double p95Ms,
      double p99Ms, long heapMb) {}

  /** Embeds every passage (as ingest does: title, newline, passage) with the model alone, then ingests the same statements. */
  public static IngestFigures ingest(IngestService ingest, Embedder embedder, List<Statement> corpus) {
    List<String> texts = passageTexts(corpus);
    long t = System.nanoTime();
    for (int from = 0; from < texts.size(); from += 128) {
      embedder.embedAll(texts.subList(from, Math.min(texts.size(), from + 128)));
    }
    double modelSeconds = (System.nanoTime() - t) / 1e9;
    List<Parsed> parsed = corpus.stream().map(s -> (Parsed) new Parsed.Ok(s.id(), s)).toList();
    t = System.nanoTime();
    ingest.ingestParsed(parsed);
    double ingestSeconds = (System.nanoTime() - t) / 1e9;
    return new IngestFigures(corpus.size(), texts.size(), texts.size() / modelSeconds, corpus.size() / ingestSeconds,
        texts.size() / ingestSeconds);
  }

  /** Loads the corpus with stand-in vectors recorded as {@code model}'s, then times warm questions through attribot. */
  public static QueryFigures attribot(StorePorts store, AnswerService answers, String model, List<Statement> corpus,
      List<String> questions, PrintWriter log) {
    long baseline = usedHeapMb();
    SyntheticCorpus.HashedVectors vectors = new SyntheticCorpus.HashedVectors(384);
    for (int i = 0; i < corpus.size(); i++) {
      Statement s = corpus.get(i);
      List<float[]> v = new ArrayList<>();
      for (Passage p : TextSplitter.passages(s.text())) {
        v.add(vectors.of(s.title() + "\n" + p.text()));
      }
      store.statementWrites().save(s, new org.attribot.ingest.StatementWrites.Embedded(model, v), List.of());
      if ((i + 1) % 10_000 == 0) {
        log.printf("  loaded %d statements%n", i + 1);
        log.flush();
      }
    }
    List<Double> ms = time(questions, answers::ask);
    return new QueryFigures("attribot (SQLite FTS5 + int8 vectors, fused; extractive answer)", corpus.size(),
        store.passages().passageCount(), questions.size(), percentile(ms, 50), percentile(ms, 95), percentile(ms, 99),
        usedHeapMb() - baseline);
  }

  /** The naive peer: every passage in an InMemoryEmbeddingStore, top 3 by the same question embedding. */
  public static QueryFigures naive(EmbeddingModel model, List<Statement> corpus, List<String> questions) {
    long baseline = usedHeapMb();
    SyntheticCorpus.HashedVectors vectors = new SyntheticCorpus.HashedVectors(384);
    InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
    List<Embedding> embeddings = new ArrayList<>();
    List<TextSegment> segments = new ArrayList<>();
    for (Statement s : corpus) {
      for (Passage p : TextSplitter.passages(s.text())) {
        embeddings.add(Embedding.from(vectors.of(s.title() + "\n" + p.text())));
        segments.add(TextSegment.from(p.text()));
      }
      if (embeddings.size() >= 10_000) {
        store.addAll(embeddings, segments);
        embeddings.clear();
        segments.clear();
      }
    }
    store.addAll(embeddings, segments);
    EmbeddingStoreContentRetriever retriever = EmbeddingStoreContentRetriever.builder()
        .embeddingStore(store).embeddingModel(model).maxResults(3).build();
    List<Double> ms = time(questions, q -> retriever.retrieve(Query.from(q)));
    int passages = corpus.stream().mapToInt(s -> TextSplitter.passages(s.text()).size()).sum();
    long heap = usedHeapMb() - baseline;
    java.lang.ref.Reference.reachabilityFence(retriever);
    return new QueryFigures("naive LangChain4j RAG (InMemoryEmbeddingStore, top 3 passages)", corpus.size(), passages,
        questions.size(), percentile(ms, 50), percentile(ms, 95), percentile(ms, 99), heap);
  }

  private static List<Double> time(List<String> questions, Consumer<String> ask) {
    for (String q : questions) {
      ask.accept(q); // warm up: JIT, caches, the vector index
    }
    List<Double> ms = new ArrayList<>();
    for (String q : questions) {
      long t = System.nanoTime();
      ask.accept(q);
      ms.add((System.nanoTime() - t) / 1e6);
    }
    Collections.sort(ms);
    return ms;
  }

  static List<String> passageTexts(List<Statement> corpus) {
    List<String> texts = new ArrayList<>();
    for (Statement s : corpus) {
      for (Passage p : TextSplitter.passages(s.text())) {
        texts.add(s.title() + "\n" + p.text());
      }
    }
    return texts;
  }

  static long usedHeapMb() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime rt = Runtime.getRuntime();
    return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
  }

  /** Nearest-rank percentile of sorted values. */
  static double percentile(List<Double> sorted, int p) {
    int rank = Math.max(1, (int) Math.ceil(p / 100.0 * sorted.size()));
    return sorted.get(rank - 1);
  }

  public static String table(IngestFigures in, List<QueryFigures> queries) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, """
        Ingest with embeddings (all-MiniLM-L6-v2, batches of 128), %d statements, %d passages:
        | what | passages/s | statements/s |
        | --- | ---: | ---: |
        | the model alone (embedAll, same passages) | %.1f | |
        | attribot ingest (parse, split, embed, SQLite + FTS5 + vectors) | %.1f | %.1f |
        ingest / model = %.2f
        %n""", in.statements(), in.passages(), in.modelPassagesPerSecond(), in.ingestPassagesPerSecond(),
        in.ingestStatementsPerSecond(), in.ratio()));
    out.append("Questions (warm; latency includes embedding the question with the real model):\n");
    out.append("| system | statements | passages | questions | p50 ms | p95 ms | p99 ms | heap MiB |\n");
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (QueryFigures q : queries) {
      out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.2f | %.2f | %.2f | %d |%n", q.system(), q.statements(),
          q.passages(), q.questions(), q.p50Ms(), q.p95Ms(), q.p99Ms(), q.heapMb()));
    }
    return out.toString();
  }
}
