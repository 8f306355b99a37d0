package org.attribot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's Events API over HTTP: a Jetty 12 server (no servlet layer) whose one handler reads
 * each request's body once, lets {@link SignatureFilter} refuse it before anything else reads
 * it, and hands the rest at {@link SlackRunner#PATH} to Bolt through its request parser.
 * Every refusal and failure is a short JSON body, never the server's error page; no body is
 * logged, and the server names no version.
 */
final class SlackHttp implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SlackHttp.class);

  private final Server server;
  private final ServerConnector connector;

  SlackHttp(String host, int port, SignatureFilter filter, App bolt) {
    this.server = new Server();
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    this.connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    server.addConnector(connector);
    server.setHandler(new Events(filter, bolt));
    ErrorHandler errors = new ErrorHandler();
    errors.setShowStacks(false);
    errors.setShowCauses(false);
    errors.setShowMessageInTitle(false);
    server.setErrorHandler(errors);
  }

  void start() throws Exception {
    server.start();
  }

  /** The port listened on (the one picked when 0 was asked for). */
  int port() {
    return connector.getLocalPort();
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }

  /** Verification first, then Bolt. */
  private static final class Events extends Handler.Abstract {
    private final SignatureFilter filter;
    private final App bolt;
    private final SlackRequestParser parser;

    Events(SignatureFilter filter, App bolt) {
      this.filter = filter;
      this.bolt = bolt;
      this.parser = new SlackRequestParser(bolt.config());
    }

    @Override
    public boolean handle(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
        Callback callback) throws Exception {
      String path = request.getHttpURI().getPath();
      byte[] body;
      try (InputStream in = Content.Source.asInputStream(request)) {
        body = in.readNBytes(SignatureFilter.MAX_BODY + 1);
      }
      SignatureFilter.Refusal refused = filter.check(request.getHeaders().get("X-Slack-Request-Timestamp"),
          request.getHeaders().get("X-Slack-Signature"), request.getHeaders().get(HttpHeader.CONTENT_TYPE), body,
          org.eclipse.jetty.server.Request.getRemoteAddr(request), path);
      if (refused == null && !SlackRunner.PATH.equals(path)) {
        refused = new SignatureFilter.Refusal(404, "not found");
      } else if (refused == null && !"POST".equals(request.getMethod())) {
        refused = new SignatureFilter.Refusal(405, "method not allowed");
      }
      if (refused != null) {
        write(response, callback, refused.status(), "application/json", Map.of(), refused.json());
        return true;
      }
      Request<?> slackRequest;
      try {
        slackRequest = parser.parse(SlackRequestParser.HttpRequest.builder().requestUri(path)
            .queryString(QueryStringParser.toMap(request.getHttpURI().getQuery()))
            .headers(new RequestHeaders(headers(request))).requestBody(new String(body, StandardCharsets.UTF_8))
            .remoteAddress(org.eclipse.jetty.server.Request.getRemoteAddr(request)).build());
      } catch (RuntimeException e) { // what Bolt cannot parse: a short answer, never the server's error page
        LOG.warn("a signed request to {} could not be read: {}", path, e.getClass().getSimpleName());
        slackRequest = null;
      }
      if (slackRequest == null) {
        SignatureFilter.Refusal malformed = new SignatureFilter.Refusal(400, "malformed request");
        write(response, callback, malformed.status(), "application/json", Map.of(), malformed.json());
        return true;
      }
      Response answer;
      try {
        answer = bolt.run(slackRequest);
      } catch (Exception e) {
        // only the kind of failure: a parser's message may carry part of the body, which is never logged
        LOG.error("Bolt failed on a signed request to {}: {}", path, e.getClass().getSimpleName());
        write(response, callback, 500, "application/json", Map.of(), "{\"error\":\"something went wrong\"}");
        return true;
      }
      write(response, callback, answer.getStatusCode() == null ? 200 : answer.getStatusCode(), answer.getContentType(),
          answer.getHeaders() == null ? Map.of() : answer.getHeaders(), answer.getBody());
      return true;
    }

    private static Map<String, List<String>> headers(org.eclipse.jetty.server.Request request) {
      Map<String, List<String>> out = new LinkedHashMap<>();
      for (HttpField field : request.getHeaders()) {
        out.computeIfAbsent(field.getName(), k -> new ArrayList<>()).add(field.getValue());
      }
      return out;
    }

    private static void write(org.eclipse.jetty.server.Response response, Callback callback, int status, String contentType,
        Map<String, List<String>> headers, String body) {
      response.setStatus(status);
      headers.forEach((name, values) -> values.forEach(v -> response.getHeaders().add(name, v)));
      if (contentType != null) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
      }
      Content.Sink.write(response, true, body == null ? "" : body, callback);
    }
  }
}
