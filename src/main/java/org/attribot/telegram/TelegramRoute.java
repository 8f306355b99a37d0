package org.attribot.telegram;

import java.util.Locale;
import org.attribot.chat.Command;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Which messages are for the bot, and as what command: in a private chat every message (a
 * question unless it is a /command); in a group /ask, a /command@ourname, a mention of us, or
 * a reply to us. A /command@otherbot is never ours.
 */
final class TelegramRoute {
  private TelegramRoute() {}

  /** What a message asks of the bot: a command and its text, or null when it is not for the bot. */
  static Command route(Message m, String username) {
    String text = m.getText().strip();
    boolean privateChat = "private".equals(m.getChat().getType());
    String me = username.toLowerCase(Locale.ROOT);
    if (text.startsWith("/")) {
      int space = text.indexOf(' ');
      String head = space < 0 ? text.substring(1) : text.substring(1, space);
      String rest = space < 0 ? "" : text.substring(space + 1).strip();
      String command = head;
      String addressee = null;
      int at = head.indexOf('@');
      if (at >= 0) {
        command = head.substring(0, at);
        addressee = head.substring(at + 1).toLowerCase(Locale.ROOT);
      }
      command = command.toLowerCase(Locale.ROOT);
      if (addressee != null && !addressee.equals(me)) {
        return null; // for another bot
      }
      if (!privateChat && addressee == null && !command.equals("ask")) {
        return null; // in groups, only /ask goes without our name
      }
      return new Command(command, rest);
    }
    if (privateChat) {
      return Command.ask(text);
    }
    if (!me.isEmpty() && text.toLowerCase(Locale.ROOT).contains("@" + me)) {
      return Command.ask(text.replaceAll("(?i)@" + java.util.regex.Pattern.quote(me), "").strip());
    }
    Message replied = m.getReplyToMessage();
    if (replied != null && replied.getFrom() != null && Boolean.TRUE.equals(replied.getFrom().getIsBot())
        && me.equalsIgnoreCase(String.valueOf(replied.getFrom().getUserName()))) {
      return Command.ask(text);
    }
    return null;
  }
}
