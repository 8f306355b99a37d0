package org.attribot.conversation;

import java.util.List;

/** Conversation memory: the turns of each conversation, by its id. */
public interface Turns {
  /** Appends a turn and keeps only the newest {@code keep} of the conversation; a turn is never added twice. */
  void add(String conversationId, Turn turn, int keep);

  /** The newest {@code limit} turns, oldest first. */
  List<Turn> last(String conversationId, int limit);

  /** Forgets a conversation. */
  void forget(String conversationId);
}
