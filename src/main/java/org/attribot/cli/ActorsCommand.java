package org.attribot.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.attribot.actor.Entity;
import org.attribot.actor.Gazetteer;
import org.attribot.actor.MispImporter;
import org.attribot.config.Config;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "actors", mixinStandardHelpOptions = true, description = "Manages the actor list.", subcommands = ActorsCommand.Import.class)
final class ActorsCommand implements Runnable {
  @ParentCommand
  RootCommand root;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "import", mixinStandardHelpOptions = true, description = {
      "Merges a MISP galaxy cluster (threat-actor.json or mitre-intrusion-set.json format) into the actor list",
      "at actors.path (starting from the built-in list if that file does not exist yet)."})
  static final class Import implements Callable<Integer> {
    @ParentCommand
    ActorsCommand parent;

    @Option(names = "--misp", required = true, paramLabel = "FILE", description = "The MISP cluster file.")
    Path misp;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the list (default: actors.path).")
    Path out;

    @Override
    public Integer call() {
      PrintWriter stdout = parent.spec.commandLine().getOut();
      Config config = parent.root.config();
      Path target = out != null ? out : config.actors().path();
      Gazetteer before = Files.exists(target) ? Gazetteer.load(target) : Gazetteer.loadDefault();
      List<Entity> imported = MispImporter.importThreatActors(misp);
      Gazetteer after = before.merge(imported);
      after.write(target);
      stdout.printf("imported %d actors from %s: the list at %s now holds %d entries (%d before)%n",
          imported.size(), misp, target, after.size(), before.size());
      return 0;
    }
  }
}
