/** The chat use cases every door shares (commands, questions, votes, what was received and sent), and the ports they need. */
package org.attribot.chat;
