package org.attribot.store;

import static dev.langchain4j.store.embedding.filter.MetadataFilterBuilder.metadataKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.EmbeddingStoreContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.attribot.embed.MiniLmEmbedder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's vectors behave as a LangChain4j EmbeddingStore, with the real MiniLM model. */
class SqliteEmbeddingStoreTest {
  @TempDir Path dir;
  final EmbeddingModel model = MiniLmEmbedder.langchainModel();

  @Test
  void addsSearchesFiltersAndRemovesSegmentsThatSurviveReopening() {
    Path file = dir.resolve("s.db");
    List<TextSegment> segments = List.of(
        TextSegment.from("The GRU hacked ministries in Romania.", Metadata.from("country", "Romania")),
        TextSegment.from("A bakery in Lyon won a prize for its bread.", Metadata.from("country", "France")),
        TextSegment.from("North Korean hackers stole cryptocurrency from an exchange.", Metadata.from("country", "North Korea")));
    String breadId;
    try (Store store = Store.open(file, 1000, Clock.systemUTC())) {
      SqliteEmbeddingStore es = new SqliteEmbeddingStore(store, MiniLmEmbedder.MODEL);
      List<String> ids = es.addAll(model.embedAll(segments).content(), segments);
      breadId = ids.get(1);
    }
    try (Store store = Store.open(file, 1000, Clock.systemUTC())) {
      SqliteEmbeddingStore es = new SqliteEmbeddingStore(store, MiniLmEmbedder.MODEL);
      var query = model.embed("Which country's bakers were honoured?").content();
      List<EmbeddingMatch<TextSegment>> all = es.search(EmbeddingSearchRequest.builder().queryEmbedding(query).maxResults(3).build()).matches();
      assertEquals(3, all.size());
      assertEquals(breadId, all.get(0).embeddingId());
      assertEquals("France", all.get(0).embedded().metadata().getString("country"));
      for (EmbeddingMatch<TextSegment> m : all) {
        assertTrue(m.score() >= 0 && m.score() <= 1, "relevance in 0..1: " + m.score());
      }
      var filtered = es.search(EmbeddingSearchRequest.builder().queryEmbedding(query).maxResults(3)
          .filter(metadataKey("country").isEqualTo("Romania")).build()).matches();
      assertEquals(1, filtered.size());
      assertTrue(filtered.get(0).embedded().text().contains("Romania"));
      var strict = es.search(EmbeddingSearchRequest.builder().queryEmbedding(query).maxResults(3).minScore(all.get(0).score()).build());
      assertEquals(1, strict.matches().size());
      es.remove(breadId);
      assertTrue(es.search(EmbeddingSearchRequest.builder().queryEmbedding(query).maxResults(3).build()).matches().stream()
          .noneMatch(m -> m.embeddingId().equals(breadId)));
    }
  }

  @Test
  void langchainContentRetrieverReadsIngestedPassagesWithTheirStatementFacts() {
    try (Store store = Store.open(dir.resolve("p.db"), 1000, Clock.systemUTC())) {
      var statement = new org.attribot.statement.Statement("nato-1", "NATO condemns Russian cyberattacks", "Caliber.Az",
          "Sabina Mammadli", null, "https://example.org/n", "en", "The North Atlantic Council blamed the GRU. APT 28 targeted Romania.");
      String text = statement.title() + "\n" + statement.text();
      store.save(statement, new Store.Embedded(MiniLmEmbedder.MODEL, List.of(model.embed(text).content().vector())), List.of());
      var retriever = EmbeddingStoreContentRetriever.builder()
          .embeddingStore(new SqliteEmbeddingStore(store, MiniLmEmbedder.MODEL)).embeddingModel(model).maxResults(2).build();
      List<Content> found = retriever.retrieve(Query.from("who hacked Romania?"));
      assertEquals(1, found.size());
      assertEquals("nato-1", found.get(0).textSegment().metadata().getString("statement_id"));
      assertEquals("Caliber.Az", found.get(0).textSegment().metadata().getString("publisher"));
    }
  }
}
