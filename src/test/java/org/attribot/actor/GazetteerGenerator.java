package org.attribot.actor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Builds the default gazetteer ({@code src/main/resources/actors/gazetteer.json}) from the
 * MISP galaxy clusters {@code country.json} and {@code threat-actor.json} plus the hand-curated
 * overlay {@code /actors/curated.json} (organisations, country short forms and demonyms, actor
 * sponsors and extra aliases). Test-scoped: run it through
 * {@code mvn test -Dtest=DefaultGazetteerTest -Dattribot.regenerate=true}, or its main method.
 * Not needed at run time.
 */
public final class GazetteerGenerator {

  /** Curated entities that are meant to be new rather than overlays on MISP entries. */
  static final Set<String> CURATED_NEW_ACTORS = Set.of("APT38");

  private GazetteerGenerator() {}

  /** The MISP clusters folder under the shared folder (system property attribot.shared, else ../shared). */
  static Path clusters() {
    return Path.of(System.getProperty("attribot.shared", "../shared"), "data", "misp-galaxy", "clusters");
  }

  /** The curated overlay shipped beside the gazetteer. */
  static List<Entity> curated() {
    try (InputStream in = GazetteerGenerator.class.getResourceAsStream("/actors/curated.json")) {
      if (in == null) {
        throw new IllegalStateException("/actors/curated.json missing from the classpath");
      }
      return GazetteerJson.read(in, "/actors/curated.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The default gazetteer's entities, built from the MISP clusters in {@code clusters}. */
  static List<Entity> generate(Path clusters) {
    List<Entity> base = new ArrayList<>(MispImporter.importCountries(clusters.resolve("country.json")));
    base.addAll(MispImporter.importThreatActors(clusters.resolve("threat-actor.json")));
    Gazetteer imported = new Gazetteer(base);
    List<Entity> curated = curated();
    for (Entity c : curated) {
      boolean known = imported.lookup(c.canonical(), c.kind()).stream()
          .anyMatch(e -> Gazetteer.key(e.canonical()).equals(Gazetteer.key(c.canonical())));
      if (!known && c.kind() != Entity.Kind.ORGANISATION && !CURATED_NEW_ACTORS.contains(c.canonical())) {
        throw new IllegalStateException("curated " + c.kind() + " '" + c.canonical()
            + "' matches no MISP entry by canonical name; fix curated.json");
      }
    }
    List<Entity> merged = new ArrayList<>(imported.merge(curated).entities());
    List<Entity.Kind> order = List.of(Entity.Kind.ORGANISATION, Entity.Kind.COUNTRY, Entity.Kind.ACTOR);
    merged.sort(Comparator.<Entity>comparingInt(e -> order.indexOf(e.kind()))
        .thenComparing(e -> e.canonical().toLowerCase(Locale.ROOT)));
    return merged;
  }

  /** Writes the generated gazetteer to {@code args[0]} (default: the source resource). */
  public static void main(String[] args) {
    Path out = Path.of(args.length > 0 ? args[0] : "src/main/resources/actors/gazetteer.json");
    List<Entity> entities = generate(clusters());
    MispImporter.writeGazetteer(entities, out);
    System.out.println("wrote " + entities.size() + " entities to " + out);
  }
}
