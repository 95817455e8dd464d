package org.jkeepalived.linux.raw;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import org.jkeepalived.linux.NetnsLab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link RawIpSocket#hasQueuedInput()} on a kernel socket: true while a datagram waits unread,
 * false once it is received; it never consumes one. {@link RawIpSocket#stopReceiving()} wakes a
 * blocked receive. Namespaces jkbnq1 / jkbnq2 (root).
 */
class RawSocketQueuedInputIT {
  private static final Duration WAIT = Duration.ofSeconds(5);
  private static NetnsLab lab;

  @BeforeAll
  static void setUp() throws Exception {
    NetnsLab.assumeRootAndNative();
    lab = NetnsLab.create();
  }

  @AfterAll
  static void tearDown() {
    if (lab != null) {
      lab.close();
    }
  }

  @Test
  void reportsADatagramWaitingUnreadWithoutConsumingIt() throws Exception {
    InetAddress group = InetAddress.getByName("224.0.0.18");
    try (RawIpSocket tx = lab.a().call(() ->
            NativeRawIpSocket.open(RawSocketConfig.vrrp(false, lab.ifA)));
        RawIpSocket rx = lab.b().call(() ->
            NativeRawIpSocket.open(RawSocketConfig.vrrp(false, lab.ifB)))) {
      rx.joinGroup(group);
      assertThat(rx.hasQueuedInput()).isFalse();
      tx.send(group, new byte[] {0x31, 7, 100, 0});
      Instant deadline = Instant.now().plus(WAIT);
      while (!rx.hasQueuedInput() && Instant.now().isBefore(deadline)) {
        Thread.sleep(1);
      }
      assertThat(rx.hasQueuedInput()).isTrue();
      assertThat(rx.hasQueuedInput()).isTrue(); // asking does not read it
      RawDatagram d = rx.receive(WAIT);
      assertThat(d).isNotNull();
      assertThat(d.payload()).containsExactly(0x31, 7, 100, 0);
      assertThat(rx.hasQueuedInput()).isFalse();
    }
  }

  @Test
  void stopReceivingWakesAReceiveBlockedInAnotherThread() throws Exception {
    for (boolean ipv6 : new boolean[] {false, true}) {
      try (RawIpSocket rx = lab.b().call(() ->
          NativeRawIpSocket.open(RawSocketConfig.vrrp(ipv6, lab.ifB)))) {
        java.util.concurrent.CompletableFuture<Long> took =
            java.util.concurrent.CompletableFuture.supplyAsync(() -> {
              long t0 = System.nanoTime();
              try {
                assertThat(rx.receive(Duration.ofSeconds(30))).isNull();
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
              return System.nanoTime() - t0;
            });
        Thread.sleep(200); // the receive is blocked in poll(2) by now
        long stopped = System.nanoTime();
        rx.stopReceiving();
        long waited = took.get(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - stopped))
            .as("ipv6=%s: woken by stopReceiving, not the 30 s timeout", ipv6)
            .isLessThan(Duration.ofSeconds(1));
        assertThat(Duration.ofNanos(waited)).isLessThan(Duration.ofSeconds(5));
        assertThat(rx.receive(Duration.ofSeconds(30))).as("later receives return at once")
            .isNull();
      }
    }
  }
}
