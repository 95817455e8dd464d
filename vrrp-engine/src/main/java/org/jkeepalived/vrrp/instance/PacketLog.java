package org.jkeepalived.vrrp.instance;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.jkeepalived.mibs.config.IpText;
import org.jkeepalived.engine.log.LogThrottle;
import org.jkeepalived.vrrp.packet.AuthType;
import org.jkeepalived.vrrp.packet.PacketContext;
import org.jkeepalived.vrrp.packet.VrrpDecodeError;
import org.jkeepalived.vrrp.packet.VrrpVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The INFO lines keepalived writes for each packet an instance drops (vrrp.c vrrp_check_packet,
 * keepalived 2.2.7: "(VI_1) Invalid VRRPv3 checksum", "(VI_1) invalid TTL/HL. Received 254 and
 * expect 255", ...) and for each priority-0 advert a backup receives, in its words, but through a
 * {@link LogThrottle} per kind and source: the first line, then at most one per {@link #INTERVAL},
 * which ends with the count of lines suppressed since, e.g. {@code (VI_1) Invalid VRRPv3 checksum
 * [41 more from 198.18.1.9 suppressed]}. keepalived writes every line, so a flood fills the disk.
 * One per instance, used on the engine loop.
 */
public final class PacketLog {
  /** At most one line per kind and source in this long. */
  public static final Duration INTERVAL = Duration.ofSeconds(10);
  /** Sources remembered per instance; beyond, new sources share one line per interval. */
  static final int MAX_KEYS = 256;

  /** Where the lines go: SLF4J at INFO in the daemon, a list in tests. */
  @FunctionalInterface
  public interface Sink {
    void info(String line);
  }

  /** The daemon's sink: the {@code org.jkeepalived.vrrp} logger at INFO. */
  public static final Sink SLF4J = LoggerFactory.getLogger("org.jkeepalived.vrrp")::info;

  private static final Logger LOG = LoggerFactory.getLogger("org.jkeepalived.vrrp");

  /** What a line is about; with the source, the throttle's key. */
  private enum Kind {
    DECODE, WRONG_VERSION, ADDRESS_LIST, INTERVAL_MISMATCH, PRIORITY_ZERO, DESTINATION
  }

  private record Key(Object kind, InetAddress source) {}

  private final Sink sink;
  private final LogThrottle<Key> throttle = new LogThrottle<>(INTERVAL, MAX_KEYS);

  public PacketLog(Sink sink) {
    this.sink = Objects.requireNonNull(sink);
  }

  /**
   * A packet the codec refused. The line is keepalived's for the reason; packets that are not
   * VRRP at all or whose IP header is broken are only logged at DEBUG, as keepalived does not see
   * them.
   */
  public void rejected(String instance, VrrpDecodeError error, byte[] message, PacketContext ctx,
      VrrpVersion expected, AuthType configuredAuth, Instant now) {
    LOG.debug("({}) dropped packet from {}: {}", instance, IpText.format(ctx.source()),
        error.detail());
    String line = line(instance, error, message, ctx, expected, configuredAuth);
    if (line != null) {
      write(error.reason(), ctx.source(), line, now);
    }
  }

  /** A well-formed advert of the other VRRP version. */
  public void wrongVersion(String instance, int received, int expected, InetAddress source,
      Instant now) {
    write(Kind.WRONG_VERSION, source, "(" + instance + ") wrong version. Received " + received
        + " and expect " + expected, now);
  }

  /** An advert whose address list differs from ours (the line is {@code AddressListCheck}'s). */
  public void addressListMismatch(String instance, String what, InetAddress source, Instant now) {
    write(Kind.ADDRESS_LIST, source, "(" + instance + ") " + what, now);
  }

  /**
   * An advert sent to a destination the instance does not listen on: keepalived 2.2.7's line
   * when unicast and multicast are crossed, and the groups when a multicast instance hears
   * another group.
   */
  public void unexpectedDestination(String instance, boolean unicastInstance,
      List<InetAddress> groups, InetAddress destination, InetAddress source, Instant now) {
    String p = "(" + instance + ") ";
    String line;
    if (unicastInstance || !destination.isMulticastAddress()) {
      line = p + "Expected " + (unicastInstance ? "un" : "mult") + "icast packet but received "
          + (unicastInstance ? "mult" : "un") + "icast packet";
    } else {
      line = p + "Expected multicast packet to "
          + groups.stream().map(IpText::format).collect(Collectors.joining(", "))
          + " but received one to " + IpText.format(destination);
    }
    write(Kind.DESTINATION, source, line, now);
  }

  /** A v2 advert with another interval (RFC 3768 section 7.1). */
  public void intervalMismatch(String instance, long mine, long received, InetAddress source,
      Instant now) {
    write(Kind.INTERVAL_MISMATCH, source, "(" + instance + ") advertisement interval mismatch mine="
        + mine + " sec rcv'd=" + received + " sec", now);
  }

  /** A backup heard a priority-0 advert (its master is leaving). */
  public void priorityZero(String instance, InetAddress source, Instant now) {
    write(Kind.PRIORITY_ZERO, source, "(" + instance + ") Backup received priority 0 advertisement",
        now);
  }

  private void write(Object kind, InetAddress source, String line, Instant now) {
    OptionalLong suppressed = throttle.admit(new Key(kind, source), now);
    if (suppressed.isEmpty()) {
      return;
    }
    long n = suppressed.getAsLong();
    sink.info(n == 0 ? line
        : line + " [" + n + " more from " + IpText.format(source) + " suppressed]");
  }

  /** keepalived 2.2.7's line for a decode error, or null for none at INFO. */
  static String line(String instance, VrrpDecodeError error, byte[] message, PacketContext ctx,
      VrrpVersion expected, AuthType configuredAuth) {
    String p = "(" + instance + ") ";
    int first = message.length > 0 ? message[0] & 0xff : 0;
    return switch (error.reason()) {
      case TTL -> p + "invalid TTL/HL. Received " + ctx.ttl() + " and expect 255";
      case VERSION -> p + "wrong version. Received " + (first >>> 4) + " and expect "
          + expected.wire();
      case INVALID_TYPE -> p + "Invalid packet type. " + (first & 0x0f) + " and expect 1";
      case CHECKSUM -> p + "Invalid VRRPv" + (first >>> 4) + " checksum";
      case PACKET_LENGTH -> p + "Invalid packet length: " + error.detail();
      case INVALID_AUTH_TYPE, AUTH_TYPE_MISMATCH -> p + "received a "
          + (message.length > 4 && ctx.protocol() != PacketContext.PROTO_AH
              ? message[4] & 0xff : AuthType.AH.wire())
          + " auth, expecting " + configuredAuth.wire() + "!";
      case AUTH_FAILURE -> p + "received an invalid passwd!";
      case ADVERT_INTERVAL -> p + "Invalid advertisement interval 0 - discarding";
      case ADDRESS_LIST -> p + error.detail();
      case IP_HEADER, NOT_VRRP -> null;
    };
  }
}
