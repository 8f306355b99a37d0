package org.attribot.digest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.attribot.actor.Entity;
import org.attribot.actor.Gazetteer;
import org.attribot.actor.Mention;
import org.attribot.statement.Sentence;
import org.attribot.statement.Statement;
import org.attribot.statement.TextSplitter;
import org.attribot.statement.Statements;
import org.attribot.statement.StoredStatement;

/**
 * Digest lines from the statements themselves, offline: per statement, the first sentence
 * that names an actor in attribution words (else the first sentence), the actor it names (an
 * intrusion set, else a sponsoring agency) and who attributes (an organisation or state named
 * that is neither the actor nor its sponsor or state, else the publisher).
 */
public final class ExtractiveDigestLines implements DigestLines {
  static final int MAX_WHAT = 280;
  private static final Pattern ATTRIBUTION = Pattern.compile(
      "\\b(attribut\\w*|blam\\w*|accus\\w*|responsib\\w*|behind|condemn\\w*|linked|conducted|carried out|sanction\\w*|indict\\w*|charg\\w*)\\b",
      Pattern.CASE_INSENSITIVE);

  private final Statements statements;
  private final Gazetteer gazetteer;

  public ExtractiveDigestLines(Statements statements, Gazetteer gazetteer) {
    this.statements = statements;
    this.gazetteer = gazetteer;
  }

  @Override
  public List<DigestLine> between(Instant from, Instant to, int limit) {
    List<DigestLine> out = new ArrayList<>();
    for (StoredStatement stored : statements.ingestedBetween(from, to, limit)) {
      out.add(line(stored.statement()));
    }
    return out;
  }

  DigestLine line(Statement s) {
    List<Sentence> sentences = TextSplitter.sentences(s.text());
    Sentence chosen = null;
    for (Sentence sentence : sentences.subList(0, Math.min(8, sentences.size()))) {
      if (accused(gazetteer.find(sentence.text())) != null && ATTRIBUTION.matcher(sentence.text()).find()) {
        chosen = sentence;
        break;
      }
    }
    String what = chosen != null ? chosen.text() : sentences.isEmpty() ? s.title() : sentences.get(0).text();
    List<Mention> mentions = new ArrayList<>(gazetteer.find(s.title()));
    mentions.addAll(gazetteer.find(what));
    Entity actor = accused(mentions);
    return new DigestLine(actor == null ? null : actor.canonical(), attributor(mentions, actor, s), shorten(what), s.id(),
        s.title(), s.publisher(), s.published(), s.url(), s.summary());
  }

  /** The first unambiguous intrusion set named, else the first sponsoring agency. */
  private Entity accused(List<Mention> mentions) {
    Entity agency = null;
    for (Mention m : mentions) {
      if (m.ambiguous()) {
        continue;
      }
      Entity e = m.entities().get(0);
      if (e.kind() == Entity.Kind.ACTOR) {
        return e;
      }
      if (agency == null && gazetteer.isSponsor(e)) {
        agency = e;
      }
    }
    return agency;
  }

  private String attributor(List<Mention> mentions, Entity actor, Statement s) {
    Set<String> theirs = new HashSet<>();
    if (actor != null) {
      theirs.add(Gazetteer.key(actor.canonical()));
      if (actor.sponsor() != null) {
        theirs.add(Gazetteer.key(actor.sponsor()));
      }
      if (actor.state() != null) {
        theirs.add(Gazetteer.key(actor.state()));
      }
    }
    for (Mention m : mentions) {
      Entity e = m.entities().get(0);
      if (!m.ambiguous() && e.kind() != Entity.Kind.ACTOR && !theirs.contains(Gazetteer.key(e.canonical()))
          && !gazetteer.isSponsor(e)) {
        return e.canonical();
      }
    }
    return s.publisher();
  }

  static String shorten(String text) {
    String t = text.replaceAll("\\s+", " ").strip();
    if (t.length() <= MAX_WHAT) {
      return t;
    }
    int cut = t.lastIndexOf(' ', MAX_WHAT - 1);
    return t.substring(0, cut > MAX_WHAT / 2 ? cut : MAX_WHAT - 1) + "…";
  }
}
