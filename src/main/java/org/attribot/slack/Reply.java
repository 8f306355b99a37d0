package org.attribot.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** One message to send: the plain {@code text} (escaped mrkdwn; the fallback) and its blocks. */
record Reply(String text, List<LayoutBlock> blocks) {
  Reply {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a reply needs its text");
    }
    blocks = List.copyOf(blocks);
  }

  /** Lines of mrkdwn, each already escaped. */
  static Reply lines(List<String> lines) {
    return new Reply(String.join("\n", lines), SlackFormat.message(lines));
  }

  /** This reply with {@link org.attribot.conversation.Repeat#NOTE} first, for one sent again after a restart. */
  Reply marked() {
    List<LayoutBlock> with = new java.util.ArrayList<>(SlackFormat.message(List.of(org.attribot.conversation.Repeat.NOTE)));
    with.addAll(blocks);
    return new Reply(org.attribot.conversation.Repeat.marked(text), with.size() > 50 ? blocks : with);
  }

  static Reply line(String mrkdwn) {
    return lines(List.of(mrkdwn));
  }
}
