package org.attribot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.socket_mode.SocketModeClient;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import org.attribot.actorcard.ActorCards;
import org.attribot.config.Config;
import org.attribot.digest.Subscriptions;
import org.attribot.conversation.ConversationQueues;
import org.attribot.conversation.PlatformException;
import org.attribot.conversation.QuestionLimit;
import org.attribot.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the Slack app: Bolt with the Web API at the configured prefix, the bot's own worker pool
 * (named threads), and one transport — HTTP ({@link SlackHttp}: Jetty 12 at {@code /slack/events},
 * every request verified by {@link SignatureFilter} first) or Socket Mode (a WebSocket to Slack, no public
 * URL). Stops in reverse order.
 */
public final class SlackRunner implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SlackRunner.class);
  public static final String PATH = "/slack/events";

  private final Slack slack;
  private final App bolt;
  private final ExecutorService workers;
  private SlackHttp http;
  private SocketModeApp socket;

  /**
   * Checks the token with {@code auth.test}, answers mentions a previous run left unanswered, and
   * opens the transport.
   *
   * @throws PlatformException when Slack cannot be reached (try again later) or refuses the token
   */
  public SlackRunner(Config.Slack settings, Asker asker, ActorCards actors, Store store, Subscriptions subscriptions,
      QuestionLimit limit, Clock clock) throws Exception {
    check(settings);
    String where = settings.apiUrl().isBlank() ? "https://slack.com/api/" : settings.apiUrl().strip();
    SlackConfig slackConfig = new SlackConfig();
    if (!settings.apiUrl().isBlank()) {
      String prefix = settings.apiUrl().strip();
      slackConfig.setMethodsEndpointUrlPrefix(prefix.endsWith("/") ? prefix : prefix + "/");
    }
    slackConfig.setStatsEnabled(false);
    this.slack = Slack.getInstance(slackConfig);
    this.bolt = new App(AppConfig.builder().singleTeamBotToken(settings.botToken())
        .signingSecret(settings.socketMode() ? "" : settings.signingSecret()).slack(slack).build());
    this.workers = ConversationQueues.pool("slack-worker", settings.workers());
    try {
      SlackBot bot = new SlackBot(settings.command(), asker, actors, store, subscriptions,
          new SlackSender(slack, settings.botToken()), workers, settings.perMinute(), limit, clock);
      bot.register(bolt);
      checkToken(slack, settings.botToken(), where);
      try {
        bolt.start(); // asks auth.test again
      } catch (IllegalArgumentException e) {
        throw PlatformException.unreachable("cannot reach Slack at " + where + " ("
            + PlatformException.redact(e.getMessage(), settings.botToken()) + ")", null);
      }
      bot.resume();
      if (settings.socketMode()) {
        socket = new SocketModeApp(settings.appToken(), bolt, SocketModeClient.Backend.JavaWebSocket);
        socket.startAsync();
        LOG.info("Slack app {} connected by Socket Mode", settings.command());
      } else {
        http = new SlackHttp(settings.host(), settings.port(),
            new SignatureFilter(new RequestSignature(settings.signingSecret()), clock), bolt);
        http.start();
        LOG.info("Slack app {} listening on {}:{}{}", settings.command(), settings.host(), port(), PATH);
      }
    } catch (Exception e) {
      close();
      throw e;
    }
  }

  /** The errors of {@code auth.test} that mean the token itself is refused. */
  private static final java.util.Set<String> TOKEN_REFUSED = java.util.Set.of("invalid_auth", "not_authed",
      "account_inactive", "token_revoked", "token_expired", "not_allowed_token_type");

  /**
   * Asks {@code auth.test}: no connection, a server error or a rate limit may pass; an answer
   * that the token is invalid, revoked or not a bot token will not.
   */
  static void checkToken(Slack slack, String token, String where) throws PlatformException {
    AuthTestResponse auth;
    try {
      auth = slack.methods(token).authTest(r -> r);
    } catch (SlackApiException e) {
      throw PlatformException.unreachable("Slack at " + where + " answered " + e.getResponse().code(), null);
    } catch (java.io.IOException e) {
      throw PlatformException.unreachable("cannot reach Slack at " + where + " (" + PlatformException.why(e, token) + ")", null);
    }
    if (!auth.isOk()) {
      if (TOKEN_REFUSED.contains(auth.getError())) {
        throw PlatformException.tokenRefused("Slack at " + where + " refused the token in SLACK_BOT_TOKEN ("
            + auth.getError() + "); set the bot token (xoxb-…) of the installed app");
      }
      throw PlatformException.unreachable("Slack at " + where + " answered " + auth.getError(), null);
    }
  }

  /** Fails with what to set when the settings cannot run the app. */
  public static void check(Config.Slack settings) {
    if (!settings.configured()) {
      throw new IllegalArgumentException("SLACK_BOT_TOKEN is not set");
    }
    if (settings.socketMode() && settings.appToken().isBlank()) {
      throw new IllegalArgumentException("slack.mode is socket: set SLACK_APP_TOKEN (xapp-…) to connect by Socket Mode");
    }
    if (!settings.socketMode() && settings.signingSecret().isBlank()) {
      throw new IllegalArgumentException(
          "slack.mode is http: set SLACK_SIGNING_SECRET, with which every request from Slack is verified");
    }
  }

  /** The port HTTP mode listens on (the one picked when the setting is 0); -1 in Socket Mode. */
  public int port() {
    return http == null ? -1 : http.port();
  }

  @Override
  public void close() {
    if (http != null) {
      try {
        http.close();
      } catch (Exception e) {
        LOG.warn("stopping the HTTP server: {}", e.getMessage());
      }
    }
    if (socket != null) {
      try {
        socket.close();
      } catch (Exception e) {
        LOG.warn("closing the Socket Mode connection: {}", e.getMessage());
      }
    }
    bolt.stop();
    try {
      slack.close();
    } catch (Exception e) {
      LOG.warn("closing the Slack client: {}", e.getMessage());
    }
    ConversationQueues.stop(workers);
  }
}
