package org.attribot.claim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attribot.actor.Entity;
import org.attribot.actor.Gazetteer;
import org.attribot.llm.Model;
import org.attribot.llm.ModelCall;
import org.attribot.llm.Prompts;
import org.attribot.statement.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts claims with the chat model (structured output into the claim fields; prompt
 * {@code prompts/claims.txt}). Every claim must quote evidence that really occurs in the
 * statement, or it is dropped; names are made canonical through the gazetteer. Returns
 * {@link Optional#empty()} when the model gives no usable reply, so the caller can fall back.
 */
public final class LlmClaimExtractor {
  private static final Logger LOG = LoggerFactory.getLogger(LlmClaimExtractor.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] FIELDS = {"attributor", "actor", "actor_canonical", "sponsor", "sponsor_state", "activity", "when",
      "stance", "evidence"};
  static final JsonSchema SCHEMA = schema();
  /** Evidence shorter than this ("." or a name alone) proves nothing. */
  static final int MIN_EVIDENCE = 12;

  private final ModelCall model;
  private final Prompts prompts;
  private final Gazetteer gazetteer;

  public LlmClaimExtractor(ModelCall model, Prompts prompts, Gazetteer gazetteer) {
    this.model = model;
    this.prompts = prompts;
    this.gazetteer = gazetteer;
  }

  /** The model's claims with verified evidence, or empty when the model gave no usable reply. */
  public Optional<List<Claim>> extract(Statement statement) {
    String prompt = Prompts.render(prompts.claims(), Map.of(
        "title", Prompts.defuse(statement.title(), "statement"),
        "publisher", Prompts.defuse(statement.publisher(), "statement"),
        "published", statement.published() == null ? "unknown" : statement.published().toString(),
        "text", Prompts.defuse(statement.text(), "statement")));
    Model.Reply reply = model.structured(prompts.system(), prompt, SCHEMA);
    if (!reply.ok()) {
      return Optional.empty();
    }
    JsonNode claims;
    try {
      claims = JSON.readTree(stripFence(reply.text())).path("claims");
    } catch (IOException e) {
      LOG.info("model claims for {} unreadable: {}", statement.id(), e.getMessage());
      return Optional.empty();
    }
    if (!claims.isArray()) {
      return Optional.empty();
    }
    List<Claim> out = new ArrayList<>();
    int dropped = 0;
    for (JsonNode c : claims) {
      Claim claim = claim(statement, c);
      if (claim == null) {
        dropped++;
      } else {
        out.add(claim);
      }
    }
    if (dropped > 0) {
      LOG.info("{} model claim(s) for {} dropped: evidence not in the text, or a field missing", dropped, statement.id());
    }
    return Optional.of(out);
  }

  private Claim claim(Statement statement, JsonNode c) {
    String attributor = text(c, "attributor");
    String evidence = text(c, "evidence");
    if (attributor == null || evidence == null) {
      return null;
    }
    int[] span = evidence.strip().length() < MIN_EVIDENCE ? null : find(statement.text(), evidence);
    if (span == null) {
      return null;
    }
    Stance stance;
    try {
      stance = Stance.parse(text(c, "stance"));
    } catch (IllegalArgumentException e) {
      return null;
    }
    Set<String> targets = new LinkedHashSet<>();
    c.path("targets").forEach(t -> {
      if (!t.asText().isBlank()) {
        targets.add(canonical(t.asText(), Entity.Kind.COUNTRY));
      }
    });
    String when = text(c, "when");
    return new Claim(statement.id(), canonical(attributor, null), text(c, "actor"), canonicalActor(text(c, "actor_canonical"), text(c, "actor")),
        canonical(text(c, "sponsor"), null), canonical(text(c, "sponsor_state"), Entity.Kind.COUNTRY), List.copyOf(targets),
        text(c, "activity"), when != null && when.matches("\\d{4}") ? when : null, stance, span[0], span[1],
        statement.text().substring(span[0], span[1]));
  }

  /**
   * Where {@code quote} occurs in {@code text}: exactly, or with any run of spaces and any
   * quotation-mark or apostrophe style (models retype typography); null when it does not occur.
   */
  static int[] find(String text, String quote) {
    String q = quote.strip();
    if (q.isEmpty()) {
      return null;
    }
    int at = text.indexOf(q);
    if (at >= 0) {
      return new int[] {at, at + q.length()};
    }
    StringBuilder regex = new StringBuilder();
    for (String word : q.split("\\s+")) {
      if (regex.length() > 0) {
        regex.append("\\s+");
      }
      for (char ch : word.toCharArray()) {
        regex.append(switch (ch) {
          case '\'', '‘', '’' -> "['‘’]";
          case '"', '“', '”', '«', '»' -> "[\"“”«»]";
          case '-', '–', '—' -> "[-–—]";
          default -> Pattern.quote(String.valueOf(ch));
        });
      }
    }
    Matcher m = Pattern.compile(regex.toString()).matcher(text);
    return m.find() ? new int[] {m.start(), m.end()} : null;
  }

  /** The gazetteer's canonical name when it knows exactly one entity by this name (of {@code kind}, when given). */
  private String canonical(String name, Entity.Kind kind) {
    if (name == null) {
      return null;
    }
    List<Entity> found = kind == null ? gazetteer.lookup(name) : gazetteer.lookup(name, kind);
    return found.size() == 1 ? found.get(0).canonical() : name.strip();
  }

  private String canonicalActor(String canonical, String named) {
    for (String name : new String[] {canonical, named}) {
      if (name != null) {
        List<Entity> found = gazetteer.lookup(name, Entity.Kind.ACTOR);
        if (!found.isEmpty()) {
          return found.get(0).canonical();
        }
      }
    }
    return canonical;
  }

  private static String text(JsonNode c, String field) {
    JsonNode v = c.get(field);
    return v == null || v.isNull() || v.asText().isBlank() || v.asText().equalsIgnoreCase("null") ? null : v.asText().strip();
  }

  private static String stripFence(String reply) {
    String s = reply.strip();
    if (s.startsWith("```")) {
      s = s.replaceFirst("^```(json)?\\s*", "").replaceFirst("\\s*```$", "");
    }
    return s;
  }

  private static JsonSchema schema() {
    JsonObjectSchema.Builder claim = JsonObjectSchema.builder();
    for (String field : FIELDS) {
      claim.addStringProperty(field);
    }
    claim.addProperty("targets", JsonArraySchema.builder().items(new JsonStringSchema()).build());
    List<String> required = new ArrayList<>(List.of(FIELDS));
    required.add("targets");
    claim.required(required);
    return JsonSchema.builder().name("attribot_claims").rootElement(JsonObjectSchema.builder()
        .addProperty("claims", JsonArraySchema.builder().items(claim.build()).build())
        .required("claims").build()).build();
  }
}
