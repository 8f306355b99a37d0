package org.attribot.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What is wrong in a JSON or YAML text, said for the person who wrote it: what was found, where, and what to
 * write instead — never the parser's class names, settings or source markers.
 */
public final class JsonFault {
  private static final Pattern START = Pattern.compile("line: (\\d+), column: (\\d+)");
  private static final Pattern CHARACTER = Pattern.compile("^Unexpected character \\('(.+?)' \\(code \\d+\\)\\)");
  private static final Pattern TOKEN = Pattern.compile("^Unrecognized token '(.*?)'");
  private static final Pattern CLOSE = Pattern.compile("^Unexpected close marker '(.)': expected '(.)'");
  private static final Pattern YAML_MARK = Pattern.compile(" in 'reader', line (\\d+), column (\\d+)");
  private static final Pattern DEPTH = Pattern.compile("maximum allowed \\((\\d+)");

  private JsonFault() {}

  /** Where the fault is, as {@code "line L, column C"} ({@code lineOffset} added to the line), or null when unknown. */
  public static String position(JsonProcessingException e, int lineOffset) {
    Matcher mark = YAML_MARK.matcher(String.valueOf(e.getOriginalMessage()));
    String line = null;
    String column = null;
    while (mark.find()) { // SnakeYAML names the context, then the problem: the last mark is the fault
      line = mark.group(1);
      column = mark.group(2);
    }
    if (line != null) {
      return "line " + (Integer.parseInt(line) + lineOffset) + ", column " + column;
    }
    var loc = e.getLocation();
    if (loc == null || loc.getLineNr() < 1) {
      return null;
    }
    return "line " + (loc.getLineNr() + lineOffset) + ", column " + loc.getColumnNr();
  }

  /** What is wrong and what to do, without the position (see {@link #position}). */
  public static String describe(JsonProcessingException e) {
    if (e instanceof StreamConstraintsException) {
      Matcher depth = DEPTH.matcher(String.valueOf(e.getOriginalMessage()));
      return e.getOriginalMessage() != null && e.getOriginalMessage().contains("nesting depth")
          ? "objects and lists are nested more than " + (depth.find() ? depth.group(1) : "1000")
              + " levels deep, far deeper than any attribot file: check that the file is the one you meant"
          : "a value is longer than attribot reads: check that the file is the one you meant";
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return "unknown field \"" + u.getPropertyName() + "\"" + (u.getKnownPropertyIds() == null ? ""
          : " (the fields are " + u.getKnownPropertyIds().stream().map(String::valueOf).sorted()
              .collect(Collectors.joining(", ")) + ")");
    }
    if (e instanceof ValueInstantiationException v && v.getCause() != null) {
      return v.getCause() instanceof NullPointerException && v.getCause().getMessage() != null
          ? "\"" + v.getCause().getMessage() + "\" is missing"
          : "not a valid entry: " + v.getCause().getMessage();
    }
    if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
      return "\"" + field(m) + "\" has the wrong kind of value (text goes in double quotes, a list in [ ])";
    }
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (message.contains(" in 'reader', line ")) {
      return yaml(message);
    }
    return json(message);
  }

  private static String field(JsonMappingException e) {
    return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."));
  }

  private static String json(String message) {
    String opened = opened(message);
    Matcher m;
    if (message.startsWith("Unexpected end-of-input: expected close marker for Object")) {
      return "the text ends before the object { } opened" + opened + " is closed: add the missing }";
    }
    if (message.startsWith("Unexpected end-of-input: expected close marker for Array")) {
      return "the text ends before the list [ ] opened" + opened + " is closed: add the missing ]";
    }
    if (message.startsWith("Unexpected end-of-input")) {
      return "the text ends in the middle of a value: complete it, or remove what is left of it";
    }
    if ((m = CLOSE.matcher(message)).find()) {
      return "'" + m.group(1) + "' closes what was opened" + opened + " with '" + (m.group(2).equals("}") ? "{" : "[")
          + "': close it with '" + m.group(2) + "'";
    }
    if ((m = CHARACTER.matcher(message)).find()) {
      String found = "found " + shown(m.group(1));
      if (message.contains("double-quote to start field name")) {
        return found + " where a field name in double quotes should be (JSON allows no comma before })";
      }
      if (message.contains("colon to separate")) {
        return found + " where a colon should separate a field's name from its value";
      }
      if (message.contains("comma to separate Object")) {
        return found + " where a comma should separate two fields";
      }
      if (message.contains("comma to separate Array")) {
        return found + " where a comma should separate two values of a list";
      }
      return found + " where a value should be: text in double quotes, a number, true, false, null, { } or [ ]"
          + " (JSON allows no comma before ])";
    }
    if ((m = TOKEN.matcher(message)).find()) {
      return "'" + m.group(1) + "' is not a JSON value: put text in double quotes";
    }
    if (message.startsWith("Illegal unquoted character")) {
      return "a line break, tab or other control character inside a string: write a line break as \\n and a tab as \\t";
    }
    if (message.startsWith("Unrecognized character escape")) {
      return "a backslash that starts no JSON escape inside a string: write a backslash itself as \\\\";
    }
    return clean(message);
  }

  /** " at line L, column C" of the object or list the message says was opened there, or "". */
  private static String opened(String message) {
    int at = message.indexOf("[Source:");
    if (at < 0) {
      return "";
    }
    Matcher m = START.matcher(message.substring(at));
    return m.find() ? " at line " + m.group(1) + ", column " + m.group(2) : "";
  }

  private static String shown(String c) {
    return switch (c) {
      case "\n", "\r" -> "a line break";
      case "\t" -> "a tab";
      default -> "'" + c + "'";
    };
  }

  /** A YAML fault (SnakeYAML says the problem, then where, then a copy of the line). */
  private static String yaml(String message) {
    if (message.contains("(TAB)")) {
      return "a tab where YAML wants spaces: indent with spaces only";
    }
    if (message.contains("mapping values are not allowed here")) {
      return "a second \": \" on one line: put a value that holds \": \" in quotes";
    }
    if (message.contains("expected <block end>")) {
      return "the indentation does not line up: the settings of one section start in the same column";
    }
    if (message.contains("while scanning a quoted scalar")) {
      return "a quoted value whose closing quote is missing";
    }
    if (message.contains("flow sequence") || message.contains("flow mapping")) {
      return "a [ ] or { } that is not closed";
    }
    return message.lines().filter(l -> !l.isBlank() && !l.startsWith(" ")).map(String::strip)
        .collect(Collectors.joining("; "));
  }

  private static String clean(String message) {
    String s = message.replaceAll(" ?\\(code \\d+\\)", "").replaceAll(" ?\\((start marker at|for \\w+ starting at) \\[Source:[^\\]]*\\]\\)", "")
        .replaceAll(" ?\\[Source:[^\\]]*\\]", "").replaceAll(" ?\\(from `[^`]*`\\)", "").replace("`", "").strip();
    return s.isEmpty() ? "not valid JSON" : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
