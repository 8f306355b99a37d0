// Over 300 lines: one STIX 2.1 bundle writer, its object kinds (identities, intrusion sets, relationships, reports) read best side by side.
package org.attribot.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongFunction;
import org.attribot.actor.Entity;
import org.attribot.actor.Gazetteer;
import org.attribot.claim.Claim;
import org.attribot.claim.Stance;
import org.attribot.statement.Statement;
import org.attribot.claim.StoredClaim;
import org.attribot.statement.StoredStatement;

/**
 * Claims as a STIX 2.1 bundle. Each statement becomes a {@code report}; attributors are
 * {@code identity} objects; an accused group the actor list knows becomes an
 * {@code intrusion-set} (with its aliases), any other accused — an agency, a state, an unnamed
 * group — a {@code threat-actor}; a target country with an ISO code is a {@code location},
 * any other target an {@code identity}. An attribution the statement makes or recalls becomes
 * {@code relationship} objects the spec allows: intrusion-set {@code attributed-to} the
 * sponsor's threat-actor, threat-actor {@code attributed-to} the sponsoring state's identity,
 * and the accused {@code targets} each target. A denial names the same objects but asserts no
 * relationship. The report lists every object and relationship its claims use and holds each
 * claim (attributor, stance, year, evidence and its offsets) in {@code x_attribot_claims}.
 *
 * <p>The same claims give the same bytes: ids are UUIDv5 of a fixed namespace and a stable
 * name ("report|" + statement id, "intrusion-set|APT28" …); a report and its relationships are
 * created when their statement was ingested; objects made from the actor list carry one fixed
 * time, as they are the same objects in every export.
 */
public final class Stix {
  /** The namespace of every attribot STIX id; changing it changes every id. */
  static final UUID NAMESPACE = UUID.fromString("5e3f0f0c-0a6b-5c1e-9c5d-7a1b0e4c2d10");
  /** created/modified of the objects made from the actor list. */
  static final String ACTOR_LIST_TIME = "2024-01-01T00:00:00.000Z";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final List<String> TYPE_ORDER = List.of("report", "identity", "intrusion-set", "threat-actor", "location", "relationship");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"))
      .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

  private final Gazetteer gazetteer;

  public Stix(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** A bundle: its JSON text (UTF-8, ends with a line break) and how many objects of each type it holds. */
  public record Bundle(String json, Map<String, Integer> counts) {}

  /** The bundle of {@code claims}; {@code statements} gives the statement of a claim's key. */
  public Bundle bundle(List<StoredClaim> claims, LongFunction<StoredStatement> statements) {
    Pool objects = new Pool();
    Map<Long, List<Claim>> byStatement = new LinkedHashMap<>();
    for (StoredClaim c : claims) {
      byStatement.computeIfAbsent(c.statementKey(), k -> new ArrayList<>()).add(c.claim());
    }
    byStatement.forEach((key, list) -> report(objects, statements.apply(key), list));
    List<ObjectNode> sorted = new ArrayList<>(objects.all());
    sorted.sort(Comparator.comparingInt(o -> TYPE_ORDER.indexOf(o.get("type").asText())));
    ObjectNode bundle = MAPPER.createObjectNode();
    bundle.put("type", "bundle");
    bundle.put("id", "bundle--" + uuid5("bundle|" + String.join(",", sorted.stream().map(o -> o.get("id").asText()).toList())));
    Map<String, Integer> counts = new LinkedHashMap<>();
    if (!sorted.isEmpty()) {
      bundle.putArray("objects").addAll(sorted);
      sorted.forEach(o -> counts.merge(o.get("type").asText(), 1, Integer::sum));
    }
    try {
      return new Bundle(WRITER.writeValueAsString(bundle) + "\n", counts);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the STIX bundle: " + e.getMessage(), e);
    }
  }

  private void report(Pool objects, StoredStatement stored, List<Claim> claims) {
    Statement st = stored.statement();
    String created = time(stored.ingestedAt());
    ObjectNode report = sdo("report", st.id(), created);
    report.put("name", st.title());
    List<String> refs = new ArrayList<>();
    ArrayNode details = MAPPER.createArrayNode();
    List<String> lines = new ArrayList<>();
    for (Claim c : claims) {
      details.add(claim(objects, c, created, refs));
      lines.add(summary(c));
    }
    report.put("description", "Attribution claims in this statement:\n" + String.join("\n", lines));
    ArrayNode types = report.putArray("report_types").add("threat-actor");
    if (refs.stream().anyMatch(r -> r.startsWith("intrusion-set--"))) {
      types.add("intrusion-set");
    }
    report.put("published", st.published() == null ? created : st.published() + "T00:00:00.000Z");
    if (st.published() == null) {
      report.put("x_attribot_undated", true);
    }
    ArrayNode objectRefs = report.putArray("object_refs");
    refs.forEach(objectRefs::add);
    ArrayNode external = report.putArray("external_references");
    ObjectNode source = external.addObject().put("source_name", st.publisher()).put("description", st.title());
    if (st.url() != null) {
      source.put("url", st.url());
    }
    external.addObject().put("source_name", "attribot").put("external_id", st.id());
    report.set("x_attribot_claims", details);
    objects.add(report);
  }

  /** Adds the objects and relationships of one claim, their ids to {@code refs}; returns the claim's record for the report. */
  private ObjectNode claim(Pool objects, Claim c, String created, List<String> refs) {
    ObjectNode out = MAPPER.createObjectNode();
    String attributor = ref(refs, id(objects.add(identity(c.attributor()))));
    out.put("attributor", c.attributor()).put("attributor_ref", attributor).put("stance", c.stance().wire());
    putIfNotNull(out, "when", c.when());
    putIfNotNull(out, "actor", c.actor());
    boolean asserted = c.stance() == Stance.ATTRIBUTES || c.stance() == Stance.RECALLS;
    ObjectNode top = c.accused() == null ? null : objects.add(c.actorCanonical() != null ? intrusionSet(c.actorCanonical()) : threatActor(c.accused()));
    // a denial's sponsor is the denying state: no sponsor objects for it
    ObjectNode sponsor = asserted && c.actorCanonical() != null && c.sponsor() != null ? objects.add(threatActor(c.sponsor())) : null;
    ObjectNode state = asserted && c.sponsorState() != null ? objects.add(identity(c.sponsorState())) : null;
    if (top != null) {
      out.put("accused_ref", ref(refs, id(top)));
    }
    if (sponsor != null) {
      out.put("sponsor_ref", ref(refs, id(sponsor)));
    }
    if (state != null) {
      out.put("sponsor_state_ref", ref(refs, id(state)));
    }
    List<ObjectNode> targets = new ArrayList<>();
    for (String t : c.targets()) {
      targets.add(objects.add(target(t)));
    }
    if (!targets.isEmpty()) {
      ArrayNode targetRefs = out.putArray("target_refs");
      targets.forEach(t -> targetRefs.add(ref(refs, id(t))));
    }
    putIfNotNull(out, "activity", c.activity());
    out.put("evidence", c.evidence()).put("evidence_start", c.evidenceStart()).put("evidence_end", c.evidenceEnd());
    if (asserted && top != null) {
      List<ObjectNode> relationships = new ArrayList<>();
      ObjectNode actor = top;
      if (sponsor != null && !id(sponsor).equals(id(top))) {
        relationships.add(relationship(c, "attributed-to", top, sponsor, created, attributor));
        actor = sponsor;
      }
      if (state != null && "threat-actor".equals(actor.get("type").asText())) {
        relationships.add(relationship(c, "attributed-to", actor, state, created, attributor));
      }
      for (ObjectNode t : targets) {
        relationships.add(relationship(c, "targets", top, t, created, attributor));
      }
      if (!relationships.isEmpty()) {
        ArrayNode relationshipRefs = out.putArray("relationship_refs");
        relationships.forEach(r -> relationshipRefs.add(ref(refs, id(objects.add(r)))));
      }
    }
    return out;
  }

  private ObjectNode relationship(Claim c, String type, ObjectNode source, ObjectNode target, String created, String attributorRef) {
    ObjectNode r = sdo("relationship", String.join("|", c.statementId(), c.attributor(), c.stance().comparable().wire(), type,
        id(source), id(target)), created);
    r.put("relationship_type", type);
    r.put("source_ref", id(source));
    r.put("target_ref", id(target));
    r.put("description", summary(c) + ": \u201c" + c.evidence() + "\u201d");
    r.put("x_attribot_attributor_ref", attributorRef);
    r.put("x_attribot_stance", c.stance().wire());
    r.put("x_attribot_statement_id", c.statementId());
    return r;
  }

  /** {@code United Kingdom attributes APT28 (2025)}. */
  private static String summary(Claim c) {
    return c.attributor() + " " + c.stance().wire() + (c.accused() == null ? "" : " " + c.accused())
        + (c.when() == null ? "" : " (" + c.when() + ")");
  }

  /** A state, alliance, agency, company or other body; states and state bodies are government organisations. */
  private ObjectNode identity(String name) {
    ObjectNode o = sdo("identity", name, ACTOR_LIST_TIME);
    o.put("name", name);
    List<Entity> known = gazetteer.lookup(name);
    boolean country = known.stream().anyMatch(e -> e.kind() == Entity.Kind.COUNTRY);
    boolean organisation = known.stream().anyMatch(e -> e.kind() == Entity.Kind.ORGANISATION);
    o.put("identity_class", country || organisation ? "organization" : name.matches("(?i).*\\bsectors?$") ? "class" : "unknown");
    if (country) {
      o.putArray("sectors").add("government-national");
    } else if (organisation) {
      o.putArray("sectors").add("government");
    }
    return o;
  }

  private ObjectNode intrusionSet(String canonical) {
    ObjectNode o = sdo("intrusion-set", canonical, ACTOR_LIST_TIME);
    o.put("name", canonical);
    aliases(o, canonical, Entity.Kind.ACTOR);
    return o;
  }

  /** An accused without a known group: an agency or a state ("nation-state"), else as the text names it. */
  private ObjectNode threatActor(String name) {
    ObjectNode o = sdo("threat-actor", name, ACTOR_LIST_TIME);
    o.put("name", name);
    boolean state = gazetteer.lookup(name).stream().anyMatch(e -> e.kind() != Entity.Kind.ACTOR);
    o.putArray("threat_actor_types").add(state ? "nation-state" : "unknown");
    aliases(o, name, Entity.Kind.ORGANISATION);
    return o;
  }

  private ObjectNode target(String name) {
    Optional<String> code = CountryCodes.of(name, gazetteer);
    if (code.isEmpty()) {
      return identity(name);
    }
    ObjectNode o = sdo("location", name, ACTOR_LIST_TIME);
    o.put("name", name);
    o.put("country", code.get());
    return o;
  }

  /** The other names of the entity of {@code kind} called {@code canonical}, if the actor list has one. */
  private void aliases(ObjectNode o, String canonical, Entity.Kind kind) {
    for (Entity e : gazetteer.lookup(canonical, kind)) {
      if (Gazetteer.key(e.canonical()).equals(Gazetteer.key(canonical)) && e.names().size() > 1) {
        ArrayNode aliases = o.putArray("aliases");
        e.names().subList(1, e.names().size()).forEach(aliases::add);
        return;
      }
    }
  }

  private static ObjectNode sdo(String type, String name, String created) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("type", type);
    o.put("spec_version", "2.1");
    o.put("id", type + "--" + uuid5(type + "|" + name));
    o.put("created", created);
    o.put("modified", created);
    return o;
  }

  private static String id(ObjectNode o) {
    return o.get("id").asText();
  }

  private static String ref(List<String> refs, String id) {
    if (!refs.contains(id)) {
      refs.add(id);
    }
    return id;
  }

  private static void putIfNotNull(ObjectNode o, String field, String value) {
    if (value != null) {
      o.put(field, value);
    }
  }

  /** A STIX timestamp: UTC, milliseconds. */
  static String time(Instant t) {
    return TIME.format(t.truncatedTo(ChronoUnit.MILLIS));
  }

  /** An RFC 4122 name-based UUID (version 5, SHA-1) in attribot's namespace. */
  static UUID uuid5(String name) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      ByteBuffer ns = ByteBuffer.allocate(16).putLong(NAMESPACE.getMostSignificantBits()).putLong(NAMESPACE.getLeastSignificantBits());
      sha1.update(ns.array());
      byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
      hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
      hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
      ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
      return new UUID(b.getLong(), b.getLong());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is missing from this JVM", e);
    }
  }

  /** The bundle's objects by id, the first of each kept. */
  private static final class Pool {
    private final Map<String, ObjectNode> byId = new LinkedHashMap<>();

    ObjectNode add(ObjectNode o) {
      return byId.computeIfAbsent(id(o), k -> o);
    }

    Collection<ObjectNode> all() {
      return byId.values();
    }
  }
}
