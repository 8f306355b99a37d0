package org.attribot.digest;

/**
 * What one run did: digests sent, days skipped (nothing new), digests to be tried again,
 * given up, destinations found gone, and messages sent in all.
 */
public record DigestResult(int sent, int skipped, int retrying, int failed, int gone, int messages) {
  public static final DigestResult NONE = new DigestResult(0, 0, 0, 0, 0, 0);

  DigestResult plus(DigestResult o) {
    return new DigestResult(sent + o.sent, skipped + o.skipped, retrying + o.retrying, failed + o.failed, gone + o.gone,
        messages + o.messages);
  }

  public int handled() {
    return sent + skipped + retrying + failed + gone;
  }

  @Override
  public String toString() {
    return sent + " sent, " + skipped + " skipped (nothing new), " + retrying + " to retry, " + failed + " failed, "
        + gone + " gone; " + messages + " messages";
  }
}
