/** Conversation memory in SQLite and the rewriting of follow-up questions. */
package org.attribot.conversation;
