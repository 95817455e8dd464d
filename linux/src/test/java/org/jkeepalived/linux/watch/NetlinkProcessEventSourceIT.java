package org.jkeepalived.linux.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jkeepalived.linux.LinuxNative;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The proc connector exists only in the initial network namespace (the kernel registers
 * NETLINK_CONNECTOR in init_net alone) and needs CAP_NET_ADMIN: this test runs as root in the
 * initial namespace and only watches the process it starts.
 */
class NetlinkProcessEventSourceIT {

  @Test
  void sleepStartAndKillAreSeen() throws Exception {
    Assumptions.assumeTrue(LinuxNative.isAvailable(), "jnr-ffi libc unavailable");
    Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
        "the proc connector needs CAP_NET_ADMIN");
    BlockingQueue<ProcEvent> q = new LinkedBlockingQueue<>();
    Process sleep = null;
    try (NetlinkProcessEventSource src = NetlinkProcessEventSource.open();
        AutoCloseable sub = src.subscribe(q::add, () -> {})) {
      sleep = new ProcessBuilder("/bin/sleep", "30").start();
      int pid = (int) sleep.pid();
      assertThat(await(q, pid, ProcEvent.Exec.class)).isNotNull();
      assertThat(ProcFs.system().read(pid, true).orElseThrow().comm()).isEqualTo("sleep");
      sleep.destroyForcibly();
      ProcEvent.Exit exit = (ProcEvent.Exit) await(q, pid, ProcEvent.Exit.class);
      assertThat(exit.exitSignal()).isEqualTo(17); // SIGCHLD to the parent
      assertThat(exit.exitCode() & 0x7f).isEqualTo(9); // killed by SIGKILL
    } finally {
      if (sleep != null) {
        sleep.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    }
  }

  private static ProcEvent await(BlockingQueue<ProcEvent> q, int pid, Class<?> kind)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (System.nanoTime() < deadline) {
      ProcEvent e = q.poll(100, TimeUnit.MILLISECONDS);
      if (e != null && e.pid() == pid && !e.isThread() && kind.isInstance(e)) {
        return e;
      }
    }
    throw new AssertionError(kind.getSimpleName() + " of " + pid + " not seen within 5 s");
  }
}
