package org.attribot.statement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One source statement as read from a file: the statement's own id, the facts of the
 * record (title, publisher, author, date, url, language), its text, and what kind of text
 * that is — the publisher's own words, or a summary of them written by someone else (the
 * built-in sample store's). Author, date and url may be null; id, title and text never are.
 */
public record Statement(
    String id,
    String title,
    String publisher,
    String author,
    LocalDate published,
    String url,
    String language,
    String text,
    Kind kind) {

  public static final int MAX_ID_LENGTH = 200;

  /** What the text is: the statement's own words, or a summary of it (answers must not quote a summary as the publisher's words). */
  public enum Kind {
    ORIGINAL, SUMMARY;

    /** {@code original} or {@code summary}, as written in a statement file and the store. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The kind a file or the store names; null or blank is {@link #ORIGINAL}. */
    public static Kind of(String label) {
      if (label == null || label.isBlank()) {
        return ORIGINAL;
      }
      for (Kind k : values()) {
        if (k.label().equalsIgnoreCase(label.strip())) {
          return k;
        }
      }
      throw new IllegalArgumentException("\"kind\" is \"" + label.strip() + "\"; it must be \"original\" (the publisher's"
          + " own words, the default) or \"summary\" (a summary in other words)");
    }
  }

  /** A statement in its publisher's own words. */
  public Statement(String id, String title, String publisher, String author, LocalDate published, String url,
      String language, String text) {
    this(id, title, publisher, author, published, url, language, text, Kind.ORIGINAL);
  }

  public Statement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    if (id.isBlank() || id.length() > MAX_ID_LENGTH) {
      throw new IllegalArgumentException("id must be 1.." + MAX_ID_LENGTH + " characters: " + id);
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("text is blank");
    }
    publisher = publisher == null || publisher.isBlank() ? "unknown publisher" : publisher.strip();
    author = author == null || author.isBlank() ? null : author.strip();
    url = url == null || url.isBlank() ? null : url.strip();
    language = language == null || language.isBlank() ? "en" : language.strip();
    title = title.strip();
    kind = kind == null ? Kind.ORIGINAL : kind;
  }

  /** Whether the text is a summary in other words than the publisher's. */
  public boolean summary() {
    return kind == Kind.SUMMARY;
  }

  /** SHA-256 over every field but the id: the same content under any id hashes the same (an original as it always has). */
  public String contentHash() {
    StringBuilder canonical = new StringBuilder();
    for (Object field : new Object[] {title, publisher, author, published, url, language, text}) {
      canonical.append(field == null ? "\u0000" : field.toString()).append('\u001f');
    }
    if (kind == Kind.SUMMARY) {
      canonical.append(kind.label()).append('\u001f');
    }
    return sha256(canonical.toString());
  }

  static String sha256(String value) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }

  /** A stable id for a statement whose file gives none: from its url, else its text. */
  public static String generatedId(String url, String title, String text) {
    String basis = url != null && !url.isBlank() ? url.strip() : title + "\n" + text;
    return "s-" + sha256(basis).substring(0, 16);
  }
}
