package org.attribot.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.attribot.App;
import org.attribot.retrieve.Narrowing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "chat", mixinStandardHelpOptions = true, description = {
    "An interactive conversation with memory: follow-ups such as \"and who else?\" are understood.",
    "Type /reset to forget the conversation, /quit (or end the input) to leave."})
final class ChatCommand implements Callable<Integer> {
  @ParentCommand
  RootCommand root;

  @Mixin
  ReadStoreOption store;

  @Option(names = "--conversation", paramLabel = "ID", description = "Resume this conversation (default: a new one). Memory is kept in the store.")
  String conversation;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = root.spec.commandLine().getOut();
    String id = "cli:" + (conversation != null ? conversation : UUID.randomUUID());
    try (App app = root.app(store.db, RootCommand.Missing.SAMPLE, App.Embedding.LOAD_NOW)) {
      BufferedReader in = root.input();
      out.println("attribot: ask about cyber attributions (/reset to forget, /quit to leave)");
      prompt(out);
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String q = line.strip();
        if (q.equals("/quit") || q.equals("/exit")) {
          break;
        }
        if (q.equals("/reset")) {
          app.answers().reset(id);
          out.println("Forgotten. Ask anew.");
        } else if (app.questionLimit().refusal(q).isPresent()) {
          out.println("  " + app.questionLimit().refusal(q).get());
        } else if (!q.isEmpty()) {
          Terminal.answer(out, app.answers().ask(id, q, Narrowing.NONE), false, "  ");
        }
        prompt(out);
      }
      out.println();
      return 0;
    }
  }

  private static void prompt(PrintWriter out) {
    out.print("> ");
    out.flush();
  }

}
