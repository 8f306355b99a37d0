package org.attribot.slack;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signature: {@code v0=} and the hex HMAC-SHA256, under the signing secret, of
 * {@code v0:TIMESTAMP:BODY}. A request is genuine when its signature matches (compared in
 * constant time) and its timestamp is within {@link #TOLERANCE} of now, past or future.
 */
public final class RequestSignature {
  /** How far a request's timestamp may be from now, either way. */
  public static final Duration TOLERANCE = Duration.ofMinutes(5);
  private static final String VERSION = "v0";

  private final SecretKeySpec key;

  public RequestSignature(String signingSecret) {
    if (signingSecret == null || signingSecret.isBlank()) {
      throw new IllegalArgumentException("the signing secret is empty: set SLACK_SIGNING_SECRET");
    }
    this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  /** The signature Slack sends with {@code body} at {@code timestamp} (epoch seconds). */
  public String sign(String timestamp, byte[] body) {
    Mac mac = mac();
    mac.update((VERSION + ":" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
    return VERSION + "=" + HexFormat.of().formatHex(mac.doFinal(body));
  }

  /** Whether a request with these headers and body came from Slack, now. Missing headers are not genuine. */
  public boolean genuine(String timestamp, String signature, byte[] body, Instant now) {
    if (timestamp == null || signature == null || !timestamp.matches("\\d{1,12}")) {
      return false;
    }
    long seconds = Long.parseLong(timestamp);
    if (Math.abs(now.getEpochSecond() - seconds) > TOLERANCE.toSeconds()) {
      return false;
    }
    return MessageDigest.isEqual(sign(timestamp, body).getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII));
  }

  private Mac mac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
