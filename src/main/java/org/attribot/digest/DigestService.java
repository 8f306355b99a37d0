package org.attribot.digest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.attribot.digest.Deliveries.DeliveryRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends every digest that is due, exactly once per (destination, period): a delivery is
 * claimed in the store, with its window, before its first message, and advanced after each,
 * so a run that stops half-way is resumed where it stopped and a destination done is never
 * sent to again. Failed sends are retried with doubling backoff up to a limit; a destination
 * that is gone is disabled; rate limits are kept per platform and 429s honoured.
 */
public final class DigestService {
  private static final Logger LOG = LoggerFactory.getLogger(DigestService.class);
  /** Rate limits answered in a row for one message before it counts as a failed try. */
  static final int RATE_LIMITS = 5;

  /** How empty days, failures and concurrency are handled. */
  public record Settings(boolean announceEmpty, int maxAttempts, Duration retry, int senders) {
    public Settings {
      if (maxAttempts < 1 || senders < 1) {
        throw new IllegalArgumentException("maxAttempts and senders must be at least 1");
      }
    }
  }

  private final Subscriptions subscriptions;
  private final Deliveries records;
  private final DigestBuilder builder;
  private final Map<String, DigestSender> senders = new HashMap<>();
  private final Settings settings;
  private final Clock clock;

  public DigestService(Subscriptions subscriptions, Deliveries records, DigestBuilder builder, List<DigestSender> senders,
      Settings settings, Clock clock) {
    this.subscriptions = subscriptions;
    this.records = records;
    this.builder = builder;
    senders.forEach(s -> this.senders.put(s.platform(), s));
    this.settings = settings;
    this.clock = clock;
  }

  /** One due digest: the subscription, its period, and the delivery row if one was claimed before. */
  private record Job(Subscription subscription, Period period, DeliveryRow claimed) {}

  /** Sends what is due now: each served destination's newest period not yet delivered, and retries whose time has come. */
  public DigestResult runDue() {
    Instant now = clock.instant();
    List<Job> jobs = new ArrayList<>();
    for (Subscription s : subscriptions.list()) {
      if (!s.enabled() || !senders.containsKey(s.destination().platform())) {
        continue;
      }
      Optional<Period> period = Period.latest(s, now);
      if (period.isEmpty()) {
        continue;
      }
      Optional<DeliveryRow> row = records.delivery(s.destination().toString(), period.get().key());
      if (row.isEmpty() || row.get().state().equals(Deliveries.PENDING) || row.get().state().equals(Deliveries.RETRY)
          && !row.get().nextAttempt().isAfter(now)) {
        jobs.add(new Job(s, period.get(), row.orElse(null)));
      }
    }
    return run(jobs);
  }

  /** Sends a digest to {@code destination} now, of what is new since its previous digest; it counts as that digest. */
  public DigestResult sendNow(Destination destination) {
    if (!senders.containsKey(destination.platform())) {
      throw new IllegalArgumentException("no " + destination.platform() + " sender is configured (its token is not set)");
    }
    Subscription s = subscriptions.find(destination).orElse(new Subscription(destination, subscriptions.defaultTime(),
        subscriptions.defaultZone(), clock.instant(), true, null, null));
    return run(List.of(new Job(s, Period.manual(clock.instant()), null)));
  }

  /**
   * The digest {@code destination} would get now (null: any destination in the default zone),
   * from {@code since} (a local date; null: since its previous digest, else the last day).
   * Nothing is sent or recorded.
   */
  public Digest preview(Destination destination, LocalDate since) {
    Instant now = clock.instant();
    Optional<Subscription> s = destination == null ? Optional.empty() : subscriptions.find(destination);
    ZoneId zone = s.map(Subscription::zone).orElse(subscriptions.defaultZone());
    Instant from = since != null ? since.atStartOfDay(zone).toInstant()
        : s.map(Subscription::lastDigest).orElse(now.minus(Duration.ofDays(1)));
    return builder.build(zone, from, now);
  }

  private DigestResult run(List<Job> jobs) {
    if (jobs.isEmpty()) {
      return DigestResult.NONE;
    }
    Map<String, Pacer> pacers = new HashMap<>();
    senders.forEach((platform, sender) -> pacers.put(platform, new Pacer(sender.limits())));
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.senders(), jobs.size()), r -> {
      Thread t = new Thread(r, "attribot-digest-send-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<DigestResult>> done = new ArrayList<>();
      for (Job job : jobs) {
        String platform = job.subscription().destination().platform();
        done.add(pool.submit(() -> deliver(job, senders.get(platform), pacers.get(platform))));
      }
      DigestResult total = DigestResult.NONE;
      for (Future<DigestResult> f : done) {
        total = total.plus(get(f));
      }
      return total;
    } finally {
      pool.shutdownNow();
    }
  }

  private static DigestResult get(Future<DigestResult> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return DigestResult.NONE;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("a digest delivery failed", e.getCause());
    }
  }

  private DigestResult deliver(Job job, DigestSender sender, Pacer pacer) {
    Destination d = job.subscription().destination();
    String dest = d.toString();
    String period = job.period().key();
    DeliveryRow row = job.claimed();
    if (row == null) {
      Instant now = clock.instant();
      Instant since = records.lastDigest(dest).orElse(firstSince(job));
      if (!records.claim(dest, period, since, now, now)) {
        return DigestResult.NONE; // claimed already
      }
      row = records.delivery(dest, period).orElseThrow();
    }
    Digest digest = builder.build(job.subscription().zone(), row.windowStart(), row.windowEnd());
    if (digest.empty() && !settings.announceEmpty()) {
      records.finish(dest, period, Deliveries.SKIPPED, null, clock.instant());
      LOG.info("digest {} for {}: nothing new, skipped", period, dest);
      return new DigestResult(0, 1, 0, 0, 0, 0);
    }
    List<String> parts = sender.render(digest);
    int sent = 0;
    for (int i = row.partsSent(); i < parts.size(); i++) {
      String message = parts.get(i);
      if (row.sendingPart() != null && row.sendingPart() == i) {
        // policy: a part whose outcome is unknown is sent once more, marked as a possible repeat
        LOG.warn("digest {} for {}: part {} may or may not have arrived (an earlier try stopped during its call);"
            + " sending it again, marked", period, dest, i + 1);
        message = sender.markRepeat(message);
      }
      int part = i;
      SendResult r = sendOne(sender, pacer, d.id(), message, () -> records.sending(dest, period, part, clock.instant()));
      switch (r.kind()) {
        case SENT -> {
          sent++;
          records.progress(dest, period, i + 1, parts.size(), r.messageId(), clock.instant());
        }
        case UNKNOWN -> {
          return failed(row, r.detail(), sent); // the part stays in doubt: its next try is marked
        }
        case GONE -> {
          records.notSending(dest, period, clock.instant());
          records.finish(dest, period, Deliveries.GONE, r.detail(), clock.instant());
          subscriptions.disable(dest, r.detail(), clock.instant());
          LOG.warn("digest: {} is gone ({}); its subscription is disabled", dest, r.detail());
          return new DigestResult(0, 0, 0, 0, 1, sent);
        }
        default -> {
          records.notSending(dest, period, clock.instant());
          return failed(row, r.detail(), sent);
        }
      }
    }
    records.finish(dest, period, Deliveries.SENT, null, clock.instant());
    LOG.info("digest {} sent to {}: {} line(s) in {} message(s)", period, dest, digest.size(), parts.size());
    return new DigestResult(1, 0, 0, 0, 0, sent);
  }

  /**
   * Where a destination's first digest starts: the start of any earlier one that was not
   * delivered, else its subscription or the day before, whichever is earlier.
   */
  private Instant firstSince(Job job) {
    Instant dayBefore = job.period().due().minus(Duration.ofDays(1));
    Instant subscribed = job.subscription().createdAt();
    Instant since = subscribed.isBefore(dayBefore) ? subscribed : dayBefore;
    return records.firstWindowStart(job.subscription().destination().toString()).filter(s -> s.isBefore(since)).orElse(since);
  }

  private DigestResult failed(DeliveryRow row, String why, int sent) {
    int attempts = row.attempts() + 1;
    Instant now = clock.instant();
    if (attempts >= settings.maxAttempts()) {
      records.finish(row.destination(), row.period(), Deliveries.FAILED, why, now);
      LOG.error("digest {} for {}: giving up after {} tries ({}); the next digest covers its statements",
          row.period(), row.destination(), attempts, why);
      return new DigestResult(0, 0, 0, 1, 0, sent);
    }
    Instant next = now.plus(settings.retry().multipliedBy(1L << Math.min(20, attempts - 1)));
    records.retryAt(row.destination(), row.period(), attempts, next, why, now);
    LOG.warn("digest {} for {}: try {} failed ({}); next try at {}", row.period(), row.destination(), attempts, why, next);
    return new DigestResult(0, 0, 1, 0, 0, sent);
  }

  /**
   * One message, paced, with the platform's rate limits honoured a few times in a row;
   * {@code beforeCall} runs when the pacer lets it go, right before each call.
   */
  private static SendResult sendOne(DigestSender sender, Pacer pacer, String id, String message, Runnable beforeCall) {
    SendResult r = SendResult.failed("not sent");
    for (int i = 0; i < RATE_LIMITS; i++) {
      if (!pacer.acquire(id)) {
        return SendResult.failed("interrupted");
      }
      try {
        beforeCall.run();
        r = sender.send(id, message);
      } catch (RuntimeException e) {
        LOG.warn("sending a digest to {}:{} failed", sender.platform(), id, e);
        return SendResult.unknown(e.toString());
      } finally {
        pacer.done(id);
      }
      if (r.kind() != SendResult.Kind.RATE_LIMITED) {
        return r;
      }
      LOG.info("{} asks to slow down ({}): pausing {} s", sender.platform(), r.detail(), r.retryAfter().toSeconds());
      pacer.pause(r.retryAfter());
    }
    return SendResult.failed("rate limited " + RATE_LIMITS + " times in a row: " + r.detail());
  }
}
