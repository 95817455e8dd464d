package org.jkeepalived.agent.systemd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jkeepalived.linux.ffi.MonotonicClock;
import org.jkeepalived.linux.ffi.Native;
import org.jkeepalived.linux.unix.UnixDatagramSocket;
import org.jkeepalived.testkit.Proc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real daemon process run as systemd runs a Type=notify unit with WatchdogSec: the test binds
 * the $NOTIFY_SOCKET (abstract, as systemd's own is not) and reads every datagram across start,
 * SIGHUP reload and SIGTERM stop. No VRRP instance, so no privilege is needed; `kill` sends the
 * signals, as systemd's ExecReload does.
 */
class DaemonNotifyTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir Path dir;

  @Test
  void startReloadAndStopAreNotifiedInOrderWithWatchdogPings() throws Exception {
    assumeTrue(Native.isAvailable(), () -> "libc not bound: " + Native.unavailabilityCause());
    String socket = "@jk-notify-daemon-" + ProcessHandle.current().pid();
    Path conf = dir.resolve("keepalived.conf");
    Files.writeString(conf, "global_defs {\n  router_id notify\n}\n");
    Path log = dir.resolve("daemon.log");
    try (UnixDatagramSocket systemd = UnixDatagramSocket.bound(socket)) {
      ProcessBuilder pb = new ProcessBuilder(
          ProcessHandle.current().info().command().orElse("java"), "-XX:+UseSerialGC",
          "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
          "org.jkeepalived.agent.Main", "-n", "-l", "-G", "-f", conf.toString())
          .redirectErrorStream(true).redirectOutput(log.toFile());
      pb.environment().put("NOTIFY_SOCKET", socket);
      pb.environment().put("WATCHDOG_USEC", "1000000");
      Process p = pb.start();
      List<String> seen = new ArrayList<>();
      try {
        assertThat(nextState(systemd, seen)).as("%s %s", seen, log).isEqualTo("READY=1");

        long beforeHup = MonotonicClock.micros();
        Proc.run(Duration.ofSeconds(10), "kill", "-HUP", Long.toString(p.pid())).check();
        String reloading = nextState(systemd, seen);
        assertThat(reloading).as("%s", seen).startsWith("RELOADING=1\nMONOTONIC_USEC=");
        long usec = Long.parseLong(reloading.substring(reloading.lastIndexOf('=') + 1));
        assertThat(usec).isBetween(beforeHup, MonotonicClock.micros());
        assertThat(nextState(systemd, seen)).as("%s", seen).isEqualTo("READY=1");

        Proc.run(Duration.ofSeconds(10), "kill", "-TERM", Long.toString(p.pid())).check();
        assertThat(nextState(systemd, seen)).as("%s", seen).isEqualTo("STOPPING=1");
        assertThat(p.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
        assertThat(seen).as("watchdog keep-alives at half of WATCHDOG_USEC").contains("WATCHDOG=1");
        assertThat(seen.stream().filter(m -> !m.equals("WATCHDOG=1")).toList())
            .hasSize(4);
      } finally {
        Proc.kill(p.toHandle());
        p.waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  /** The next datagram that is not a watchdog ping; every datagram goes to {@code seen}. */
  private static String nextState(UnixDatagramSocket s, List<String> seen) throws Exception {
    long end = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < end) {
      byte[] b = s.receive(Duration.ofMillis(500));
      if (b == null) {
        continue;
      }
      String m = new String(b, StandardCharsets.UTF_8);
      seen.add(m);
      if (!m.equals(NotifyMessages.WATCHDOG)) {
        return m;
      }
    }
    return null;
  }
}
