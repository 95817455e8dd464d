package org.jkeepalived.bfd.service;

import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.linux.proc.ThreadScheduling;
import org.jkeepalived.mibs.config.ProcessTuning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * keepalived's {@code bfd_priority} (nice) and {@code bfd_rt_priority} (SCHED_RR) for the BFD
 * engine's own threads, run on each as it starts. At 10 ms intervals on a busy host the loop's
 * wake-ups come late behind other runnable threads (bench/bfd/measured/2026-12-07.md: p99 of the
 * gaps 29 ms under load 20, 9.6 ms at SCHED_RR 10). A refusal (no CAP_SYS_NICE) is logged and
 * the thread runs as it was, as keepalived goes on when its set_process_priority fails.
 */
final class BfdThreadTuning implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(BfdThreadTuning.class);

  private final ProcessTuning tuning;

  BfdThreadTuning(ProcessTuning tuning) {
    this.tuning = tuning;
  }

  @Override
  public void run() {
    if (tuning == null) {
      return;
    }
    String thread = Thread.currentThread().getName();
    try {
      if (tuning.realtimePriority() != null) {
        ThreadScheduling.realtime(tuning.realtimePriority());
        LOG.info("BFD thread {} runs SCHED_RR at priority {} (bfd_rt_priority)", thread,
            tuning.realtimePriority());
      } else if (tuning.priority() != null) {
        ThreadScheduling.nice(tuning.priority());
      }
    } catch (ErrnoException | RuntimeException e) {
      LOG.warn("BFD thread {}: cannot set bfd_rt_priority / bfd_priority: {}", thread,
          e.getMessage());
    }
  }
}
