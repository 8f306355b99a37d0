package org.attribot.telegram;

import java.net.URI;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import org.attribot.actor.ActorCards;
import org.attribot.answer.AnswerService;
import org.attribot.digest.Subscriptions;
import org.attribot.conversation.ConversationQueues;
import org.attribot.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Runs the Telegram bot: the real OkHttp client and long polling against the configured Bot
 * API URL, the bot's own worker pool (named threads), and an orderly stop.
 */
public final class TelegramRunner implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TelegramRunner.class);

  private final TelegramBotsLongPollingApplication polling = new TelegramBotsLongPollingApplication();
  private final ExecutorService workers;

  public TelegramRunner(String token, String apiUrl, TelegramBot.Settings settings, int workerCount, AnswerService answers,
      ActorCards actors, Store store, Subscriptions subscriptions, Clock clock) throws TelegramApiException {
    TelegramUrl url = url(apiUrl);
    // OkHttp allows 5 requests a host at once by default: every worker and its typing indicator should have one
    okhttp3.Dispatcher dispatcher = new okhttp3.Dispatcher();
    dispatcher.setMaxRequestsPerHost(Math.max(5, workerCount * 2));
    dispatcher.setMaxRequests(Math.max(64, workerCount * 4));
    OkHttpTelegramClient client = new OkHttpTelegramClient(new okhttp3.OkHttpClient.Builder().dispatcher(dispatcher).build(),
        token, url);
    TelegramBot.Settings named = settings;
    if (settings.username().isEmpty()) {
      named = new TelegramBot.Settings(client.execute(new GetMe()).getUserName(), settings.allowedChats(),
          settings.perMinute(), settings.limit());
    }
    this.workers = ConversationQueues.pool("telegram-worker", workerCount);
    TelegramBot bot = new TelegramBot(client, answers, actors, store, subscriptions, named, workers, clock);
    bot.start();
    polling.registerBot(token, () -> url, new DefaultGetUpdatesGenerator(), bot);
    LOG.info("Telegram bot @{} polling {}://{}:{}", named.username(), url.getSchema(), url.getHost(), url.getPort());
  }

  /** {@code https://api.telegram.org}, {@code http://127.0.0.1:8081} … as the library's URL. */
  static TelegramUrl url(String apiUrl) {
    if (apiUrl == null || apiUrl.isBlank()) {
      return TelegramUrl.DEFAULT_URL;
    }
    URI uri = URI.create(apiUrl.strip());
    if (uri.getHost() == null || uri.getScheme() == null) {
      throw new IllegalArgumentException("telegram.api_url is not a URL: " + apiUrl);
    }
    int port = uri.getPort() > 0 ? uri.getPort() : uri.getScheme().equals("https") ? 443 : 80;
    return TelegramUrl.builder().schema(uri.getScheme()).host(uri.getHost()).port(port).testServer(false).build();
  }

  @Override
  public void close() {
    try {
      polling.close();
    } catch (Exception e) {
      LOG.warn("stopping the poller: {}", e.getMessage());
    }
    ConversationQueues.stop(workers);
  }
}
