package org.attribot.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attribot.actor.Entity;
import org.attribot.actor.Gazetteer;
import org.attribot.actor.Mention;
import org.attribot.retrieve.Question;
import org.attribot.retrieve.Term;

/**
 * Notes that follow an answer about names: when the question calls an actor by one name and
 * the quotes by another ("Forest Blizzard is also known as APT28"), and when a name the
 * question uses belongs to more than one actor. They come from the actor list, not from a
 * statement, and say so.
 */
final class AliasNotes {
  private AliasNotes() {}

  static String notes(Question question, String body, Gazetteer gazetteer) {
    List<String> notes = new ArrayList<>();
    List<Mention> quoted = gazetteer.find(body);
    String lowerBody = body.toLowerCase(Locale.ROOT);
    for (Term term : question.terms()) {
      if (!term.isEntity()) {
        continue;
      }
      String asked = spelling(term, gazetteer);
      if (term.surface().contains(" or ")) {
        continue; // "the GRU or the SVR": either was asked for, by its own name
      }
      if (term.entities().size() > 1) {
        notes.add("\u201c" + asked + "\u201d names more than one actor (" + String.join(", ", term.entities())
            + "); statements about any of them count.");
      }
      String key = Gazetteer.key(term.surface());
      if (lowerBody.contains(term.surface()) || quoted.stream().anyMatch(m -> Gazetteer.key(m.matched()).equals(key))) {
        continue; // the quotes already use the question's name
      }
      Set<String> otherNames = new LinkedHashSet<>();
      for (Mention m : quoted) {
        if (m.entities().stream().map(Entity::canonical).anyMatch(term.entities()::contains)
            && !Gazetteer.key(m.matched()).equals(key)) {
          otherNames.add(m.matched());
        }
      }
      if (!otherNames.isEmpty() && term.entities().size() == 1) {
        Entity e = gazetteer.lookup(term.entities().iterator().next()).stream().findFirst().orElse(null);
        if (e != null && e.kind() != Entity.Kind.COUNTRY) {
          notes.add(asked + " is also known as " + String.join(" and ", otherNames) + ".");
        }
      }
    }
    return notes.isEmpty() ? "" : "(" + String.join(" ", notes) + " From attribot's actor list.)";
  }

  /** The name as the actor list spells it ("Fancy Bear" for "fancy bear"). */
  private static String spelling(Term term, Gazetteer gazetteer) {
    String key = Gazetteer.key(term.surface());
    for (String canonical : term.entities()) {
      for (Entity e : gazetteer.lookup(canonical)) {
        for (String name : e.names()) {
          if (Gazetteer.key(name).equals(key)) {
            return name;
          }
        }
      }
    }
    return term.surface();
  }
}
