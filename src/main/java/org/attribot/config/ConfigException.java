package org.attribot.config;

/** A setting is unknown or has a value of the wrong kind; the message names which and where. */
public final class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
