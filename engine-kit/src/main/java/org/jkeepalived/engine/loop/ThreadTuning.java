package org.jkeepalived.engine.loop;

import java.util.Objects;
import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.linux.proc.ThreadScheduling;
import org.jkeepalived.mibs.config.ProcessTuning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * keepalived's {@code <process>_rt_priority} (SCHED_RR) and {@code <process>_priority} (nice) of
 * global_defs for one engine's own threads (its loop, its readers), run first on each of them.
 * keepalived sets them on the vrrp, checker or bfd child process (lib/process.c
 * set_process_priorities): the realtime priority when one is set, the nice value only otherwise;
 * jkeepalived is one process, so the engine's threads get them. A refusal (no CAP_SYS_NICE) is
 * logged and the thread runs as it was, as keepalived goes on when its calls fail.
 */
public final class ThreadTuning implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(ThreadTuning.class);

  /** A call that changes the calling thread's scheduling (tests record them). */
  @FunctionalInterface
  public interface Call {
    void apply(int value) throws ErrnoException;
  }

  private final String process;
  private final ProcessTuning tuning;
  private final Call realtime;
  private final Call nice;

  /**
   * @param process keepalived's prefix of the keywords: "vrrp", "checker" or "bfd"
   * @param tuning that process's global_defs settings; null: nothing to do
   */
  public ThreadTuning(String process, ProcessTuning tuning) {
    this(process, tuning, ThreadScheduling::realtime, ThreadScheduling::nice);
  }

  /**
   * @param realtime moves the calling thread to SCHED_RR at a priority
   * @param nice sets the calling thread's nice value
   */
  public ThreadTuning(String process, ProcessTuning tuning, Call realtime, Call nice) {
    this.process = Objects.requireNonNull(process);
    this.tuning = tuning;
    this.realtime = Objects.requireNonNull(realtime);
    this.nice = Objects.requireNonNull(nice);
  }

  /** The same settings applied through other calls (tests record them). */
  public ThreadTuning with(Call otherRealtime, Call otherNice) {
    return new ThreadTuning(process, tuning, otherRealtime, otherNice);
  }

  /** Whether running it changes anything (no setting: the threads stay as they are). */
  public boolean isSet() {
    return tuning != null && (tuning.realtimePriority() != null || tuning.priority() != null);
  }

  @Override
  public void run() {
    if (!isSet()) {
      return;
    }
    String thread = Thread.currentThread().getName();
    try {
      if (tuning.realtimePriority() != null) {
        realtime.apply(tuning.realtimePriority());
        LOG.info("{} thread {} runs SCHED_RR at priority {} ({}_rt_priority)", process, thread,
            tuning.realtimePriority(), process);
      } else {
        nice.apply(tuning.priority());
        LOG.info("{} thread {} runs at nice {} ({}_priority)", process, thread,
            tuning.priority(), process);
      }
    } catch (ErrnoException | RuntimeException e) {
      LOG.warn("{} thread {}: cannot set {}_rt_priority / {}_priority: {}", process, thread,
          process, process, e.getMessage());
    }
  }
}
