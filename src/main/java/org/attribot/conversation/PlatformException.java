package org.attribot.conversation;

/**
 * Why a chat platform could not be started: it could not be reached (no network, a server
 * error, a rate limit — worth trying again) or it refused the token (not worth trying again).
 * The message says which platform, at which address, and what it answered; never the token.
 */
public final class PlatformException extends Exception {
  /** What went wrong. */
  public enum Kind { UNREACHABLE, TOKEN_REFUSED }

  private final Kind kind;

  private PlatformException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  /** The platform could not be reached, or answered with something that may pass: try again later. */
  public static PlatformException unreachable(String message, Throwable cause) {
    return new PlatformException(Kind.UNREACHABLE, message, cause);
  }

  /** The platform refused the token: trying again will not help. */
  public static PlatformException tokenRefused(String message) {
    return new PlatformException(Kind.TOKEN_REFUSED, message, null);
  }

  public Kind kind() {
    return kind;
  }

  /** {@code detail} with every occurrence of {@code secret} replaced, for a message that must never carry a token. */
  public static String redact(String detail, String secret) {
    if (detail == null || detail.isBlank()) {
      return "no detail";
    }
    return secret == null || secret.isBlank() ? detail : detail.replace(secret, "…");
  }

  /** Why a connection failed, in words (the host that does not resolve, a timeout, the refusal), without {@code secret}. */
  public static String why(Throwable failure, String secret) {
    if (failure instanceof java.net.UnknownHostException) {
      return "the name " + redact(failure.getMessage(), secret) + " does not resolve";
    }
    if (failure instanceof java.net.SocketTimeoutException || failure instanceof java.io.InterruptedIOException) {
      return "no answer in time";
    }
    return redact(failure.getMessage(), secret);
  }
}
