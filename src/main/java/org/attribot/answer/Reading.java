package org.attribot.answer;

import java.time.LocalDate;
import org.attribot.actor.Gazetteer;
import org.attribot.retrieve.DateWords;
import org.attribot.retrieve.Question;
import org.attribot.retrieve.Narrowing;

/**
 * The one reading of a question, made once and handed to retrieval, the claims route and the
 * composers: its terms under every alias and relative, the kind of answer it asks for, whose
 * statement it asks about, whether it asks for many things ({@link Question}); what it asks of
 * the attributions themselves — who blamed whom, denials, when — ({@link AttributionQuestion},
 * null when it asks something else); and the dates its words set.
 */
record Reading(Question question, AttributionQuestion attribution, Narrowing dates) {
  static Reading of(String text, Gazetteer gazetteer, LocalDate today) {
    return new Reading(Question.of(text, gazetteer), AttributionQuestion.read(text, gazetteer), DateWords.read(text, today));
  }
}
