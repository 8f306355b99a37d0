package org.attribot.actor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attribot.input.JsonFault;

/**
 * Reads MISP galaxy cluster files (https://github.com/MISP/misp-galaxy) into entities, and
 * writes gazetteer files.
 *
 * <p>A cluster file is a JSON object whose {@code values} array holds one object per cluster,
 * each with a {@code value} (the name) and an optional {@code meta} object. For threat actors
 * ({@code threat-actor.json}, and {@code mitre-intrusion-set.json} which has the same shape)
 * the importer reads {@code meta.synonyms} and the names in {@code meta.name-attribution} as
 * aliases, {@code meta.country} (an ISO 3166 code) or else
 * {@code meta.cfr-suspected-state-sponsor} as the state, and {@code meta.GRU} ("Military unit
 * 26165") as sponsor GRU with the alias "Unit 26165". Vendor notes in brackets ("APT-C-38
 * (QiAnXin)") also give the bare name as an alias; a MITRE name "APT28 - G0007" becomes
 * "APT28" with alias "G0007". Other fields are ignored.
 *
 * <p>Bad input raises {@link IllegalArgumentException} whose message names the file and the
 * fault: a missing file, text that is not JSON, no {@code values} array, an entry that is not
 * an object or has no {@code value}.
 */
public final class MispImporter {

  private static final Pattern MITRE_SUFFIX = Pattern.compile("^(.*\\S)\\s+-\\s+(G\\d{4})$");
  private static final Pattern BRACKET_NOTE = Pattern.compile("^(.*\\S)\\s*\\([^()]*\\)$");
  private static final Pattern NAME_ATTRIBUTION = Pattern.compile("^(.+):[0-9a-fA-F-]{36}$");
  private static final Pattern MILITARY_UNIT = Pattern.compile("(?i)(?:military\\s+)?unit\\s+(\\d+)");

  /** Canonical names where MISP or the JDK spell a country differently from attribot. */
  private static final Map<String, String> COUNTRY_RENAMES = Map.of(
      "united states of america", "United States",
      "czechia", "Czech Republic",
      "palestinian territories", "Palestinian Territory",
      "türkiye", "Turkey",
      "myanmar (burma)", "Myanmar",
      "hong kong sar china", "Hong Kong",
      "macao sar china", "Macao",
      "côte d’ivoire", "Ivory Coast",
      "cape verde", "Cabo Verde");

  private MispImporter() {}

  /**
   * The threat actors of a MISP cluster file, as {@link Entity.Kind#ACTOR} entities in file
   * order. States are country names ("Russia", or as written by CFR, e.g. "Russian
   * Federation"); {@link Gazetteer#merge} rewrites them to the gazetteer's canonical names.
   */
  public static List<Entity> importThreatActors(Path file) {
    JsonNode values = values(file);
    List<Entity> out = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      JsonNode entry = entry(file, values, i);
      String value = entry.get("value").asText().strip();
      JsonNode meta = entry.path("meta");
      List<String> aliases = new ArrayList<>();
      Matcher mitre = MITRE_SUFFIX.matcher(value);
      String canonical = value;
      if (mitre.matches()) {
        canonical = mitre.group(1);
        aliases.add(mitre.group(2));
      }
      for (String synonym : strings(meta.get("synonyms"))) {
        addName(aliases, synonym);
      }
      for (String attribution : strings(meta.get("name-attribution"))) {
        Matcher m = NAME_ATTRIBUTION.matcher(attribution.strip());
        addName(aliases, m.matches() ? m.group(1) : attribution);
      }
      addName(aliases, meta.path("external_id").asText(""));
      String sponsor = null;
      String gru = meta.path("GRU").asText("");
      if (!gru.isBlank()) {
        sponsor = "GRU";
        Matcher unit = MILITARY_UNIT.matcher(gru);
        if (unit.find()) {
          aliases.add("Unit " + unit.group(1));
        }
      }
      String state = countryName(meta.path("country").asText(""));
      if (state == null) {
        state = cfrState(meta.path("cfr-suspected-state-sponsor").asText(""));
      }
      List<String> names = new ArrayList<>();
      if (!canonical.equals(value)) {
        names.add(value);
      }
      names.addAll(aliases);
      Matcher note = BRACKET_NOTE.matcher(canonical);
      if (note.matches()) {
        names.add(note.group(1));
      }
      out.add(new Entity(canonical, Entity.Kind.ACTOR, Entity.dedupe(canonical, names), sponsor, state));
    }
    return out;
  }

  /**
   * The countries of a MISP {@code country.json} cluster file, as {@link Entity.Kind#COUNTRY}
   * entities named by their {@code description} ("United Kingdom"). "United States of
   * America" becomes "United States" and "Czechia" "Czech Republic", keeping the MISP name as
   * an alias. ISO codes are not used as names (too ambiguous in text: "IT", "IN", "NO").
   */
  public static List<Entity> importCountries(Path file) {
    JsonNode values = values(file);
    List<Entity> out = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      JsonNode entry = entry(file, values, i);
      String value = entry.get("value").asText().strip();
      String description = entry.path("description").asText("").strip();
      String name = description.isEmpty() ? value : description;
      String canonical = COUNTRY_RENAMES.getOrDefault(name.toLowerCase(Locale.ROOT), name);
      List<String> aliases = new ArrayList<>();
      aliases.add(name);
      out.add(new Entity(canonical, Entity.Kind.COUNTRY, Entity.dedupe(canonical, aliases), null, null));
    }
    return out;
  }

  /**
   * Writes {@code entities} as a gazetteer file that {@link Gazetteer#load(Path)} reads: a JSON
   * array, one entity per line. Parent folders are created; an existing file is replaced.
   */
  public static void writeGazetteer(List<Entity> entities, Path out) {
    GazetteerJson.write(entities, out);
  }

  /** English name of an ISO 3166 alpha-2 code, or null for blank or unknown codes. */
  static String countryName(String iso) {
    String code = iso.strip().toUpperCase(Locale.ROOT);
    if (!code.matches("[A-Z]{2}")) {
      return null;
    }
    String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    if (name.isBlank() || name.equals(code) || name.startsWith("Unknown")) {
      return null;
    }
    return COUNTRY_RENAMES.getOrDefault(name.toLowerCase(Locale.ROOT), name);
  }

  /** A CFR state-sponsor name, "Iran (Islamic Republic of)" → "Islamic Republic of Iran"; null for "Unknown". */
  static String cfrState(String cfr) {
    String s = cfr.strip();
    if (s.isEmpty() || s.equalsIgnoreCase("unknown")) {
      return null;
    }
    Matcher m = Pattern.compile("^(.+?)\\s*\\((.+ of)\\)$").matcher(s);
    return m.matches() ? m.group(2) + " " + m.group(1) : s;
  }

  private static void addName(List<String> names, String raw) {
    if (raw == null) {
      return;
    }
    String name = raw.strip();
    while (name.endsWith(",") || name.endsWith(";")) {
      name = name.substring(0, name.length() - 1).strip();
    }
    if (name.isEmpty()) {
      return;
    }
    names.add(name);
    Matcher note = BRACKET_NOTE.matcher(name);
    if (note.matches()) {
      names.add(note.group(1));
    }
  }

  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node == null || node.isNull() || node.isMissingNode()) {
      return out;
    }
    if (node.isTextual()) {
      out.add(node.asText());
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        if (item.isTextual()) {
          out.add(item.asText());
        }
      }
    }
    return out;
  }

  /** The {@code values} array of a cluster file. */
  private static JsonNode values(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("MISP cluster file not found: " + file);
    }
    JsonNode root;
    try (InputStream in = Files.newInputStream(file)) {
      root = GazetteerJson.MAPPER.readTree(in);
    } catch (JsonProcessingException e) {
      String at = JsonFault.position(e, 0);
      throw new IllegalArgumentException(file + ": not valid JSON" + (at == null ? "" : " at " + at) + ": "
          + JsonFault.describe(e), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read MISP cluster file " + file + ": " + e.getMessage(), e);
    }
    if (root == null || root.isMissingNode()) {
      throw new IllegalArgumentException(file + ": empty file, not a MISP galaxy cluster");
    }
    JsonNode values = root.get("values");
    if (!root.isObject() || values == null || !values.isArray()) {
      throw new IllegalArgumentException(file + ": no \"values\" array; not a MISP galaxy cluster file");
    }
    return values;
  }

  /** Entry {@code i} of {@code values}, checked to be an object with a non-blank {@code value}. */
  private static JsonNode entry(Path file, JsonNode values, int i) {
    JsonNode entry = values.get(i);
    if (!entry.isObject()) {
      throw new IllegalArgumentException(file + ": values[" + i + "] is not an object");
    }
    JsonNode value = entry.get("value");
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      String uuid = entry.path("uuid").asText("");
      throw new IllegalArgumentException(file + ": values[" + i + "] has no \"value\" (name)"
          + (uuid.isEmpty() ? "" : ", uuid " + uuid));
    }
    return entry;
  }
}
