package org.attribot.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.attribot.App;
import org.attribot.answer.Answer;
import org.attribot.retrieve.Narrowing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "ask", mixinStandardHelpOptions = true, description = {
    "Answers a question with citations.",
    "With no question, reads questions from standard input, one per line."})
final class AskCommand implements Callable<Integer> {
  @ParentCommand
  RootCommand root;

  @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "The question (quotes optional).")
  List<String> words;

  @Option(names = "--json", description = "Print the answer as one JSON object (one per line when reading standard input).")
  boolean json;

  @Mixin
  ReadStoreOption store;

  @Mixin
  NarrowingOptions scope;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = root.spec.commandLine().getOut();
    Narrowing narrowing = scope.narrowing();
    try (App app = root.app(store.db, RootCommand.Missing.SAMPLE, App.Embedding.LOAD_NOW)) {
      if (words != null && !words.isEmpty()) {
        String question = String.join(" ", words);
        var refusal = app.questionLimit().refusal(question);
        if (refusal.isPresent()) {
          root.spec.commandLine().getErr().println("attribot: " + refusal.get());
          return 1;
        }
        print(out, app.answers().ask(question, narrowing));
        return 0;
      }
      BufferedReader reader = root.input();
      boolean first = true;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        if (!json && !first) {
          out.println();
        }
        var refusal = app.questionLimit().refusal(line);
        if (refusal.isPresent()) {
          root.spec.commandLine().getErr().println("attribot: " + refusal.get());
          continue;
        }
        print(out, app.answers().ask(line, narrowing));
        first = false;
      }
      return 0;
    }
  }

  private void print(PrintWriter out, Answer answer) {
    if (json) {
      out.println(Json.line(answer));
      out.flush();
      return;
    }
    Terminal.answer(out, answer, true, "");
  }
}
