package org.attribot.export;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.attribot.actor.Entity;
import org.attribot.actor.Gazetteer;

/**
 * ISO 3166-1 alpha-2 codes for country names: the JDK's English country names ("Czechia",
 * "Antigua & Barbuda", "Myanmar (Burma)"), with and without their bracketed part, plus the
 * names the actor list spells another way. Names compare by {@link Gazetteer#key}.
 */
final class CountryCodes {
  /** Names in the actor list that the JDK spells differently. */
  private static final Map<String, String> OTHER_NAMES = Map.ofEntries(
      Map.entry("Czech Republic", "CZ"), Map.entry("Hong Kong", "HK"), Map.entry("Macao", "MO"),
      Map.entry("Pitcairn", "PN"), Map.entry("Republic of the Congo", "CG"), Map.entry("Democratic Republic of the Congo", "CD"),
      Map.entry("Saint Vincent and the Grenadines", "VC"), Map.entry("South Georgia and the South Sandwich Islands", "GS"),
      Map.entry("United States Minor Outlying Islands", "UM"), Map.entry("Vatican", "VA"),
      Map.entry("Bonaire, Saint Eustatius and Saba", "BQ"), Map.entry("Heard Island and McDonald Islands", "HM"),
      Map.entry("Turkey", "TR"), Map.entry("Türkiye", "TR"));
  private static final Map<String, String> BY_KEY = index();

  private CountryCodes() {}

  private static Map<String, String> index() {
    Map<String, String> out = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH).replace("&", "and").replaceAll("\\bSt\\. ", "Saint ");
      out.put(Gazetteer.key(name), code);
      out.put(Gazetteer.key(name.replaceAll("\\s*\\(.*?\\)", "")), code);
    }
    OTHER_NAMES.forEach((name, code) -> out.put(Gazetteer.key(name), code));
    return out;
  }

  /** The code of a country by its name, else by any of the names the actor list gives it. */
  static Optional<String> of(String name, Gazetteer gazetteer) {
    String code = BY_KEY.get(Gazetteer.key(name));
    if (code != null) {
      return Optional.of(code);
    }
    for (Entity e : gazetteer.lookup(name, Entity.Kind.COUNTRY)) {
      for (String other : e.names()) {
        code = BY_KEY.get(Gazetteer.key(other));
        if (code != null) {
          return Optional.of(code);
        }
      }
    }
    return Optional.empty();
  }
}
