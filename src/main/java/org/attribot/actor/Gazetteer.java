package org.attribot.actor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A set of named entities (actors, sponsoring organisations, countries) that can be looked up
 * by any of their names and found in free text.
 *
 * <p>Contract: names compare by {@link #key(String) key}: case, spaces, hyphens, dots and
 * other punctuation are ignored ("APT 28" = "apt28" = "APT-28", "U.K." = "UK"). A name that
 * several entities share is never resolved to one of them: {@link #lookup(String)} and
 * {@link #find(String)} return every candidate, in gazetteer order. Entities are kept exactly
 * as given, duplicates included; {@link #merge(Collection)} is the only operation that
 * combines entities, and only those of the same kind and canonical name. Instances are
 * immutable and safe to share between threads.
 */
public final class Gazetteer {

  /** Classpath location of the default gazetteer shipped in the jar. */
  public static final String DEFAULT_RESOURCE = "/actors/gazetteer.json";

  private final List<Entity> entities;
  private final Map<String, List<Entity>> byKey;
  private final NameIndex index;
  private final Set<String> sponsors;

  /** A gazetteer of exactly these entities, in this order. */
  public Gazetteer(Collection<Entity> entities) {
    this.entities = List.copyOf(entities);
    Map<String, List<Entity>> keys = new HashMap<>();
    for (Entity entity : this.entities) {
      for (String name : entity.names()) {
        String key = key(name);
        if (key.isEmpty()) {
          continue;
        }
        List<Entity> list = keys.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!list.contains(entity)) {
          list.add(entity);
        }
      }
    }
    keys.replaceAll((k, v) -> List.copyOf(v));
    this.byKey = keys;
    this.index = new NameIndex(this.entities);
    Set<String> sponsoring = new HashSet<>();
    for (Entity entity : this.entities) {
      if (entity.kind() == Entity.Kind.ACTOR && entity.sponsor() != null) {
        sponsoring.add(entity.sponsor());
      }
    }
    this.sponsors = Set.copyOf(sponsoring);
  }

  /** The canonical names of the organisations some actor is sponsored by (GRU, MSS, RGB …): the accused kind of agency. */
  public Set<String> sponsors() {
    return sponsors;
  }

  /** Whether {@code entity} is an organisation that sponsors actors (the GRU), not one that attributes (NATO, the NCSC). */
  public boolean isSponsor(Entity entity) {
    return entity.kind() == Entity.Kind.ORGANISATION && sponsors.contains(entity.canonical());
  }

  private static final class DefaultHolder {
    static final Gazetteer DEFAULT = readDefault();
  }

  /**
   * The compact default gazetteer shipped in the jar at {@value #DEFAULT_RESOURCE}. It is read
   * once and shared.
   *
   * @throws IllegalStateException if the resource is missing or unreadable (a broken build)
   */
  public static Gazetteer loadDefault() {
    return DefaultHolder.DEFAULT;
  }

  private static Gazetteer readDefault() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + DEFAULT_RESOURCE + " is missing from the classpath");
      }
      return new Gazetteer(GazetteerJson.read(in, DEFAULT_RESOURCE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
    }
  }

  /**
   * Reads a gazetteer file (same format as the default).
   *
   * @throws IllegalArgumentException if the file is missing or not a valid gazetteer; the
   *     message names the file and the fault
   */
  public static Gazetteer load(Path file) {
    return new Gazetteer(GazetteerJson.read(file));
  }

  /** Writes this gazetteer to {@code out} in the format {@link #load(Path)} reads. */
  public void write(Path out) {
    GazetteerJson.write(entities, out);
  }

  /**
   * The normalised form under which names are compared: letters and digits only, lower
   * case, accents removed ("APT-28" → "apt28", "U.S." → "us", "Türkiye" → "turkiye").
   */
  public static String key(String name) {
    return Names.key(Objects.requireNonNull(name, "name"));
  }

  /** All entities, in order. */
  public List<Entity> entities() {
    return entities;
  }

  /** The entities of one kind, in order. */
  public List<Entity> entities(Entity.Kind kind) {
    return entities.stream().filter(e -> e.kind() == kind).toList();
  }

  /** How many entities. */
  public int size() {
    return entities.size();
  }

  /**
   * Every entity that has {@code name} as its canonical name or an alias, compared by
   * {@link #key(String)}; empty if none. An ambiguous name returns all its entities.
   */
  public List<Entity> lookup(String name) {
    if (name == null) {
      return List.of();
    }
    return byKey.getOrDefault(key(name), List.of());
  }

  /** {@link #lookup(String)} restricted to one kind. */
  public List<Entity> lookup(String name, Entity.Kind kind) {
    return lookup(name).stream().filter(e -> e.kind() == kind).toList();
  }

  /**
   * Every mention of an entity name in {@code text}, left to right and not overlapping; at
   * each position the longest name wins ("Russian military intelligence" over "Russian").
   * Matches are case-insensitive and sit on word boundaries; "APT 28" in text matches the
   * name "APT28". Names too generic to match safely (ordinary words used as aliases, numbers,
   * names under three characters unless written in capitals) are skipped, and short
   * all-capital names that are also English words ("US", "UK", "IT") match only when written
   * in capitals ("us" the pronoun does not match). Linear in the length of the text.
   */
  public List<Mention> find(String text) {
    List<Mention> found = index.find(text);
    if (text == null) {
      return found;
    }
    Matcher apt = SPELLED_APT.matcher(text);
    if (!apt.find()) {
      return found;
    }
    List<Mention> out = new ArrayList<>(found);
    do {
      int start = apt.start();
      int end = apt.end();
      List<Entity> group = lookup("APT" + apt.group(1), Entity.Kind.ACTOR);
      if (!group.isEmpty() && found.stream().noneMatch(m -> m.start() < end && start < m.end())) {
        out.add(new Mention(start, end, apt.group(), group));
      }
    } while (apt.find());
    out.sort(java.util.Comparator.comparingInt(Mention::start));
    return out;
  }

  /** A group's number spelled out: "Advanced Persistent Threat 40" is APT40. */
  private static final Pattern SPELLED_APT = Pattern.compile("(?i)\\badvanced persistent threat[\\s-]*(\\d{1,3})\\b");

  /** The organisation named as {@code entity}'s sponsor, if the gazetteer has one by that name. */
  public Optional<Entity> sponsorOf(Entity entity) {
    return entity.sponsor() == null ? Optional.empty() : one(entity.sponsor(), Entity.Kind.ORGANISATION);
  }

  /** The country named as {@code entity}'s state, if the gazetteer has one by that name. */
  public Optional<Entity> stateOf(Entity entity) {
    return entity.state() == null ? Optional.empty() : one(entity.state(), Entity.Kind.COUNTRY);
  }

  /** The entity of {@code kind} with this canonical name, else the only one with this alias. */
  private Optional<Entity> one(String name, Entity.Kind kind) {
    List<Entity> candidates = lookup(name, kind);
    String key = key(name);
    for (Entity e : candidates) {
      if (key(e.canonical()).equals(key)) {
        return Optional.of(e);
      }
    }
    return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
  }

  /**
   * A new gazetteer with {@code incoming} merged in. An incoming entity with the same kind
   * and canonical name (by key) as existing ones is merged into each of them: its aliases are
   * appended (repeats dropped) and its sponsor and state, when not null, replace theirs. Any
   * other incoming entity is appended. Afterwards every sponsor and state is rewritten to the
   * canonical name of the organisation or country it names (e.g. "Russian Federation" →
   * "Russia") when that is unambiguous, and an entity with a known sponsor but no state takes
   * the sponsor's state. This gazetteer is unchanged.
   */
  public Gazetteer merge(Collection<Entity> incoming) {
    List<Entity> out = new ArrayList<>(entities);
    Map<String, List<Integer>> positions = new LinkedHashMap<>();
    for (int i = 0; i < out.size(); i++) {
      positions.computeIfAbsent(identity(out.get(i)), k -> new ArrayList<>()).add(i);
    }
    for (Entity add : incoming) {
      List<Integer> at = positions.get(identity(add));
      if (at == null) {
        positions.computeIfAbsent(identity(add), k -> new ArrayList<>()).add(out.size());
        out.add(add);
        continue;
      }
      for (int i : at) {
        Entity merged = out.get(i).withAliases(add.names());
        if (add.sponsor() != null) {
          merged = merged.withSponsor(add.sponsor());
        }
        if (add.state() != null) {
          merged = merged.withState(add.state());
        }
        out.set(i, merged);
      }
    }
    return new Gazetteer(out).canonicalised();
  }

  private static String identity(Entity e) {
    return e.kind() + ":" + key(e.canonical());
  }

  /** This gazetteer with sponsors and states rewritten to canonical names where unambiguous. */
  private Gazetteer canonicalised() {
    List<Entity> out = new ArrayList<>(entities.size());
    boolean changed = false;
    for (Entity e : entities) {
      Entity c = e;
      if (c.sponsor() != null) {
        Optional<Entity> org = one(c.sponsor(), Entity.Kind.ORGANISATION);
        if (org.isPresent()) {
          c = c.withSponsor(org.get().canonical());
          if (c.state() == null && org.get().state() != null) {
            c = c.withState(org.get().state());
          }
        }
      }
      if (c.state() != null) {
        Optional<Entity> country = one(c.state(), Entity.Kind.COUNTRY);
        if (country.isPresent()) {
          c = c.withState(country.get().canonical());
        }
      }
      changed |= !c.equals(e);
      out.add(c);
    }
    return changed ? new Gazetteer(out) : this;
  }

  @Override
  public String toString() {
    return "Gazetteer[" + entities.size() + " entities]";
  }
}
