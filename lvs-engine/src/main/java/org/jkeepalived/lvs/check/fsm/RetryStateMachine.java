package org.jkeepalived.lvs.check.fsm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.jkeepalived.lvs.check.CheckVerdict;
import org.jkeepalived.mibs.config.lvs.CheckerTiming;

/**
 * The retry logic keepalived's TCP_CHECK, UDP_CHECK, PING_CHECK, SMTP_CHECK, DNS_CHECK and
 * MISC_CHECK share (check_tcp.c {@code tcp_epilog}). A check starts up (down with {@code alpha})
 * and "not run". A success brings it up at once. A failure of an up (or not yet run) check is
 * retried {@code retry} times, {@code delay_before_retry} apart, before it goes down; a failure of
 * a down check just waits {@code delay_loop}. Every other probe is {@code delay_loop} after the
 * last. A probe that sets a weight (misc_dynamic) changes the verdict when the weight changes.
 */
public final class RetryStateMachine implements PolledStateMachine {
  private final int retry;
  private final Duration delayLoop;
  private final Duration delayBeforeRetry;
  private final boolean logAllFailures;
  private final String service;
  private final Wording wording;
  private boolean hasRun;
  private int retryIt;
  private CheckVerdict current;

  public RetryStateMachine(CheckerTiming timing, String service, Wording wording) {
    this.retry = timing.retry();
    this.delayLoop = timing.delayLoop();
    this.delayBeforeRetry = timing.delayBeforeRetry();
    this.logAllFailures = timing.logAllFailures();
    this.service = service;
    this.wording = wording;
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
    if (!r.ok() && up && logAllFailures) {
      log.add(r.detail());
    }
    if (r.ok() || ((up || !hasRun) && retryIt >= retry)) {
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
    } else if (up) {
      delay = delayBeforeRetry;
      retryIt++;
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
