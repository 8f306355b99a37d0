package org.attribot.slack;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first thing every HTTP request meets: unless it carries a genuine Slack signature made
 * within five minutes of now (either way), it is refused with 401 and goes no further — Bolt
 * never parses it. A body over {@link #MAX_BODY} is refused with 413, a signed form body with a
 * bad %-escape with 400. Bodies are never logged.
 */
final class SignatureFilter {
  private static final Logger LOG = LoggerFactory.getLogger(SignatureFilter.class);
  /** Slack's payloads are a few kilobytes; anything this large is not one. */
  static final int MAX_BODY = 1 << 20;

  /** How a request is refused: its status and a short message, sent as {@code {"error": message}}. */
  record Refusal(int status, String message) {
    String json() {
      return "{\"error\":\"" + message + "\"}";
    }
  }

  private final RequestSignature signature;
  private final Clock clock;

  SignatureFilter(RequestSignature signature, Clock clock) {
    this.signature = signature;
    this.clock = clock;
  }

  /**
   * Null when the request may go on to Bolt; otherwise how to refuse it. {@code body} holds at
   * most {@code MAX_BODY + 1} bytes of it (more: too large); {@code from} and {@code path} are
   * for the log line only.
   */
  Refusal check(String timestamp, String signed, String contentType, byte[] body, String from, String path) {
    if (body.length > MAX_BODY) {
      return new Refusal(413, "too large");
    }
    if (!signature.genuine(timestamp, signed, body, clock.instant())) {
      LOG.warn("refused a request from {} to {}: no valid Slack signature", from, path);
      return new Refusal(401, "invalid request");
    }
    if (!wellFormed(contentType, body)) {
      LOG.warn("refused a signed request to {}: its form body has a bad %-escape", path);
      return new Refusal(400, "malformed form body");
    }
    return null;
  }

  /** Whether a form-encoded body decodes (every % followed by two hex digits); other bodies are Bolt's to read. */
  static boolean wellFormed(String contentType, byte[] body) {
    if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
      return true;
    }
    try {
      java.net.URLDecoder.decode(new String(body, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
