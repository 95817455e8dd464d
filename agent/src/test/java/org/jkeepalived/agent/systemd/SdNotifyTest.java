package org.jkeepalived.agent.systemd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jkeepalived.linux.ffi.MonotonicClock;
import org.jkeepalived.linux.ffi.Native;
import org.jkeepalived.linux.unix.UnixDatagramSocket;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The notifier against a socket this test binds, as systemd would: no privilege needed. */
class SdNotifyTest {
  private static final Duration WAIT = Duration.ofSeconds(3);
  private String name;

  @BeforeEach
  void name() {
    assumeTrue(Native.isAvailable(), () -> "libc not bound: " + Native.unavailabilityCause());
    name = "@jk-sdnotify-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
  }

  @Test
  void sendsReadyReloadingReadyStoppingInOrder() throws Exception {
    try (UnixDatagramSocket systemd = UnixDatagramSocket.bound(name);
        SdNotify notify = SdNotify.fromEnvironment(Map.of("NOTIFY_SOCKET", name), 1, () -> true)) {
      assertThat(notify.active()).isTrue();
      long before = MonotonicClock.micros();
      notify.ready();
      notify.reloading();
      notify.ready();
      notify.stopping();
      assertThat(next(systemd)).isEqualTo("READY=1");
      String reloading = next(systemd);
      assertThat(reloading).startsWith("RELOADING=1\nMONOTONIC_USEC=");
      long usec = Long.parseLong(reloading.substring(reloading.indexOf('=', 12) + 1));
      assertThat(usec).isBetween(before, MonotonicClock.micros());
      assertThat(next(systemd)).isEqualTo("READY=1");
      assertThat(next(systemd)).isEqualTo("STOPPING=1");
      assertThat(systemd.receive(Duration.ofMillis(100))).isNull();
    }
  }

  @Test
  void watchdogPingsFollowReadyWhileHealthy() throws Exception {
    AtomicBoolean healthy = new AtomicBoolean(true);
    try (UnixDatagramSocket systemd = UnixDatagramSocket.bound(name);
        SdNotify notify = SdNotify.fromEnvironment(
            Map.of("NOTIFY_SOCKET", name, "WATCHDOG_USEC", "100000"), 1, healthy::get)) {
      notify.ready();
      assertThat(next(systemd)).isEqualTo("READY=1");
      assertThat(next(systemd)).isEqualTo("WATCHDOG=1");
      assertThat(next(systemd)).isEqualTo("WATCHDOG=1");
      healthy.set(false);
      drain(systemd); // at most the ping already under way
      assertThat(systemd.receive(Duration.ofMillis(250))).isNull();
      notify.stopping();
      assertThat(next(systemd)).isEqualTo("STOPPING=1");
    }
  }

  @Test
  void withoutNotifySocketNothingIsSentAndNothingFails() {
    try (SdNotify notify = SdNotify.fromEnvironment(Map.of("WATCHDOG_USEC", "100000"), 1,
        () -> true)) {
      assertThat(notify.active()).isFalse();
      notify.ready();
      notify.reloading();
      notify.stopping();
    }
  }

  @Test
  void aVanishedSystemdSocketIsLoggedNotThrown() {
    try (SdNotify notify = SdNotify.fromEnvironment(Map.of("NOTIFY_SOCKET", name), 1,
        () -> true)) {
      notify.ready();
      notify.reloading();
      notify.stopping();
      assertThat(notify.active()).isTrue();
    }
  }

  private static String next(UnixDatagramSocket s) throws Exception {
    byte[] b = s.receive(WAIT);
    return b == null ? null : new String(b, StandardCharsets.UTF_8);
  }

  private static void drain(UnixDatagramSocket s) throws Exception {
    for (int i = 0; i < 3 && s.receive(Duration.ofMillis(120)) != null; i++) {
      // pings sent before the health turned
    }
  }
}
