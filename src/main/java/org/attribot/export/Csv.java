package org.attribot.export;

import java.util.List;
import java.util.Map;
import org.attribot.claim.Claim;

/**
 * Claims as CSV for spreadsheets (RFC 4180): a header of the {@link ClaimFields#NAMES}, one row
 * per claim, targets joined by "; ", absent values empty, CRLF line ends, and a field quoted
 * (its quotes doubled) when it holds a comma, a quote or a line break.
 */
public final class Csv {
  private Csv() {}

  public static String of(List<Claim> claims) {
    StringBuilder out = new StringBuilder();
    row(out, ClaimFields.NAMES);
    for (Claim c : claims) {
      Map<String, Object> fields = ClaimFields.of(c);
      row(out, ClaimFields.NAMES.stream().map(name -> text(fields.get(name))).toList());
    }
    return out.toString();
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof List<?> list) {
      return String.join("; ", list.stream().map(String::valueOf).toList());
    }
    return value.toString();
  }

  private static void row(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(cells.get(i)));
    }
    out.append("\r\n");
  }

  /** One field, quoted when it must be. */
  static String field(String s) {
    boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
