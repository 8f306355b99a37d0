package org.attribot.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attribot.claim.Claim;

/** A claim as the gold format writes it: {@code statement_id, attributor, actor, …, evidence}, in that order. */
public final class ClaimFields {
  /** The field names, in order: the JSON keys and the CSV columns. */
  public static final List<String> NAMES = List.of("statement_id", "attributor", "actor", "actor_canonical", "sponsor",
      "sponsor_state", "targets", "activity", "when", "stance", "evidence");

  private ClaimFields() {}

  /** The fields of {@code c} by name, in {@link #NAMES} order; absent values are null, targets a list. */
  public static Map<String, Object> of(Claim c) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("statement_id", c.statementId());
    out.put("attributor", c.attributor());
    out.put("actor", c.actor());
    out.put("actor_canonical", c.actorCanonical());
    out.put("sponsor", c.sponsor());
    out.put("sponsor_state", c.sponsorState());
    out.put("targets", c.targets());
    out.put("activity", c.activity());
    out.put("when", c.when());
    out.put("stance", c.stance().wire());
    out.put("evidence", c.evidence());
    return out;
  }
}
