package org.jkeepalived.linux.proc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.jkeepalived.linux.ffi.Native;
import org.junit.jupiter.api.Test;

/** Root: a thread moved to SCHED_RR / another nice value, and only that thread (/proc stat). */
class ThreadSchedulingIT {
  /** Fields of /proc/thread-self/stat after the command: 19 nice, 40 rt_priority, 41 policy. */
  private static String[] stat() throws Exception {
    String s = Files.readString(Path.of("/proc/thread-self/stat"));
    return s.substring(s.lastIndexOf(')') + 2).split(" ");
  }

  private static String[] onNewThread(ThrowingRunnable r) throws Exception {
    AtomicReference<Object> out = new AtomicReference<>();
    Thread t = new Thread(() -> {
      try {
        r.run();
        out.set(stat());
      } catch (Exception e) {
        out.set(e);
      }
    });
    t.start();
    t.join(5_000);
    if (out.get() instanceof Exception e) {
      throw e;
    }
    return (String[]) out.get();
  }

  private interface ThrowingRunnable {
    void run() throws Exception;
  }

  @Test
  void realtimeSetsRoundRobinOnTheCallingThreadOnly() throws Exception {
    assumeTrue(Native.isAvailable() && "root".equals(System.getProperty("user.name")),
        "needs root and jnr-ffi");
    String[] rt = onNewThread(() -> ThreadScheduling.realtime(7));
    assertThat(rt[40 - 3]).isEqualTo("7"); // rt_priority
    assertThat(rt[41 - 3]).isEqualTo(String.valueOf(ThreadScheduling.SCHED_RR)); // policy
    assertThat(stat()[41 - 3]).isEqualTo("0"); // this thread: still SCHED_OTHER
    String[] nice = onNewThread(() -> ThreadScheduling.nice(5));
    assertThat(nice[19 - 3]).isEqualTo("5");
    assertThat(stat()[19 - 3]).isNotEqualTo("5");
  }
}
