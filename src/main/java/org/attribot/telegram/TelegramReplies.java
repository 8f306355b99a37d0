package org.attribot.telegram;

import java.util.ArrayList;
import java.util.List;
import org.attribot.actorcard.ActorCard;
import org.attribot.answer.Answer;
import org.attribot.answer.Citation;
import org.attribot.chat.ChatReply;
import org.attribot.statement.StoredStatement;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/** The chat service's replies as Telegram HTML (an answer's text is {@link TelegramFormat}'s), and an answer's buttons. */
final class TelegramReplies {
  private TelegramReplies() {}

  static String html(ChatReply reply) {
    if (reply instanceof ChatReply.Message m) {
      return TelegramFormat.escape(m.text());
    } else if (reply instanceof ChatReply.Intro i) {
      return intro(i);
    } else if (reply instanceof ChatReply.Usage u) {
      return u.command().equals("actor") ? "Name an actor: /actor Fancy Bear"
          : "Ask a question after /ask, for example: /ask who hacked Romania?";
    } else if (reply instanceof ChatReply.Unknown u) {
      return "I don't know /" + TelegramFormat.escape(u.command()) + ". " + help();
    } else if (reply instanceof ChatReply.Sources s) {
      return sources(s.statements());
    } else if (reply instanceof ChatReply.Actors a) {
      return actors(a.cards());
    } else if (reply instanceof ChatReply.Help) {
      return help();
    }
    throw new IllegalArgumentException("an answer is sent in parts, with its buttons");
  }

  static String help() {
    return "Ask in a private chat, or in a group with /ask, by mentioning me, or by replying to me. "
        + "For example: /ask who hacked Romania?\nAlso: /sources, /actor NAME, /subscribe [HH:MM] [Zone] (the daily digest, "
        + "e.g. /subscribe 07:30 Europe/Paris), /unsubscribe, /reset.";
  }

  private static String intro(ChatReply.Intro intro) {
    return "<b>attribot</b> answers questions about cyber attributions: who blamed which state, agency or group for "
        + "which operation, when, against whom. Every answer cites its sources.\n\n" + help() + "\n\nThe store holds "
        + intro.statements() + " statements; the newest is from " + (intro.newest() == null ? "no date" : intro.newest()) + ".";
  }

  private static String sources(List<StoredStatement> latest) {
    StringBuilder out = new StringBuilder("<b>Latest statements</b>\n");
    for (StoredStatement s : latest) {
      var st = s.statement();
      out.append("• ").append(st.url() == null ? TelegramFormat.escape(st.title())
              : "<a href=\"" + TelegramFormat.escape(st.url()).replace("\"", "&quot;") + "\">" + TelegramFormat.escape(st.title()) + "</a>")
          .append(" — ").append(TelegramFormat.escape(st.publisher()))
          .append(st.published() == null ? "" : ", " + st.published()).append('\n');
    }
    return out.toString().strip();
  }

  private static String actors(List<ActorCard> cards) {
    StringBuilder out = new StringBuilder();
    for (ActorCard card : cards) {
      var e = card.entity();
      out.append("<b>").append(TelegramFormat.escape(e.canonical())).append("</b>");
      List<String> aliases = e.names().subList(1, Math.min(e.names().size(), 12));
      if (!aliases.isEmpty()) {
        out.append("\nAlso known as: ").append(TelegramFormat.escape(String.join(", ", aliases)));
      }
      if (card.sponsor() != null) {
        out.append("\nSponsor: ").append(TelegramFormat.escape(card.sponsor().canonical()));
      }
      card.attributionLines().forEach(line -> out.append('\n').append(TelegramFormat.escape(line)));
      out.append("\nStatements naming it: ").append(card.statements().size());
      card.statements().stream().limit(5).forEach(s -> out.append("\n• ").append(TelegramFormat.escape(s.statement().title()))
          .append(s.statement().published() == null ? "" : " (" + s.statement().published() + ")"));
      out.append("\n\n");
    }
    return out.toString().strip();
  }

  /** The quotations an answer cites, in as many messages as they need. */
  static List<String> quotes(Answer answer) {
    StringBuilder quotes = new StringBuilder();
    for (Citation c : answer.citations()) {
      quotes.append("[").append(c.n()).append("] ").append("<i>").append(TelegramFormat.escape(c.label())).append("</i>\n");
      // a summary is attribot's words, not the publisher's: shown as plain text, never as a quotation
      quotes.append(c.summary() ? TelegramFormat.escape(c.quote()) + "\n"
          : "<blockquote>" + TelegramFormat.escape(c.quote()) + "</blockquote>\n");
    }
    return TelegramFormat.pack(List.of(quotes.toString().strip()));
  }

  /** Under an answer: its quotations (when it cites any), and a vote up or down; each carries the answer's id. */
  static InlineKeyboardMarkup buttons(long answerId, boolean quotes) {
    List<InlineKeyboardButton> row = new ArrayList<>();
    if (quotes) {
      row.add(InlineKeyboardButton.builder().text("Quotes").callbackData("q:" + answerId).build());
    }
    row.add(InlineKeyboardButton.builder().text("\uD83D\uDC4D").callbackData("v:" + answerId + ":1").build());
    row.add(InlineKeyboardButton.builder().text("\uD83D\uDC4E").callbackData("v:" + answerId + ":-1").build());
    return InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(row)).build();
  }
}
