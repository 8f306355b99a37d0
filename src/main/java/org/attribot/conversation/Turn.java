package org.attribot.conversation;

import java.time.Instant;

/** One exchange: the question as asked, as rewritten to stand alone, and the answer's text. */
public record Turn(Instant at, String question, String standalone, String answer) {}
