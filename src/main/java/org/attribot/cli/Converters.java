package org.attribot.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/** How the command line's values are read, each refusal a sentence about the value (never a Java type). */
final class Converters {
  private Converters() {}

  static void register(CommandLine cli) {
    cli.registerConverter(LocalDate.class, Converters::date);
    cli.registerConverter(LocalTime.class, Converters::time);
    cli.registerConverter(Integer.class, Converters::integer);
    cli.registerConverter(Integer.TYPE, Converters::integer);
    cli.registerConverter(Long.class, Converters::whole);
    cli.registerConverter(Long.TYPE, Converters::whole);
    cli.registerConverter(Path.class, Converters::path);
  }

  /** A date as YYYY-MM-DD. */
  static LocalDate date(String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + value + "' is not a date; give it as YYYY-MM-DD, such as 2024-05-01");
    }
  }

  static LocalTime time(String value) {
    try {
      return LocalTime.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + value + "' is not a time of day; give it as HH:MM, such as 07:30");
    }
  }

  static Integer integer(String value) {
    long n = whole(value);
    if (n != (int) n) {
      throw new TypeConversionException("'" + value + "' is too large; give a number up to " + Integer.MAX_VALUE);
    }
    return (int) n;
  }

  static Long whole(String value) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is not a whole number; give digits only, such as 300");
    }
  }

  static Path path(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new TypeConversionException("'" + value + "' cannot be a file name here: " + e.getReason());
    }
  }
}
