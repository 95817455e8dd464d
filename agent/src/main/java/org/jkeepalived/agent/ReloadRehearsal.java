package org.jkeepalived.agent;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jkeepalived.mibs.config.KeepalivedConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the cold part of a SIGHUP once, shortly after the engines start, so that the first real
 * reload is as quick as the later ones: the configuration is read again and compared with the
 * running one, as a reload compares them, and nothing is applied. The first comparison of each
 * configuration record type links its {@code equals}/{@code hashCode} method handles (about 80
 * method-handle classes spun at run time, which a class-data sharing archive of Java 17 cannot
 * hold): 85-100 ms of the first reload on the loaded 2-core machine, against 5-9 ms for the
 * next ones (bench/failover/measured/2026-12-07-latency.md). keepalived has no such cost.
 *
 * <p>On its own low-priority daemon thread, after a delay that leaves the start-up's CPU to the
 * engines; a failure only means the first reload stays cold, and is logged at debug level.
 */
final class ReloadRehearsal {
  private static final Logger LOG = LoggerFactory.getLogger(ReloadRehearsal.class);
  /** Past the start of a small configuration's instances (their first adverts and states). */
  static final Duration DELAY = Duration.ofSeconds(1);

  private ReloadRehearsal() {}

  /**
   * Starts the rehearsal thread.
   *
   * @param reread reads the configuration file again (null when it is unusable now)
   * @param compare compares it with the running configuration as a reload would
   */
  static Thread start(Supplier<KeepalivedConfig> reread, Consumer<KeepalivedConfig> compare) {
    Thread t = new Thread(() -> {
      try {
        Thread.sleep(DELAY.toMillis());
      } catch (InterruptedException e) {
        return; // the daemon is stopping
      }
      rehearse(reread, compare);
    }, "reload-rehearsal");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
    return t;
  }

  /** One rehearsal, on the caller's thread: true when it ran to the end. */
  static boolean rehearse(Supplier<KeepalivedConfig> reread, Consumer<KeepalivedConfig> compare) {
    try {
      KeepalivedConfig again = reread.get();
      if (again == null) {
        return false;
      }
      compare.accept(again);
      return true;
    } catch (RuntimeException e) {
      LOG.debug("reload rehearsal failed, the first reload stays cold", e);
      return false;
    }
  }
}
