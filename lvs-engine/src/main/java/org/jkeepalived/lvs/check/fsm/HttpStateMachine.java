package org.jkeepalived.lvs.check.fsm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.lvs.check.CheckVerdict;
import org.jkeepalived.mibs.config.lvs.CheckerTiming;

/**
 * HTTP_GET / SSL_GET as keepalived schedules them (check_http.c {@code epilog} and {@code
 * timeout_epilog}): one url per probe, the next url a {@code delay_loop} after a success; the
 * check is up once every url has passed in one round. A failing url of an up check is retried
 * until more than {@code retry} attempts failed, {@code delay_before_retry} apart, then the check
 * goes down and that url is probed every max(delay_before_retry, delay_loop) until it passes,
 * which restarts the round from the first url. As in the other checkers the retry count starts
 * spent (check_data.c {@code validate_check_config}), so a failure before the first full round
 * takes the check down at once. {@code fast_recovery} probes at once while the check has not run,
 * or is down with no url known to fail. keepalived 2.2.7 says HTTP_CHECK in the failure line of
 * SSL_GET too.
 */
public final class HttpStateMachine implements PolledStateMachine {
  private static final int NONE = -1;

  private final int urls;
  private final int retry;
  private final Duration delayLoop;
  private final Duration delayBeforeRetry;
  private final boolean logAllFailures;
  private final boolean fastRecovery;
  private final String service;
  private int urlIt;
  private int failedUrl = NONE;
  private int retryIt;
  private boolean hasRun;
  private CheckVerdict current;

  /**
   * @param urls how many url blocks the check has (none: every probe passes)
   */
  public HttpStateMachine(CheckerTiming timing, int urls, boolean fastRecovery, String service) {
    this.urls = urls;
    this.retry = timing.retry();
    this.delayLoop = timing.delayLoop();
    this.delayBeforeRetry = timing.delayBeforeRetry();
    this.logAllFailures = timing.logAllFailures();
    this.fastRecovery = fastRecovery;
    this.service = service;
    this.retryIt = retry;
    this.current = timing.alpha() ? CheckVerdict.down("alpha") : CheckVerdict.up("initial");
  }

  @Override
  public int target() {
    return urlIt;
  }

  @Override
  public CheckVerdict current() {
    return current;
  }

  @Override
  public Step onResult(ProbeResult r) {
    List<String> log = new ArrayList<>(2);
    CheckVerdict changed = null;
    boolean up = current.up();
    if (r.ok()) {
      if (!up) {
        log.add(r.detail());
      }
      urlIt = urlIt + 1 < urls ? urlIt + 1 : NONE;
      retryIt = 0;
      if (urlIt == NONE && failedUrl == NONE) {
        if (!up || !hasRun) {
          log.add("Remote Web server " + service + " succeed on service.");
          changed = set(CheckVerdict.up(r.detail()));
          hasRun = true;
        }
        urlIt = 0;
      } else if (failedUrl != NONE) {
        failedUrl = NONE;
        urlIt = 0;
      }
      Duration delay = delayLoop;
      if (!hasRun) {
        retryIt = retry;
      }
      return new Step(fast(delay), changed, log);
    }
    if (!up && hasRun) {
      // keepalived: "do not retry if server is already known as dead"
      return new Step(fast(failedDelay()), null, log);
    }
    if (logAllFailures) {
      log.add(r.detail());
    }
    hasRun = true;
    retryIt++;
    if (retryIt > retry) {
      log.add(retry > 0
          ? "HTTP_CHECK on service " + service + " failed after " + (retryIt - 1) + " retries."
          : "HTTP_CHECK on service " + service + " failed.");
      changed = set(CheckVerdict.down(r.detail()));
      failedUrl = urlIt;
    }
    return new Step(fast(failedUrl != NONE ? failedDelay() : delayBeforeRetry), changed, log);
  }

  private Duration failedDelay() {
    return failedUrl == NONE ? delayBeforeRetry
        : delayBeforeRetry.compareTo(delayLoop) > 0 ? delayBeforeRetry : delayLoop;
  }

  private Duration fast(Duration delay) {
    boolean immediate = fastRecovery && (!hasRun || (!current.up() && failedUrl == NONE));
    return immediate ? Duration.ZERO : delay;
  }

  private CheckVerdict set(CheckVerdict next) {
    if (next.up() == current.up()) {
      return null;
    }
    current = next;
    return next;
  }
}
