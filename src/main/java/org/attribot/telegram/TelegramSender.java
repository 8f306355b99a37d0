package org.attribot.telegram;

import org.attribot.pause.Pause;
import java.io.Serializable;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the Bot API, honouring Telegram's 429 {@code retry_after} a bounded number of times.
 * A call that still fails is logged with the chat it was for and reported to the caller.
 */
final class TelegramSender {
  private static final Logger LOG = LoggerFactory.getLogger(TelegramSender.class);
  static final int ATTEMPTS = 4;
  /** The longest wait honoured for one 429, in seconds. */
  static final int MAX_RETRY_AFTER = 60;

  private final TelegramClient client;

  TelegramSender(TelegramClient client) {
    this.client = client;
  }

  <T extends Serializable, M extends BotApiMethod<T>> T execute(M method) throws TelegramApiException {
    for (int attempt = 1; ; attempt++) {
      try {
        return client.execute(method);
      } catch (TelegramApiRequestException e) {
        Integer code = e.getErrorCode();
        Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
        if (code != null && code == 429 && attempt < ATTEMPTS) {
          int wait = Math.min(MAX_RETRY_AFTER, retryAfter == null ? attempt : Math.max(1, retryAfter));
          LOG.info("Telegram says too many requests ({}); waiting {} s", method.getMethod(), wait);
          Pause.sleep(wait * 1000L);
          continue;
        }
        throw e;
      }
    }
  }

  /** Sends without waiting (for the typing indicator); a failure is only logged. */
  <T extends Serializable, M extends BotApiMethod<T>> void fireAndForget(M method) {
    try {
      client.executeAsync(method).whenComplete((r, e) -> {
        if (e != null) {
          LOG.debug("{} failed: {}", method.getMethod(), e.toString());
        }
      });
    } catch (TelegramApiException e) {
      LOG.debug("{} failed: {}", method.getMethod(), e.getMessage());
    }
  }

  static boolean rejectsEntities(TelegramApiException e) {
    return e instanceof TelegramApiRequestException r && r.getErrorCode() != null && r.getErrorCode() == 400
        && String.valueOf(r.getApiResponse()).toLowerCase(java.util.Locale.ROOT).contains("entities");
  }

}
