package org.jkeepalived.vrrp.instance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.vrrp.packet.AuthType;
import org.jkeepalived.vrrp.packet.PacketContext;
import org.jkeepalived.vrrp.packet.VrrpDecodeError;
import org.jkeepalived.vrrp.packet.VrrpDecodeError.Reason;
import org.jkeepalived.vrrp.packet.VrrpVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** keepalived's per-packet lines (issue 18 item 3), and their rate limit. */
class PacketLogTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private final List<String> lines = new ArrayList<>();
  private final PacketLog log = new PacketLog(lines::add);

  private static InetAddress ip(String s) throws Exception {
    return InetAddress.getByName(s);
  }

  /** Each row: the reason, the first octet and TTL of the packet, and keepalived's line. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "TTL               | 0x31 | 254 | (VI_1) invalid TTL/HL. Received 254 and expect 255",
      "VERSION           | 0x41 | 255 | (VI_1) wrong version. Received 4 and expect 3",
      "VERSION           | 0x11 | 255 | (VI_1) wrong version. Received 1 and expect 3",
      "INVALID_TYPE      | 0x32 | 255 | (VI_1) Invalid packet type. 2 and expect 1",
      "CHECKSUM          | 0x31 | 255 | (VI_1) Invalid VRRPv3 checksum",
      "CHECKSUM          | 0x21 | 255 | (VI_1) Invalid VRRPv2 checksum",
      "AUTH_FAILURE      | 0x21 | 255 | (VI_1) received an invalid passwd!",
      "AUTH_TYPE_MISMATCH| 0x21 | 255 | (VI_1) received a 1 auth, expecting 0!",
  })
  void decodeErrorsAreLoggedInKeepalivedsWords(Reason reason, String first, int ttl,
      String expected) throws Exception {
    byte[] message = {(byte) Integer.parseInt(first.substring(2), 16), 51, 100, 1, 1, 1, 0, 0};
    log.rejected("VI_1", new VrrpDecodeError(reason, "detail"), message,
        new PacketContext(ip("198.18.1.9"), ip("224.0.0.18"), ttl, 112), VrrpVersion.V3,
        AuthType.NONE, T0);
    assertThat(lines).containsExactly(expected);
  }

  @Test
  void crossedUnicastAndMulticastAreLoggedInKeepalivedsWords() throws Exception {
    log.unexpectedDestination("VI_1", false, List.of(ip("224.0.0.18")), ip("198.18.1.1"),
        ip("198.18.1.9"), T0);
    log.unexpectedDestination("VI_2", true, List.of(ip("198.18.1.2")), ip("224.0.0.18"),
        ip("198.18.1.10"), T0);
    log.unexpectedDestination("VI_3", false, List.of(ip("224.0.0.18")), ip("224.0.0.19"),
        ip("198.18.1.11"), T0); // one log per instance in the daemon: other sources here
    assertThat(lines).containsExactly(
        "(VI_1) Expected multicast packet but received unicast packet",
        "(VI_2) Expected unicast packet but received multicast packet",
        "(VI_3) Expected multicast packet to 224.0.0.18 but received one to 224.0.0.19");
  }

  @Test
  void notVrrpIsNotLoggedAtInfo() throws Exception {
    log.rejected("VI_1", new VrrpDecodeError(Reason.NOT_VRRP, "proto 6"), new byte[0],
        new PacketContext(ip("198.18.1.9"), ip("224.0.0.18"), 255, 112), VrrpVersion.V3,
        AuthType.NONE, T0);
    assertThat(lines).isEmpty();
  }

  @Test
  void aFloodIsOneLinePerTenSecondsPerKindAndSourceWithTheSuppressedCount() throws Exception {
    for (int i = 0; i < 100; i++) {
      Instant at = T0.plusMillis(10L * i);
      log.wrongVersion("VI_1", 2, 3, ip("198.18.1.9"), at);
      log.wrongVersion("VI_1", 2, 3, ip("198.18.1.10"), at);
      log.priorityZero("VI_1", ip("198.18.1.9"), at);
    }
    assertThat(lines).containsExactly(
        "(VI_1) wrong version. Received 2 and expect 3",
        "(VI_1) wrong version. Received 2 and expect 3",
        "(VI_1) Backup received priority 0 advertisement");
    lines.clear();
    Instant later = T0.plus(PacketLog.INTERVAL);
    log.wrongVersion("VI_1", 2, 3, ip("198.18.1.9"), later);
    log.priorityZero("VI_1", ip("198.18.1.9"), later);
    assertThat(lines).containsExactly(
        "(VI_1) wrong version. Received 2 and expect 3 [99 more from 198.18.1.9 suppressed]",
        "(VI_1) Backup received priority 0 advertisement [99 more from 198.18.1.9 suppressed]");
    lines.clear();
    log.priorityZero("VI_1", ip("198.18.1.9"), later.plus(Duration.ofSeconds(30)));
    assertThat(lines).containsExactly("(VI_1) Backup received priority 0 advertisement");
  }

  /** Issue 19.12: an IPv6 source is written as keepalived's inet_ntop does (RFC 5952). */
  @Test
  void anIpv6SourceIsWrittenInItsCompressedForm() throws Exception {
    InetAddress peer = ip("fe80:0:0:0:93da:0:0:1%1");
    for (int i = 0; i < 3; i++) {
      log.priorityZero("VI_1", peer, T0.plusSeconds(i));
    }
    log.priorityZero("VI_1", peer, T0.plus(PacketLog.INTERVAL).plusSeconds(1));
    assertThat(lines).containsExactly("(VI_1) Backup received priority 0 advertisement",
        "(VI_1) Backup received priority 0 advertisement [2 more from fe80::93da:0:0:1 suppressed]");
  }
}
