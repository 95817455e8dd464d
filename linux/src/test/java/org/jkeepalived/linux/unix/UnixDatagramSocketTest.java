package org.jkeepalived.linux.unix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.linux.ffi.MonotonicClock;
import org.jkeepalived.linux.ffi.Native;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Datagrams through AF_UNIX sockets of this process: no privilege and no namespace needed. */
class UnixDatagramSocketTest {
  @TempDir Path dir;

  @BeforeAll
  static void nativeCalls() {
    assumeTrue(Native.isAvailable(), () -> "libc not bound: " + Native.unavailabilityCause());
  }

  @Test
  void datagramsToAnAbstractNameArriveWholeAndInOrder() throws Exception {
    String name = "@jk-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    try (UnixDatagramSocket listener = UnixDatagramSocket.bound(name);
        UnixDatagramSocket sender = UnixDatagramSocket.open()) {
      sender.send(bytes("READY=1"), name);
      sender.send(bytes("STOPPING=1"), name);
      assertThat(text(listener.receive(Duration.ofSeconds(2)))).isEqualTo("READY=1");
      assertThat(text(listener.receive(Duration.ofSeconds(2)))).isEqualTo("STOPPING=1");
      assertThat(listener.receive(Duration.ofMillis(50))).isNull();
    }
  }

  @Test
  void datagramsToAFilePathArrive() throws Exception {
    String path = dir.resolve("notify").toString();
    try (UnixDatagramSocket listener = UnixDatagramSocket.bound(path);
        UnixDatagramSocket sender = UnixDatagramSocket.open()) {
      sender.send(bytes("WATCHDOG=1"), path);
      assertThat(text(listener.receive(Duration.ofSeconds(2)))).isEqualTo("WATCHDOG=1");
    }
  }

  @Test
  void sendingWhereNobodyListensFailsWithErrno() throws Exception {
    try (UnixDatagramSocket sender = UnixDatagramSocket.open()) {
      assertThatThrownBy(() -> sender.send(bytes("READY=1"), dir.resolve("none").toString()))
          .isInstanceOf(ErrnoException.class).hasMessageContaining("sendto");
    }
  }

  @Test
  void monotonicClockAdvancesInMicroseconds() throws Exception {
    long a = MonotonicClock.micros();
    Thread.sleep(5);
    long b = MonotonicClock.micros();
    assertThat(b - a).isBetween(4_000L, 5_000_000L);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] b) {
    return b == null ? null : new String(b, StandardCharsets.UTF_8);
  }
}
