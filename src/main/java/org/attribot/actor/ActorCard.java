package org.attribot.actor;

import java.util.List;
import org.attribot.store.StoredStatement;

/** What attribot knows of an actor: the entity, its sponsor (if known) and the statements that name it, newest first. */
public record ActorCard(Entity entity, Entity sponsor, List<StoredStatement> statements) {
  public ActorCard {
    statements = List.copyOf(statements);
  }
}
