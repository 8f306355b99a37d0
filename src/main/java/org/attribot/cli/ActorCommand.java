package org.attribot.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.attribot.App;
import org.attribot.actorcard.ActorCard;
import org.attribot.actor.Entity;
import org.attribot.statement.StoredStatement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "actor", mixinStandardHelpOptions = true, description = {
    "Prints the card of an actor, agency or country: canonical name, aliases, sponsor, who attributed it",
    "(and who denied it), when, and the statements in the store that name it under any name, newest first.",
    "Exits 1 for an unknown name."})
final class ActorCommand implements Callable<Integer> {
  @ParentCommand
  RootCommand root;

  @Parameters(arity = "1..*", paramLabel = "NAME", description = "Any name: Fancy Bear, APT 28, Unit 26165, GRU…")
  List<String> words;

  @Mixin
  ReadStoreOption store;

  @Override
  public Integer call() {
    PrintWriter out = root.spec.commandLine().getOut();
    String name = String.join(" ", words);
    try (App app = root.app(store.db, RootCommand.Missing.SAMPLE)) {
      List<ActorCard> cards = app.actorCards().cards(name);
      if (cards.isEmpty()) {
        root.spec.commandLine().getErr().println("attribot: no actor, agency or country called \"" + name + "\" in the actor list");
        return 1;
      }
      if (cards.size() > 1) {
        out.printf("\"%s\" names %d entries; each is shown.%n%n", name, cards.size());
      }
      for (ActorCard card : cards) {
        print(out, card);
      }
      return 0;
    }
  }

  static void print(PrintWriter out, ActorCard card) {
    Entity e = card.entity();
    out.printf("%s (%s)%n", e.canonical(), e.kind().name().toLowerCase(java.util.Locale.ROOT));
    List<String> aliases = e.names().subList(1, e.names().size());
    if (!aliases.isEmpty()) {
      out.println("Also known as: " + String.join(", ", aliases));
    }
    if (card.sponsor() != null) {
      out.println("Sponsor: " + card.sponsor().canonical() + (card.sponsor().state() == null ? "" : " (" + card.sponsor().state() + ")"));
    } else if (e.state() != null) {
      out.println("State: " + e.state());
    }
    card.attributionLines().forEach(out::println);
    if (card.statements().isEmpty()) {
      out.println("No statement in the store names it.");
    } else {
      out.println("Statements that name it, newest first:");
      for (StoredStatement s : card.statements()) {
        var st = s.statement();
        out.printf("  %s  %s — %s%s%n", st.published() == null ? "(no date)" : st.published(), st.title(), st.publisher(),
            st.url() == null ? "" : ". " + st.url());
      }
    }
    out.println();
  }
}
