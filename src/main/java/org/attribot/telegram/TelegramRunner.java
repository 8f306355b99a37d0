package org.attribot.telegram;

import java.net.URI;
import java.util.concurrent.ExecutorService;
import org.attribot.chat.ChatService;
import org.attribot.conversation.ConversationQueues;
import org.attribot.conversation.PlatformException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Runs the Telegram bot: the real OkHttp client and long polling against the configured Bot
 * API URL, the bot's own worker pool (named threads), and an orderly stop.
 */
public final class TelegramRunner implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TelegramRunner.class);

  private final TelegramBotsLongPollingApplication polling = new TelegramBotsLongPollingApplication();
  private final ExecutorService workers;
  private final TelegramBot bot;

  /**
   * Checks the token with {@code getMe}, then registers the commands, hands back unfinished
   * updates and starts polling.
   *
   * @throws PlatformException when Telegram cannot be reached (try again later) or refuses the token
   */
  public TelegramRunner(String token, String apiUrl, TelegramBot.Settings settings, int workerCount, ChatService chat)
      throws PlatformException {
    TelegramUrl url = url(apiUrl);
    String where = url.getSchema() + "://" + url.getHost() + ":" + url.getPort();
    // OkHttp allows 5 requests a host at once by default: every worker and its typing indicator should have one
    okhttp3.Dispatcher dispatcher = new okhttp3.Dispatcher();
    dispatcher.setMaxRequestsPerHost(Math.max(5, workerCount * 2));
    dispatcher.setMaxRequests(Math.max(64, workerCount * 4));
    okhttp3.OkHttpClient http = new okhttp3.OkHttpClient.Builder().dispatcher(dispatcher).build();
    OkHttpTelegramClient client = new OkHttpTelegramClient(http, token, url);
    User me;
    try {
      me = client.execute(new GetMe());
    } catch (TelegramApiException e) {
      dispatcher.executorService().shutdown();
      throw failure(e, where, token);
    }
    TelegramBot.Settings named = settings.username().isEmpty()
        ? new TelegramBot.Settings(me.getUserName(), settings.allowedChats())
        : settings;
    this.workers = ConversationQueues.pool("telegram-worker", workerCount);
    this.bot = new TelegramBot(client, chat, named, workers);
    try {
      bot.start();
      polling.registerBot(token, () -> url, new DefaultGetUpdatesGenerator(), bot);
    } catch (TelegramApiException e) {
      close();
      throw failure(e, where, token);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
    LOG.info("Telegram bot @{} polling {}", named.username(), where);
  }

  /**
   * What a failed call to Telegram means: 401 (or 404, which Telegram answers to a token of the
   * wrong shape) is a refused token; no connection, a server error or anything else may pass.
   */
  static PlatformException failure(TelegramApiException e, String where, String token) {
    if (e instanceof TelegramApiRequestException r && r.getErrorCode() != null) {
      String answered = r.getErrorCode() + " " + PlatformException.redact(r.getApiResponse(), token);
      if (r.getErrorCode() == 401 || r.getErrorCode() == 404) {
        return PlatformException.tokenRefused("Telegram at " + where + " refused the token in TELEGRAM_BOT_TOKEN ("
            + answered + "); set the bot's token from @BotFather");
      }
      return PlatformException.unreachable("Telegram at " + where + " answered " + answered, null);
    }
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    return PlatformException.unreachable("cannot reach Telegram at " + where + " ("
        + PlatformException.why(cause, token) + ")", null);
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
    bot.stop();
  }
}
