package org.attribot.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementReaderTest {
  @TempDir Path dir;
  final StatementReader reader = new StatementReader(16_000_000);

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private Parsed.Failed onlyFailure(List<Parsed> parsed) {
    assertEquals(1, parsed.size(), parsed.toString());
    return assertInstanceOf(Parsed.Failed.class, parsed.get(0));
  }

  @Test
  void readsJsonWithEveryField() throws IOException {
    Path f = write("a.json", """
        {"id": "nato-1", "title": "NATO condemns", "publisher": "Caliber.Az", "author": "Sabina Mammadli",
         "published": "2025-07-18", "url": "https://example.org/a", "language": "en", "text": "NATO blamed the GRU."}
        """);
    Statement s = assertInstanceOf(Parsed.Ok.class, reader.read(f).get(0)).statement();
    assertEquals("nato-1", s.id());
    assertEquals("Sabina Mammadli", s.author());
    assertEquals(LocalDate.of(2025, 7, 18), s.published());
  }

  @Test
  void aStatementMayBeMarkedASummaryAndAnUnknownKindIsRefused() throws IOException {
    Path f = write("kinds.jsonl", """
        {"id": "a", "text": "NATO blamed the GRU."}
        {"id": "b", "kind": "summary", "text": "NATO blamed the GRU, in other words."}
        {"id": "c", "kind": "opinion", "text": "NATO blamed the GRU."}
        """);
    List<Parsed> parsed = reader.read(f);
    assertEquals(Statement.Kind.ORIGINAL, assertInstanceOf(Parsed.Ok.class, parsed.get(0)).statement().kind());
    assertEquals(Statement.Kind.SUMMARY, assertInstanceOf(Parsed.Ok.class, parsed.get(1)).statement().kind());
    Parsed.Failed bad = assertInstanceOf(Parsed.Failed.class, parsed.get(2));
    assertEquals("\"kind\" is \"opinion\"; it must be \"original\" (the publisher's own words, the default) or \"summary\""
        + " (a summary in other words)", bad.fault());
    Path md = write("s.md", "---\ntitle: Estonia names the GRU\nkind: summary\n---\nEstonia attributed the attacks to the GRU.\n");
    assertEquals(Statement.Kind.SUMMARY, assertInstanceOf(Parsed.Ok.class, reader.read(md).get(0)).statement().kind());
  }

  @Test
  void readsJsonLinesAndNamesTheBadLine() throws IOException {
    Path f = write("many.jsonl", "{\"id\":\"a\",\"title\":\"A\",\"text\":\"one\"}\n\n{\"id\": \"b\", oops}\n{\"id\":\"c\",\"title\":\"C\",\"text\":\"three\"}\n");
    List<Parsed> parsed = reader.read(f);
    assertEquals(3, parsed.size());
    assertInstanceOf(Parsed.Ok.class, parsed.get(0));
    Parsed.Failed bad = assertInstanceOf(Parsed.Failed.class, parsed.get(1));
    assertEquals(f + ":3", bad.where());
    assertTrue(bad.fault().startsWith("malformed JSON at line 3"), bad.fault());
    assertInstanceOf(Parsed.Ok.class, parsed.get(2));
  }

  @Test
  void readsMarkdownFrontMatterAndGivesAStableIdWhenNoneIsGiven() throws IOException {
    Path f = write("s.md", "---\ntitle: Estonia names the GRU\npublisher: Postimees\npublished: 2024-09-06\nurl: https://example.org/e\n---\n\nEstonia attributed the 2020 attacks to Unit 29155.\n");
    Statement s = assertInstanceOf(Parsed.Ok.class, reader.read(f).get(0)).statement();
    assertEquals("Estonia names the GRU", s.title());
    assertEquals("Estonia attributed the 2020 attacks to Unit 29155.", s.text());
    assertEquals(Statement.generatedId("https://example.org/e", null, null), s.id());
    assertEquals(s.id(), ((Parsed.Ok) reader.read(f).get(0)).statement().id());
  }

  @Test
  void everyFaultNamesTheFileAndWhatWasWrong() throws IOException {
    assertTrue(onlyFailure(reader.read(write("notext.json", "{\"id\":\"x\",\"title\":\"T\"}"))).fault().startsWith("missing text"));
    assertTrue(onlyFailure(reader.read(write("date.json", "{\"title\":\"T\",\"text\":\"t\",\"published\":\"next tuesday\"}")))
        .fault().contains("\"published\" is not a date: \"next tuesday\""));
    assertEquals("empty file", onlyFailure(reader.read(write("empty.json", "  \n"))).fault());
    assertTrue(onlyFailure(reader.read(write("broken.json", "{\"title\": \"T\",\n \"text\": }"))).fault()
        .startsWith("malformed JSON at line 2"));
    Path latin1 = dir.resolve("latin1.json");
    Files.write(latin1, "{\"title\":\"Caf\u00e9\",\"text\":\"x\"}".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals("invalid UTF-8 at byte 13 (save the file as UTF-8)", onlyFailure(reader.read(latin1)).fault());
    Path gone = dir.resolve("gone.json");
    assertEquals("file vanished before it could be read", onlyFailure(reader.read(gone)).fault());
    assertTrue(onlyFailure(reader.read(write("fm.md", "---\ntitle: never closed\nbody"))).fault().contains("never closed"));
  }

  @Test
  void everyFieldMustBeAStringInJsonAndAnyValueInFrontMatter() throws IOException {
    Path f = write("types.jsonl", """
        {"id": "a", "text": "NATO blamed the GRU."}
        {"id": "b", "text": 12345}
        {"id": "c", "title": ["NATO", "condemns"], "text": "NATO blamed the GRU."}
        {"id": "d", "text": "NATO blamed the GRU.", "author": true}
        {"id": 7, "text": "NATO blamed the GRU."}
        """);
    List<Parsed> parsed = reader.read(f);
    assertEquals(5, parsed.size(), parsed.toString());
    assertInstanceOf(Parsed.Ok.class, parsed.get(0));
    Parsed.Failed number = assertInstanceOf(Parsed.Failed.class, parsed.get(1));
    assertEquals(f + ":2", number.where());
    assertEquals("\"text\" is the number 12345; it must be a string in double quotes, such as \"12345\"", number.fault());
    assertEquals("\"title\" is a list [ … ]; it must be a string in double quotes",
        assertInstanceOf(Parsed.Failed.class, parsed.get(2)).fault());
    assertTrue(assertInstanceOf(Parsed.Failed.class, parsed.get(3)).fault().startsWith("\"author\" is the value true;"));
    assertTrue(assertInstanceOf(Parsed.Failed.class, parsed.get(4)).fault().startsWith("\"id\" is the number 7;"));
    Statement yaml = assertInstanceOf(Parsed.Ok.class, reader.read(write("1984.md", "---\nid: 1984\ntitle: 1984\n---\nA text.")).get(0))
        .statement();
    assertEquals("1984", yaml.id(), "YAML needs no quotes");
    assertEquals("1984", yaml.title());
  }

  @Test
  void malformedJsonAndYamlAreToldAsWhatWhereAndWhatToDoWithoutParserInternals() throws IOException {
    assertEquals("malformed JSON at line 1, column 27: the text ends before the object { } opened at line 1, column 1 is closed:"
        + " add the missing }", onlyFailure(reader.read(write("open.json", "{\"title\": \"T\", \"text\": \"x\""))).fault());
    assertEquals("malformed JSON: objects and lists are nested more than 1000 levels deep, far deeper than any attribot file:"
        + " check that the file is the one you meant", onlyFailure(reader.read(write("deep.json", "[".repeat(1200)))).fault());
    List<Parsed> lines = reader.read(write("comma.jsonl", "{\"text\": \"x\"}\n{\"text\": \"y\",}\n{\"text\": yes}\n"));
    Parsed.Failed comma = assertInstanceOf(Parsed.Failed.class, lines.get(1));
    assertEquals("malformed JSON at line 2, column 14: found '}' where a field name in double quotes should be"
        + " (JSON allows no comma before })", comma.fault());
    assertEquals("malformed JSON at line 3, column 10: 'yes' is not a JSON value: put text in double quotes",
        assertInstanceOf(Parsed.Failed.class, lines.get(2)).fault());
    assertEquals("malformed front matter at line 3, column 1: a tab where YAML wants spaces: indent with spaces only",
        onlyFailure(reader.read(write("tab.md", "---\ntitle: T\n\tauthor: A\n---\nText."))).fault());
    for (String fault : List.of(comma.fault(), onlyFailure(reader.read(write("close.json", "{\"text\": [1}"))).fault(),
        onlyFailure(reader.read(write("esc.json", "{\"text\": \"a\\qb\"}"))).fault())) {
      assertTrue(!fault.matches("(?s).*(Source|REDACTED|StreamRead|Exception|`|code \\d).*"), fault);
    }
  }

  @Test
  void aFiftyMegabyteFileIsRefusedWithoutBeingRead() throws IOException {
    Path big = dir.resolve("big.jsonl");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(50_000_000);
    }
    assertEquals("file is 50.0 MB, over the 16.0 MB limit (ingest.max_file_mb)", onlyFailure(reader.read(big)).fault());
  }
}
