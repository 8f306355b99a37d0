package org.attribot.digest;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One delivery per (destination, period): claimed before its first message is sent and advanced
 * after each one, so a run that stops half-way is resumed where it stopped and none is sent twice.
 */
public interface Deliveries {
  /**
   * One (destination, period) delivery: its state, its window of ingest times, how far it got, and
   * {@code sendingPart}: the part recorded as being sent but not as sent (the process stopped or
   * the connection failed during its call), else null.
   */
  record DeliveryRow(String destination, String period, String state, Instant windowStart, Instant windowEnd,
      int partsTotal, int partsSent, int attempts, Instant nextAttempt, String lastError, Integer sendingPart) {}

  /** States a delivery takes. */
  String PENDING = "pending";
  String RETRY = "retry";
  String SENT = "sent";
  String SKIPPED = "skipped";
  String FAILED = "failed";
  String GONE = "gone";

  /** The end of the newest window sent or skipped for a destination (its previous digest). */
  Optional<Instant> lastDigest(String destination);

  /** The start of the earliest window claimed for a destination, delivered or not. */
  Optional<Instant> firstWindowStart(String destination);

  Optional<DeliveryRow> delivery(String destination, String period);

  /** Claims a period's delivery with its window; false if it was claimed before (by this run or an earlier one). */
  boolean claim(String destination, String period, Instant windowStart, Instant windowEnd, Instant now);

  /** Records, before the call, that message {@code part} (from 0) is being sent. */
  void sending(String destination, String period, int part, Instant now);

  /** Records that the part being sent was not taken (the platform refused it). */
  void notSending(String destination, String period, Instant now);

  /** Records that {@code partsSent} of {@code partsTotal} messages have gone out, the last with {@code messageId}. */
  void progress(String destination, String period, int partsSent, int partsTotal, String messageId, Instant now);

  /** Ends a delivery: {@link #SENT}, {@link #SKIPPED}, {@link #FAILED} or {@link #GONE}, with what went wrong. */
  void finish(String destination, String period, String state, String error, Instant now);

  /** Records a failed attempt ({@link #RETRY}), to be tried again at {@code next}. */
  void retryAt(String destination, String period, int attempts, Instant next, String error, Instant now);

  /** How many deliveries are in each state. */
  Map<String, Integer> countByState();
}
