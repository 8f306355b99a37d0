package org.attribot.retrieve;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain date limits from a question: "since 2024", "since March 2024", "after 2023",
 * "before 2025", "until 2024", "last month", "last year", "this year", "in the last 6 months".
 * A bare "in 2024" is not a limit: a 2025 statement may recall what was attributed in 2024,
 * so the year stays a word to look for.
 */
public final class DateWords {
  private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december)";
  private static final Pattern SINCE = Pattern.compile("\\b(?:since|from)\\s+(?:" + MONTH + "\\s+)?((?:19|20)\\d\\d)\\b");
  private static final Pattern AFTER = Pattern.compile("\\bafter\\s+(?:" + MONTH + "\\s+)?((?:19|20)\\d\\d)\\b");
  private static final Pattern BEFORE = Pattern.compile("\\bbefore\\s+(?:" + MONTH + "\\s+)?((?:19|20)\\d\\d)\\b");
  private static final Pattern UNTIL = Pattern.compile("\\b(?:until|till|up to)\\s+(?:" + MONTH + "\\s+)?((?:19|20)\\d\\d)\\b");
  private static final Pattern LAST_N = Pattern.compile("\\b(?:in the |over the )?(?:last|past)\\s+(\\d{1,3})\\s+(day|week|month|year)s?\\b");

  private DateWords() {}

  public static Narrowing read(String question, LocalDate today) {
    String t = question.toLowerCase(Locale.ROOT);
    LocalDate since = null;
    LocalDate until = null;
    Matcher m;
    if ((m = SINCE.matcher(t)).find()) {
      since = start(m.group(1), m.group(2));
    } else if ((m = AFTER.matcher(t)).find()) {
      since = m.group(1) == null ? LocalDate.of(Integer.parseInt(m.group(2)) + 1, 1, 1)
          : YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1))).plusMonths(1).atDay(1);
    }
    if ((m = BEFORE.matcher(t)).find()) {
      until = start(m.group(1), m.group(2)).minusDays(1);
    } else if ((m = UNTIL.matcher(t)).find()) {
      until = m.group(1) == null ? LocalDate.of(Integer.parseInt(m.group(2)), 12, 31)
          : YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1))).atEndOfMonth();
    }
    if ((m = LAST_N.matcher(t)).find()) {
      int n = Integer.parseInt(m.group(1));
      since = switch (m.group(2)) {
        case "day" -> today.minusDays(n);
        case "week" -> today.minusWeeks(n);
        case "month" -> today.minusMonths(n);
        default -> today.minusYears(n);
      };
    } else if (t.contains("last month")) {
      YearMonth previous = YearMonth.from(today).minusMonths(1);
      since = previous.atDay(1);
      until = previous.atEndOfMonth();
    } else if (t.contains("last year")) {
      since = LocalDate.of(today.getYear() - 1, 1, 1);
      until = LocalDate.of(today.getYear() - 1, 12, 31);
    } else if (t.contains("this year")) {
      since = LocalDate.of(today.getYear(), 1, 1);
    }
    if (since != null && until != null && until.isBefore(since)) {
      return Narrowing.NONE; // contradictory: read nothing rather than everything away
    }
    return new Narrowing(since, until, null);
  }

  private static LocalDate start(String month, String year) {
    return month == null ? LocalDate.of(Integer.parseInt(year), 1, 1) : LocalDate.of(Integer.parseInt(year), month(month), 1);
  }

  private static Month month(String name) {
    return Month.valueOf(name.toUpperCase(Locale.ROOT));
  }
}
