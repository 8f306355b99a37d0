package org.attribot.cli;

import org.attribot.digest.Destination;
import picocli.CommandLine.Parameters;

/** The DESTINATION of {@code subscriptions add} and {@code remove}. */
final class DestinationParameter {
  @Parameters(paramLabel = "DESTINATION", description = "telegram:<chat id> or slack:<channel id>")
  String text;

  Destination parse() {
    return Destination.parse(text);
  }
}
