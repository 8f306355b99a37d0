package org.attribot.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.Callable;
import org.attribot.App;
import org.attribot.digest.Destination;
import org.attribot.digest.Subscription;
import org.attribot.digest.Subscriptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "subscriptions", mixinStandardHelpOptions = true, description = "Manages who gets the daily digest.",
    subcommands = {SubscriptionsCommand.ListCommand.class, SubscriptionsCommand.Add.class, SubscriptionsCommand.Remove.class})
final class SubscriptionsCommand implements Callable<Integer> {
  @ParentCommand
  RootCommand root;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  /** No sub-command: the usage, on standard error, and a usage error's exit code. */
  @Override
  public Integer call() {
    spec.commandLine().getErr().println("attribot: give list, add or remove.");
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }

  App app(Path db, RootCommand.Missing missing) {
    return root.app(db, missing);
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = {
      "Every subscription: destination, local time, time zone, the end of its previous digest, and whether it is",
      "served (a destination found gone is disabled, with the reason)."})
  static final class ListCommand implements Callable<Integer> {
    @ParentCommand
    SubscriptionsCommand parent;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
      try (App app = parent.app(store.db, RootCommand.Missing.REFUSE)) {
        List<Subscription> all = app.subscriptions().list();
        String row = "%-24s %-5s %-20s %-24s %s%n";
        if (!all.isEmpty()) {
          parent.out().printf(row, "DESTINATION", "AT", "ZONE", "LAST DIGEST UP TO", "STATE");
        }
        for (Subscription s : all) {
          parent.out().printf(row, s.destination(), s.at(), s.zone().getId(),
              s.lastDigest() == null ? "never" : s.lastDigest().toString(),
              s.enabled() ? "served" : "disabled: " + s.disabledReason());
        }
        parent.out().println(all.size() + " subscription" + (all.size() == 1 ? "" : "s"));
      }
      return 0;
    }
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = {
      "Subscribes a destination (or changes its time and zone, and serves it again if it was disabled)."})
  static final class Add implements Callable<Integer> {
    @ParentCommand
    SubscriptionsCommand parent;

    @Mixin
    DestinationParameter destination;

    @Option(names = "--at", paramLabel = "HH:MM", description = "Local time of the digest (default: digest.time).")
    LocalTime at;

    @Option(names = "--zone", paramLabel = "ZONE", description = "Time zone, e.g. Europe/Brussels (default: digest.zone).")
    String zone;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
      Destination d = destination.parse();
      try (App app = parent.app(store.db, RootCommand.Missing.CREATE)) {
        Subscriptions subs = app.subscriptions();
        var z = zone == null ? subs.defaultZone()
            : Subscriptions.zone(zone).orElseThrow(() -> new IllegalArgumentException("unknown time zone " + zone));
        LocalTime time = at == null ? subs.defaultTime() : at;
        boolean created = subs.subscribe(d, time, z);
        parent.out().println((created ? "subscribed " : "changed ") + d + ": daily at " + time + " (" + z.getId() + ")");
      }
      return 0;
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Unsubscribes a destination.")
  static final class Remove implements Callable<Integer> {
    @ParentCommand
    SubscriptionsCommand parent;

    @Mixin
    DestinationParameter destination;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
      Destination d = destination.parse();
      try (App app = parent.app(store.db, RootCommand.Missing.REFUSE)) {
        if (!app.subscriptions().unsubscribe(d)) {
          parent.out().println(d + " was not subscribed");
          return 1;
        }
        parent.out().println("removed " + d);
      }
      return 0;
    }
  }
}
