package org.jkeepalived.linux.proc;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.linux.ffi.Native;

/**
 * The scheduling of the calling thread: what keepalived's {@code *_priority} and
 * {@code *_rt_priority} set for a child process, here for an engine's threads (one process).
 * Linux keeps both per thread: {@code sched_setscheduler(0, ...)} and {@code
 * setpriority(PRIO_PROCESS, 0, ...)} change the calling thread only (setpriority(2), BUGS).
 */
public final class ThreadScheduling {
  /** sched.h: round-robin realtime, keepalived's choice for *_rt_priority. */
  static final int SCHED_RR = 2;
  private static final int PRIO_PROCESS = 0;

  private ThreadScheduling() {}

  /** Moves the calling thread to SCHED_RR at {@code priority} (1-99). */
  public static void realtime(int priority) throws ErrnoException {
    if (priority < 1 || priority > 99) {
      throw new IllegalArgumentException("realtime priority " + priority + " not in 1-99");
    }
    byte[] param = ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt(priority).array();
    if (Native.libc().sched_setscheduler(0, SCHED_RR, param) != 0) {
      throw ErrnoException.last("sched_setscheduler");
    }
  }

  /** Sets the calling thread's nice value (-20 to 19). */
  public static void nice(int value) throws ErrnoException {
    if (Native.libc().setpriority(PRIO_PROCESS, 0, value) != 0) {
      throw ErrnoException.last("setpriority");
    }
  }
}
