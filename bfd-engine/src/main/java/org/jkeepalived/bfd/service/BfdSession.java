package org.jkeepalived.bfd.service;

import java.net.Inet6Address;
import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;
import org.jkeepalived.bfd.fsm.BfdAction;
import org.jkeepalived.bfd.fsm.BfdSessionMachine;
import org.jkeepalived.bfd.fsm.BfdSessionParameters;
import org.jkeepalived.bfd.packet.BfdAuthenticator;
import org.jkeepalived.bfd.packet.BfdControlCodec;
import org.jkeepalived.bfd.packet.BfdControlPacket;
import org.jkeepalived.linux.udp.UdpSocket;
import org.jkeepalived.mibs.config.BfdInstanceConfig;
import org.jkeepalived.mibs.model.BfdDiag;
import org.jkeepalived.mibs.model.BfdSessState;
import org.jkeepalived.mibs.model.BfdState;
import org.jkeepalived.mibs.store.Index;

/**
 * One running bfd_instance: its state machine, its sending socket, its timer and the counters of
 * bfdSessPerfTable (RFC 7331). The engine drives it on its loop; this class only keeps the
 * session's things together and turns them into the row it publishes.
 */
final class BfdSession {
  /** RFC 5881 section 4: the control port of a single hop session. */
  static final int SINGLE_HOP_PORT = 3784;
  /** RFC 5883 section 5: the control port of a multihop session. */
  static final int MULTIHOP_PORT = 4784;

  final String name;
  final Index index;
  private BfdInstanceConfig row;
  final BfdSessionMachine fsm;
  /** RFC 5880 section 6.7, or null when the session has no authentication. */
  final BfdAuthenticator auth;
  final SessionTimer timer = new SessionTimer();
  /** The sending socket, which {@link BfdSenders} opens and closes; null while it has none. */
  private UdpSocket sender;

  private long ctrlPktIn;
  private int remoteDiag;
  private long ctrlPktOut;
  private long ctrlPktDrop;
  private Instant ctrlPktDropLastAt;
  private long upCount;
  private Instant upSince;
  private Instant lastDownAt;
  private BfdDiag lastCommLostDiag = BfdDiag.NO_DIAGNOSTIC;

  BfdSession(Index index, BfdInstanceConfig row, long localDiscr, RandomGenerator random,
      Instant now) {
    this.name = row.name();
    this.index = index;
    this.row = row;
    this.fsm = new BfdSessionMachine(parameters(row, localDiscr), random, now);
    // section 6.8.1: bfd.XmitAuthSeq starts at a random value
    this.auth = row.auth() == null ? null
        : new BfdAuthenticator(row.auth(), random.nextLong(0, 0x1_0000_0000L));
  }

  /** The bytes of a packet to send, authenticated when the session is. */
  byte[] encode(BfdControlPacket p) {
    return auth == null ? BfdControlCodec.encode(p) : auth.sign(p);
  }

  /** keepalived's bfd_instance in RFC 5880's terms. */
  static BfdSessionParameters parameters(BfdInstanceConfig row, long localDiscr) {
    return new BfdSessionParameters(localDiscr, row.minTx(), row.minRx(), row.idleTx(),
        row.multiplier(), row.passive());
  }

  UdpSocket sender() {
    return sender;
  }

  void sender(UdpSocket socket) {
    sender = socket;
  }

  BfdInstanceConfig row() {
    return row;
  }

  void row(BfdInstanceConfig next) {
    row = next;
  }

  boolean ipv6() {
    return row.neighbor() instanceof Inet6Address;
  }

  int port() {
    return row.multihop() ? MULTIHOP_PORT : SINGLE_HOP_PORT;
  }

  /** The TTL / Hop Limit sent: keepalived's ttl for IPv4, hoplimit for IPv6. */
  int sendHops() {
    return ipv6() ? row.hoplimit() : row.ttl();
  }

  /**
   * RFC 5881 section 5 (GTSM) as keepalived extends it with max_hops: a packet that crossed more
   * than max_hops routers (received TTL below the sent one minus max_hops) is discarded; an
   * unknown TTL (-1) is let through, as keepalived does with no control message.
   */
  boolean ttlAcceptable(int received) {
    return received < 0 || received + row.maxHops() >= sendHops();
  }

  void sent() {
    ctrlPktOut++;
  }

  /** A valid packet came, with the remote's diagnostic. */
  void received(int diag) {
    ctrlPktIn++;
    remoteDiag = diag;
  }

  /** The Diagnostic of the last valid packet from the remote (for the log). */
  int remoteDiag() {
    return remoteDiag;
  }

  void dropped(Instant now) {
    ctrlPktDrop++;
    ctrlPktDropLastAt = now;
  }

  /** Keeps the bfdSessPerfTable times and counts of a state change. */
  void changed(BfdAction.StateChanged c, Instant now) {
    if (auth != null && c.diag() == BfdDiag.CONTROL_DETECTION_TIME_EXPIRED) {
      auth.forgetSequence(); // the remote may have restarted with a new sequence
    }
    if (c.to() == BfdState.UP) {
      upCount++;
      upSince = now;
    } else if (c.from() == BfdState.UP) {
      lastDownAt = now;
      lastCommLostDiag = c.diag();
      upSince = null;
    }
  }

  /** The row published in bfdSessTable / bfdSessPerfTable. */
  BfdSessState snapshot() {
    long remote = fsm.remoteDiscriminator();
    Duration negotiated = remote == 0 ? Duration.ZERO : fsm.transmitInterval();
    return new BfdSessState(fsm.sessionState(), remote, remote != 0, fsm.localDiag(),
        negotiated, Duration.ZERO, remote == 0 ? 0 : fsm.remoteDetectMult(), upSince, lastDownAt,
        lastCommLostDiag, upCount, ctrlPktIn, ctrlPktOut, ctrlPktDrop, ctrlPktDropLastAt,
        fsm.localDiscriminator(), sender == null ? 0 : sender.localPort());
  }
}
