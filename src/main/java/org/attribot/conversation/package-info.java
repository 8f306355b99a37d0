/** Conversation memory in SQLite, the rewriting of follow-up questions, and work run in order per conversation. */
package org.attribot.conversation;
