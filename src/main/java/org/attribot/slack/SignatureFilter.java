package org.attribot.slack;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ReadListener;
import javax.servlet.ServletException;
import javax.servlet.ServletInputStream;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first thing every HTTP request meets: unless it carries a genuine Slack signature made
 * within five minutes of now (either way), it is answered 401 and goes no further — Bolt never
 * parses it. The body is read once, kept for Bolt, and never logged.
 */
final class SignatureFilter implements Filter {
  private static final Logger LOG = LoggerFactory.getLogger(SignatureFilter.class);
  /** Slack's payloads are a few kilobytes; anything this large is not one. */
  static final int MAX_BODY = 1 << 20;

  private final RequestSignature signature;
  private final Clock clock;

  SignatureFilter(RequestSignature signature, Clock clock) {
    this.signature = signature;
    this.clock = clock;
  }

  @Override
  public void init(javax.servlet.FilterConfig config) {
    // nothing to set up
  }

  @Override
  public void destroy() {
    // nothing to release
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    HttpServletResponse out = (HttpServletResponse) response;
    byte[] body = http.getInputStream().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      refuse(out, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "too large");
      return;
    }
    if (!signature.genuine(http.getHeader("X-Slack-Request-Timestamp"), http.getHeader("X-Slack-Signature"), body,
        clock.instant())) {
      LOG.warn("refused a request from {} to {}: no valid Slack signature", http.getRemoteAddr(), http.getRequestURI());
      refuse(out, HttpServletResponse.SC_UNAUTHORIZED, "invalid request");
      return;
    }
    if (!wellFormed(http.getContentType(), body)) {
      LOG.warn("refused a signed request to {}: its form body has a bad %-escape", http.getRequestURI());
      refuse(out, HttpServletResponse.SC_BAD_REQUEST, "malformed form body");
      return;
    }
    try {
      chain.doFilter(new Verified(http, body), response);
    } catch (RuntimeException e) { // what Bolt cannot parse: a short answer, never the server's error page
      LOG.warn("a signed request to {} could not be read: {}", http.getRequestURI(), e.getClass().getSimpleName());
      if (!out.isCommitted()) {
        out.resetBuffer();
        refuse(out, HttpServletResponse.SC_BAD_REQUEST, "malformed request");
      }
    }
  }

  /** Whether a form-encoded body decodes (every % followed by two hex digits); other bodies are Bolt's to read. */
  static boolean wellFormed(String contentType, byte[] body) {
    if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
      return true;
    }
    try {
      java.net.URLDecoder.decode(new String(body, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static void refuse(HttpServletResponse out, int status, String message) throws IOException {
    out.setStatus(status);
    out.setContentType("application/json");
    out.getWriter().write("{\"error\":\"" + message + "\"}");
  }

  /** The request with its body read: Bolt reads the same bytes again. */
  private static final class Verified extends HttpServletRequestWrapper {
    private final byte[] body;

    Verified(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the body is already read");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
    }
  }
}
