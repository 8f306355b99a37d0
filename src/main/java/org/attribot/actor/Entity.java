package org.attribot.actor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One named thing that cyber attributions talk about: a threat actor, a state organisation
 * that sponsors actors, or a country.
 *
 * <p>Contract: {@code canonical} is stripped and never blank; {@code kind} is never null;
 * {@code aliases} is an unmodifiable list of stripped, non-blank names (it may or may not
 * repeat the canonical name; a null list reads as empty); {@code sponsor} is the canonical
 * name of the sponsoring {@link Kind#ORGANISATION} (e.g. "GRU") or null; {@code state} is
 * the canonical name of the sponsoring or home {@link Kind#COUNTRY} (e.g. "Russia") or null.
 * Blank sponsor and state read as null. Records compare by value; the gazetteer never
 * merges two entities because they share an alias.
 */
public record Entity(String canonical, Kind kind, List<String> aliases, String sponsor, String state) {

  /** What an entity is. */
  public enum Kind {
    /** A hacking group or intrusion set (APT28, Lazarus Group). */
    ACTOR,
    /** A state agency or military body that sponsors actors (GRU, MSS). */
    ORGANISATION,
    /** A state (Russia, United Kingdom). */
    COUNTRY
  }

  public Entity {
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(kind, "kind");
    canonical = canonical.strip();
    if (canonical.isEmpty()) {
      throw new IllegalArgumentException("canonical name is blank");
    }
    List<String> clean = new ArrayList<>();
    if (aliases != null) {
      for (String alias : aliases) {
        if (alias != null && !alias.isBlank()) {
          clean.add(alias.strip());
        }
      }
    }
    aliases = List.copyOf(clean);
    sponsor = sponsor == null || sponsor.isBlank() ? null : sponsor.strip();
    state = state == null || state.isBlank() ? null : state.strip();
  }

  /** Shorthand for an entity with no sponsor and no state. */
  public static Entity of(String canonical, Kind kind, String... aliases) {
    return new Entity(canonical, kind, List.of(aliases), null, null);
  }

  /**
   * Every name of this entity: the canonical name first, then the aliases in order, without
   * repeats (compared ignoring case, so "FANCY BEAR" and "Fancy Bear" count once, the first
   * spelling kept; "APT 28" and "APT28" are both kept).
   */
  public List<String> names() {
    List<String> out = new ArrayList<>(aliases.size() + 1);
    Set<String> seen = new HashSet<>();
    seen.add(canonical.toLowerCase(Locale.ROOT));
    out.add(canonical);
    for (String alias : aliases) {
      if (seen.add(alias.toLowerCase(Locale.ROOT))) {
        out.add(alias);
      }
    }
    return List.copyOf(out);
  }

  /** A copy with {@code more} aliases appended (repeats of existing names are dropped). */
  public Entity withAliases(List<String> more) {
    List<String> all = new ArrayList<>(aliases);
    all.addAll(more);
    return new Entity(canonical, kind, dedupe(canonical, all), sponsor, state);
  }

  /** A copy with the given sponsor. */
  public Entity withSponsor(String newSponsor) {
    return new Entity(canonical, kind, aliases, newSponsor, state);
  }

  /** A copy with the given state. */
  public Entity withState(String newState) {
    return new Entity(canonical, kind, aliases, sponsor, newState);
  }

  /** {@code names} minus the canonical name and repeats, compared ignoring case; order kept. */
  static List<String> dedupe(String canonical, List<String> names) {
    Set<String> seen = new HashSet<>();
    seen.add(canonical.strip().toLowerCase(Locale.ROOT));
    List<String> out = new ArrayList<>();
    for (String name : names) {
      if (name != null && !name.isBlank() && seen.add(name.strip().toLowerCase(Locale.ROOT))) {
        out.add(name.strip());
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return kind + " " + canonical + (sponsor == null ? "" : " (sponsor " + sponsor + ")")
        + (state == null ? "" : " [" + state + "]");
  }
}
