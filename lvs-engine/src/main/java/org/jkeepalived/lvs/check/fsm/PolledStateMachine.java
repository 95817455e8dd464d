package org.jkeepalived.lvs.check.fsm;

import org.jkeepalived.lvs.check.CheckVerdict;

/**
 * The pure state of a polled check (every checker but FILE_CHECK and BFD_CHECK): what to probe
 * next and what a probe's result means, with keepalived's retry, delay_before_retry and
 * delay_loop. No clock, no I/O: the runner measures the delays it returns.
 */
public interface PolledStateMachine {
  /** What the next probe targets: the url index for HTTP_GET/SSL_GET, 0 for the others. */
  int target();

  /** Consumes one probe's result. */
  Step onResult(ProbeResult result);

  /** The verdict as it stands (the initial one before any change). */
  CheckVerdict current();
}
