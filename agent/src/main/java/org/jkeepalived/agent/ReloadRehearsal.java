package org.jkeepalived.agent;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jkeepalived.engine.loop.ThreadTuning;
import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.linux.proc.ThreadScheduling;
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
 * <p>On its own daemon thread at nice {@link #NICE}, after a delay that leaves the start-up's CPU
 * to the engines; a failure only means the first reload stays cold, and is logged at debug level.
 * Java's thread priority alone does not do it: the JVM ignores it on Linux (ThreadPriorityPolicy
 * 0), and on a busy or one-CPU machine the rehearsal's second read of a large file took its share
 * of the CPU from what came right after the start: in the IPVS guest of bench/lvs (one emulated
 * CPU, 1,000 virtual servers) the seconds of the first `ipvsadm` reads of the new table and of the
 * first real reload. At nice 19 it runs on what the rest of the machine leaves.
 */
final class ReloadRehearsal {
  private static final Logger LOG = LoggerFactory.getLogger(ReloadRehearsal.class);
  /** Past the start of a small configuration's instances (their first adverts and states). */
  static final Duration DELAY = Duration.ofSeconds(1);
  /** The rehearsal thread's nice value: the lowest priority, it is never urgent. */
  static final int NICE = 19;

  private ReloadRehearsal() {}

  /**
   * Starts the rehearsal thread.
   *
   * @param reread reads the configuration file again (null when it is unusable now)
   * @param compare compares it with the running configuration as a reload would
   */
  static Thread start(Supplier<KeepalivedConfig> reread, Consumer<KeepalivedConfig> compare) {
    return start(reread, compare, ThreadScheduling::nice);
  }

  /** As {@link #start(Supplier, Consumer)}, with the call that sets the thread's nice value. */
  static Thread start(Supplier<KeepalivedConfig> reread, Consumer<KeepalivedConfig> compare,
      ThreadTuning.Call nice) {
    Thread t = new Thread(() -> {
      try {
        nice.apply(NICE);
      } catch (ErrnoException | RuntimeException | LinkageError e) {
        LOG.debug("reload rehearsal at the default priority: {}", e.toString());
      }
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
