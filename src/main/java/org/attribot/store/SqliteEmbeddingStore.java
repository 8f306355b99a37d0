package org.attribot.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingSearchResult;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.RelevanceScore;
import dev.langchain4j.store.embedding.filter.Filter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongPredicate;

/**
 * The store's vectors as a LangChain4j {@link EmbeddingStore}, so LangChain4j's RAG pieces
 * (an {@code EmbeddingStoreContentRetriever}, say) can sit on attribot's SQLite file. Passage
 * vectors come back as segments with the passage text and the statement's facts as metadata
 * ({@code statement_id}, {@code title}, {@code publisher}, {@code published}, {@code url},
 * {@code ordinal}); segments added through this view are kept with their own text and
 * metadata. Scores are LangChain4j relevance scores, 0..1.
 */
public final class SqliteEmbeddingStore implements EmbeddingStore<TextSegment> {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Store store;
  private final String model;

  /** {@code model}: the name recorded beside vectors added through this view. */
  public SqliteEmbeddingStore(Store store, String model) {
    this.store = store;
    this.model = model;
  }

  @Override
  public String add(Embedding embedding) {
    String id = UUID.randomUUID().toString();
    add(id, embedding);
    return id;
  }

  @Override
  public void add(String id, Embedding embedding) {
    store.vectors().addSegment(id, model, embedding.vector(), null, null);
  }

  @Override
  public String add(Embedding embedding, TextSegment segment) {
    String id = UUID.randomUUID().toString();
    addAll(List.of(id), List.of(embedding), List.of(segment));
    return id;
  }

  @Override
  public List<String> addAll(List<Embedding> embeddings) {
    List<String> ids = new ArrayList<>();
    for (Embedding e : embeddings) {
      ids.add(add(e));
    }
    return ids;
  }

  @Override
  public void addAll(List<String> ids, List<Embedding> embeddings, List<TextSegment> segments) {
    if (ids.size() != embeddings.size() || (segments != null && segments.size() != embeddings.size())) {
      throw new IllegalArgumentException("ids, embeddings and segments differ in number: "
          + ids.size() + ", " + embeddings.size() + ", " + (segments == null ? "none" : segments.size()));
    }
    for (int i = 0; i < ids.size(); i++) {
      TextSegment segment = segments == null ? null : segments.get(i);
      store.vectors().addSegment(ids.get(i), model, embeddings.get(i).vector(),
          segment == null ? null : segment.text(), segment == null ? null : json(segment.metadata().toMap()));
    }
  }

  @Override
  public void remove(String id) {
    removeAll(List.of(id));
  }

  @Override
  public void removeAll(Collection<String> ids) {
    store.vectors().delete(store.vectors().keys(new ArrayList<>(ids)));
  }

  @Override
  public void removeAll() {
    store.vectors().delete(store.vectors().allKeys());
  }

  @Override
  public EmbeddingSearchResult<TextSegment> search(EmbeddingSearchRequest request) {
    Filter filter = request.filter();
    Map<Long, TextSegment> segments = new HashMap<>();
    LongPredicate accept = filter == null ? null : key -> filter.test(segments.computeIfAbsent(key, this::segment).metadata());
    List<EmbeddingMatch<TextSegment>> matches = new ArrayList<>();
    for (VectorHit hit : store.vectors().search(request.queryEmbedding().vector(), request.maxResults(), accept)) {
      double relevance = RelevanceScore.fromCosineSimilarity(Math.max(-1, Math.min(1, hit.score())));
      if (relevance < request.minScore()) {
        continue;
      }
      Vectors.Row row = store.vectors().row(hit.key());
      matches.add(new EmbeddingMatch<>(relevance, row.id(), Embedding.from(row.vector()),
          segments.computeIfAbsent(hit.key(), this::segment)));
    }
    return new EmbeddingSearchResult<>(matches);
  }

  /** The segment a vector row stands for: a passage with its statement's facts, or the text added with it. */
  private TextSegment segment(long key) {
    Vectors.Row row = store.vectors().row(key);
    if (row == null) {
      return TextSegment.from("(gone)");
    }
    if (row.passageId() != 0) {
      PassageHit p = store.passage(row.passageId());
      var s = store.statement(p.statementKey()).statement();
      Metadata m = new Metadata().put("statement_id", s.id()).put("title", s.title()).put("publisher", s.publisher())
          .put("ordinal", p.ordinal());
      if (s.published() != null) {
        m.put("published", s.published().toString());
      }
      if (s.url() != null) {
        m.put("url", s.url());
      }
      return TextSegment.from(p.text(), m);
    }
    Map<String, Object> meta = row.metadata() == null ? Map.of() : map(row.metadata());
    return TextSegment.from(row.text() == null ? "" : row.text(), Metadata.from(meta));
  }

  private static String json(Map<String, Object> map) {
    try {
      return JSON.writeValueAsString(map);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("metadata cannot be written as JSON: " + e.getMessage(), e);
    }
  }

  private static Map<String, Object> map(String json) {
    try {
      return JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
    } catch (JsonProcessingException e) {
      throw new StoreException("stored metadata is not JSON: " + e.getMessage(), e);
    }
  }
}
