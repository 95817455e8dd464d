package org.jkeepalived.lvs.check.fsm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.jkeepalived.lvs.check.CheckVerdict;
import org.jkeepalived.mibs.config.lvs.CheckerTiming;

/**
 * The retry logic of keepalived's polled checkers other than HTTP/SSL_GET: check_udp.c, check_ping.c,
 * check_dns.c, check_smtp.c and check_misc.c share one shape, check_tcp.c {@code tcp_epilog} a
 * variant. A check starts up (down with {@code alpha}) and "not run", with its retry count already
 * spent (check_data.c {@code validate_check_config}: "one failure is enough initially"), so the
 * first failure after start takes it down at once. A success brings it up and resets the count. A
 * failure of an up check is retried {@code retry} times, {@code delay_before_retry} apart, before
 * it goes down. A failure of a down check waits {@code delay_loop}, except in TCP_CHECK, whose
 * epilog does not look at the state and keeps alternating {@code retry} retries and a {@code
 * delay_loop}. A probe that sets a weight (misc_dynamic) changes the verdict when the weight
 * changes.
 */
public final class RetryStateMachine implements PolledStateMachine {
  private final int retry;
  private final Duration delayLoop;
  private final Duration delayBeforeRetry;
  private final boolean logAllFailures;
  private final boolean retryWhileDown;
  private final String service;
  private final Wording wording;
  private boolean hasRun;
  private int retryIt;
  private CheckVerdict current;

  /** The common shape (UDP, PING, DNS, SMTP, MISC). */
  public RetryStateMachine(CheckerTiming timing, String service, Wording wording) {
    this(timing, service, wording, false);
  }

  /**
   * @param retryWhileDown TCP_CHECK's epilog: a down check retries too
   */
  public RetryStateMachine(
      CheckerTiming timing, String service, Wording wording, boolean retryWhileDown) {
    this.retry = timing.retry();
    this.delayLoop = timing.delayLoop();
    this.delayBeforeRetry = timing.delayBeforeRetry();
    this.logAllFailures = timing.logAllFailures();
    this.retryWhileDown = retryWhileDown;
    this.service = service;
    this.wording = wording;
    this.retryIt = retry;
    this.current = timing.alpha() ? CheckVerdict.down("alpha") : CheckVerdict.up("initial");
  }

  @Override
  public int target() {
    return 0;
  }

  @Override
  public CheckVerdict current() {
    return current;
  }

  /** Retries made since the last success or verdict (keepalived's {@code retry_it}). */
  public int retriesMade() {
    return retryIt;
  }

  @Override
  public Step onResult(ProbeResult r) {
    boolean up = current.up();
    Duration delay = delayLoop;
    List<String> log = new ArrayList<>(1);
    CheckVerdict changed = null;
    String retried = r.ok() ? null : wording.retried(service, r, 1, Math.max(1, retry));
    if (!r.ok() && up && logAllFailures && retried == null) {
      log.add(r.detail());
    }
    boolean counts = retryWhileDown || up || !hasRun;
    if (r.ok() || (counts && retryIt >= retry)) {
      retryIt = 0;
      if (r.ok()) {
        String line = !up || !hasRun ? wording.success(service, r) : null;
        if (line != null) {
          log.add(line);
        }
        changed = change(new CheckVerdict(true, r.weight(), 0, r.detail()));
      } else if (up || !hasRun) {
        log.add(wording.failure(service, r, hasRun ? retry : 0));
        changed = change(new CheckVerdict(false, OptionalInt.empty(), 0, r.detail()));
      }
    } else if (counts) {
      delay = delayBeforeRetry;
      retryIt++;
      if (logAllFailures && retried != null) {
        // check_misc.c: a retried failure is only logged with log_all_failures
        log.add(wording.retried(service, r, retryIt, retry));
      }
    }
    hasRun = true;
    return new Step(delay, changed, log);
  }

  /** Sets the verdict; returns it when its up flag or weight differs from the previous one. */
  private CheckVerdict change(CheckVerdict next) {
    boolean differs = next.up() != current.up() || !next.weight().equals(current.weight());
    if (differs) {
      current = next;
      return next;
    }
    return null;
  }
}
