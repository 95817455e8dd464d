package org.jkeepalived.lvs.check.http;

import java.util.List;
import org.jkeepalived.lvs.check.fsm.ProbeResult;
import org.jkeepalived.mibs.config.lvs.StatusRange;
import org.jkeepalived.mibs.config.lvs.UrlSpec;

/**
 * Judges one url's response as keepalived's {@code http_handle_response} does, in its order:
 * data received, status code (default 200-299), MD5 digest, regex. The failure details are
 * keepalived's {@code timeout_epilog} lines ("HTTP status code error to server S.").
 */
public final class UrlCheck {
  /** Bytes of body kept for a regex. */
  public static final int REGEX_WINDOW = 1 << 20;

  private final UrlSpec url;
  private final UrlRegex regex;
  private long lastMismatch;
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger("Keepalived_healthcheckers");

  public UrlCheck(UrlSpec url) {
    this.url = url;
    this.regex = url.regex() == null ? null : new UrlRegex(url.regex(), url.regexOptions(),
        url.regexMinOffset(), url.regexMaxOffset());
  }

  public UrlSpec url() {
    return url;
  }

  /** How much body the reader keeps for this url. */
  public int keepBody() {
    return regex == null ? 0 : REGEX_WINDOW;
  }

  public ProbeResult judge(HttpResponseReader r, String service) {
    if (!r.hasHeader()) {
      return failed("Read, no data received from ", service);
    }
    if (!statusWanted(r.status())) {
      return failed("HTTP status code error to", service);
    }
    lengthMismatch(r, service);
    String msg = "HTTP status code";
    if (url.digest() != null) {
      if (!url.digest().equalsIgnoreCase(r.digestHex())) {
        return failed("MD5 digest error to", service);
      }
      msg = "MD5 digest";
    }
    if (regex != null) {
      boolean matched = regex.matches(r.bodyText());
      if (matched == url.regexNoMatch()) {
        return failed("Regex match failed", service);
      }
      msg = "Regex match";
    }
    return ProbeResult.ok(msg + " success to " + service + " url(" + url.path() + ")");
  }

  /** keepalived logs a Content-Length that the body does not match, once per difference. */
  private void lengthMismatch(HttpResponseReader r, String service) {
    long diff = r.contentLength() >= 0 ? r.contentLength() - r.bodyBytes() : 0;
    if (diff != 0 && diff != lastMismatch) {
      LOG.info("http_check for RS {} url {}{}: content_length ({}) does not match received"
          + " bytes ({})", service, url.virtualhost() == null ? "" : url.virtualhost(),
          url.path(), r.contentLength(), r.bodyBytes());
    }
    lastMismatch = diff;
  }

  boolean statusWanted(int status) {
    List<StatusRange> codes = url.statusCodes().isEmpty()
        ? List.of(StatusRange.SUCCESS) : url.statusCodes();
    return status >= 100 && status <= 599 && codes.stream().anyMatch(c -> c.contains(status));
  }

  /** keepalived's "%s server %s." of timeout_epilog. */
  public static ProbeResult failed(String what, String service) {
    return ProbeResult.failed(what + " server " + service + ".");
  }
}
