package org.attribot.slack;

import java.util.ArrayList;
import java.util.List;
import org.attribot.actorcard.ActorCard;
import org.attribot.chat.ChatReply;
import org.attribot.statement.StoredStatement;

/** The chat service's replies as Slack messages: escaped mrkdwn and Block Kit, in the slash command's own syntax. */
final class SlackReplies {
  private final String command;

  /** Replies that name the slash command as {@code command} ("/attrib"). */
  SlackReplies(String command) {
    this.command = command;
  }

  /** The reply as a message; an answer with the button to share it when only the asker sees it ({@code ephemeral}). */
  Reply render(ChatReply reply, boolean ephemeral) {
    if (reply instanceof ChatReply.Message m) {
      return Reply.line(SlackFormat.escape(m.text()));
    } else if (reply instanceof ChatReply.Answered a) {
      return new Reply(SlackFormat.fallback(a.answer()), SlackFormat.answer(a.answer(), a.id(), ephemeral));
    } else if (reply instanceof ChatReply.Sources s) {
      return sources(s.statements());
    } else if (reply instanceof ChatReply.Actors a) {
      return actors(a.cards());
    } else if (reply instanceof ChatReply.Usage u && u.command().equals("actor")) {
      return Reply.line("Name an actor: `" + command + " actor Fancy Bear`");
    }
    return Reply.line(help()); // help, and what a slash command never asks (an introduction, a command it does not know)
  }

  String help() {
    return "*attribot* answers questions about cyber attributions \u2014 who blamed which state, agency or group for which "
        + "operation, when, against whom \u2014 and cites its sources.\n"
        + "\u2022 `" + command + " who hacked Romania?` \u2014 an answer only you see, with a button to share it\n"
        + "\u2022 Mention me in a channel \u2014 I answer in the thread, and remember the thread\n"
        + "\u2022 `" + command + " sources` \u2014 the latest statements\n"
        + "\u2022 `" + command + " actor Fancy Bear` \u2014 an actor's card\n"
        + "\u2022 `" + command + " subscribe [HH:MM] [Zone]` / `" + command + " unsubscribe` \u2014 this channel's daily digest\n"
        + "\u2022 `" + command + " reset` \u2014 forget our conversation";
  }

  private static Reply sources(List<StoredStatement> latest) {
    List<String> lines = new ArrayList<>(List.of("*Latest statements*"));
    for (StoredStatement s : latest) {
      var st = s.statement();
      lines.add("\u2022 " + SlackFormat.line(st.url(), SlackFormat.escape(st.title()), st.publisher(), st.published()));
    }
    return Reply.lines(lines);
  }

  private static Reply actors(List<ActorCard> cards) {
    List<String> lines = new ArrayList<>();
    for (ActorCard card : cards) {
      var e = card.entity();
      lines.add("*" + SlackFormat.escape(e.canonical()) + "*");
      List<String> aliases = e.names().subList(1, Math.min(e.names().size(), 12));
      if (!aliases.isEmpty()) {
        lines.add("Also known as: " + SlackFormat.escape(String.join(", ", aliases)));
      }
      if (card.sponsor() != null) {
        lines.add("Sponsor: " + SlackFormat.escape(card.sponsor().canonical()));
      }
      lines.add("Statements naming it: " + card.statements().size());
      card.statements().stream().limit(5).forEach(s -> lines.add("\u2022 " + SlackFormat.escape(s.statement().title())
          + (s.statement().published() == null ? "" : " (" + s.statement().published() + ")")));
      lines.add("");
    }
    return Reply.lines(lines.subList(0, lines.size() - 1));
  }
}
