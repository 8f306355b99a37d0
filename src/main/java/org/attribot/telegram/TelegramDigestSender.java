package org.attribot.telegram;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.attribot.digest.Digest;
import org.attribot.digest.DigestSender;
import org.attribot.conversation.Repeat;
import org.attribot.digest.SendResult;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Digests to Telegram chats through the Bot API: HTML messages of at most 4,096 characters
 * (plain text when Telegram refuses the HTML), and Telegram's answers translated: 429 with
 * its {@code retry_after}; 403 (bot blocked or removed) and 400 "chat not found" and the like
 * as a destination gone; anything else as a failure.
 */
public final class TelegramDigestSender implements DigestSender {
  /** One chat takes about one message a second. */
  static final Duration PER_CHAT = Duration.ofSeconds(1);
  private static final Pattern GONE = Pattern.compile(
      "chat not found|bot was kicked|bot was blocked|user is deactivated|upgraded to a supergroup|have no rights to send|chat_write_forbidden");

  private final TelegramClient client;
  private final Limits limits;
  /** The HTTP client {@link #create} opened, closed with the sender; null when the caller handed in the client. */
  private final okhttp3.OkHttpClient http;

  public TelegramDigestSender(TelegramClient client, int perSecond) {
    this(client, perSecond, null);
  }

  private TelegramDigestSender(TelegramClient client, int perSecond, okhttp3.OkHttpClient http) {
    this.client = client;
    this.limits = new Limits(perSecond, PER_CHAT);
    this.http = http;
  }

  /** The real client against the Bot API at {@code apiUrl} (empty: Telegram's own), closed with the sender. */
  public static TelegramDigestSender create(String token, String apiUrl, int perSecond) {
    okhttp3.Dispatcher dispatcher = new okhttp3.Dispatcher();
    dispatcher.setMaxRequestsPerHost(64);
    okhttp3.OkHttpClient http = new okhttp3.OkHttpClient.Builder().dispatcher(dispatcher).build();
    return new TelegramDigestSender(new OkHttpTelegramClient(http, token, TelegramRunner.url(apiUrl)), perSecond, http);
  }

  /** Stops the HTTP client's threads and drops its idle connections. */
  @Override
  public void close() {
    if (http != null) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  @Override
  public String platform() {
    return "telegram";
  }

  @Override
  public Limits limits() {
    return limits;
  }

  @Override
  public List<String> render(Digest digest) {
    return TelegramDigestFormat.html(digest);
  }

  @Override
  public String markRepeat(String html) {
    return Repeat.marked(html);
  }

  @Override
  public SendResult send(String chatId, String html) {
    try {
      return sent(client.execute(SendMessage.builder().chatId(chatId).text(html).parseMode(ParseMode.HTML)
          .disableWebPagePreview(true).build()));
    } catch (TelegramApiException e) {
      if (!TelegramSender.rejectsEntities(e)) {
        return translate(e);
      }
    }
    try { // Telegram refused the HTML: the same words as plain text
      return sent(client.execute(SendMessage.builder().chatId(chatId).text(plain(html)).disableWebPagePreview(true).build()));
    } catch (TelegramApiException e) {
      return translate(e);
    }
  }

  private static SendResult sent(Message m) {
    return SendResult.sent(m == null ? null : String.valueOf(m.getMessageId()));
  }

  static SendResult translate(TelegramApiException e) {
    if (!(e instanceof TelegramApiRequestException r) || r.getErrorCode() == null) {
      return SendResult.unknown(String.valueOf(e.getMessage())); // no answer from Telegram: it may have the message
    }
    int code = r.getErrorCode();
    String said = code + " " + r.getApiResponse();
    if (code == 429) {
      Integer after = r.getParameters() == null ? null : r.getParameters().getRetryAfter();
      return SendResult.rateLimited(Duration.ofSeconds(after == null ? 1 : Math.max(1, Math.min(after, 3600))), said);
    }
    if (code == 403 || code == 400 && GONE.matcher(String.valueOf(r.getApiResponse()).toLowerCase(Locale.ROOT)).find()) {
      return SendResult.gone(said);
    }
    return SendResult.failed(said);
  }

  static String plain(String html) {
    return html.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
  }
}
