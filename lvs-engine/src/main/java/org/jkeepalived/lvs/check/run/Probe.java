package org.jkeepalived.lvs.check.run;

import java.util.function.Consumer;
import org.jkeepalived.lvs.check.fsm.ProbeResult;

/**
 * One kind of probe (a TCP connect, an HTTP GET of one url, a script run...). It never blocks:
 * it starts the I/O and calls {@code done} exactly once, on any thread, when it has a result. A
 * probe bounds its own time (connect_timeout, misc_timeout) and never throws from {@code run}.
 */
@FunctionalInterface
public interface Probe {
  /**
   * @param target what to probe: the url index for HTTP_GET/SSL_GET, 0 otherwise
   */
  void run(int target, Consumer<ProbeResult> done);
}
