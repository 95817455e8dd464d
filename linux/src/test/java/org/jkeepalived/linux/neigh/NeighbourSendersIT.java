package org.jkeepalived.linux.neigh;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import org.jkeepalived.linux.NetnsLab;
import org.jkeepalived.linux.ffi.Interfaces;
import org.jkeepalived.linux.ffi.LinuxConstants;
import org.jkeepalived.linux.raw.NativeRawIpSocket;
import org.jkeepalived.linux.raw.RawDatagram;
import org.jkeepalived.linux.raw.RawIpSocket;
import org.jkeepalived.linux.raw.RawSocketConfig;
import org.jkeepalived.linux.rtnl.LinkInfo;
import org.jkeepalived.linux.rtnl.NetlinkLinkMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Gratuitous ARP and unsolicited NA from jkln5, seen in jkln6 (root). */
class NeighbourSendersIT {
  private static NetnsLab lab;
  private static int ifA;
  private static int ifB;
  private static MacAddress macA;

  @BeforeAll
  static void setUp() throws Exception {
    NetnsLab.assumeRootAndNative();
    lab = NetnsLab.create();
    ifA = lab.a().call(() -> Interfaces.indexOf(lab.ifA));
    ifB = lab.b().call(() -> Interfaces.indexOf(lab.ifB));
    macA = lab.a().call(() -> {
      try (NetlinkLinkMonitor m = NetlinkLinkMonitor.open()) {
        LinkInfo l = m.links().stream().filter(x -> x.index() == ifA).findFirst().orElseThrow();
        return MacAddress.of(l.hardwareAddress());
      }
    });
  }

  @AfterAll
  static void tearDown() {
    if (lab != null) {
      lab.close();
    }
  }

  @Test
  void gratuitousArpFromOneNamespaceIsReceivedInTheOther() throws Exception {
    Inet4Address vip = (Inet4Address) InetAddress.getByName(lab.v4(100));
    try (PacketSocket rx = lab.b().call(() ->
            PacketSocket.openReceiver(LinuxConstants.ETH_P_ARP, ifB));
        GratuitousArpSender tx = lab.a().call(PacketArpSender::open)) {
      tx.announce(ifA, macA, vip);
      ArpPacket got = null;
      Instant deadline = Instant.now().plusSeconds(3);
      while (got == null && Instant.now().isBefore(deadline)) {
        byte[] frame = rx.receive(Duration.between(Instant.now(), deadline));
        if (frame != null) {
          ArpPacket p = ArpCodec.decode(frame);
          got = p.senderProtocol().equals(vip) ? p : null;
        }
      }
      assertThat(got).isEqualTo(ArpPacket.gratuitous(ArpPacket.REQUEST, macA, vip));
      // The peer learns nothing from a GARP for an address it has no entry for, but the frame
      // itself must be exactly what keepalived sends.
    }
  }

  @Test
  void unsolicitedNaReachesAllNodesWithHopLimit255() throws Exception {
    Inet6Address vip = (Inet6Address) InetAddress.getByName(lab.v6(100));
    RawSocketConfig icmp = RawSocketConfig.vrrp(true, lab.ifB)
        .withProtocol(LinuxConstants.IPPROTO_ICMPV6);
    try (RawIpSocket rx = lab.b().call(() -> NativeRawIpSocket.open(icmp));
        UnsolicitedNaSender tx = lab.a().call(IcmpNaSender::open)) {
      NeighborAdvertisement na = NeighborAdvertisement.unsolicited(vip, macA, false);
      tx.send(ifA, na);
      RawDatagram got = null;
      Instant deadline = Instant.now().plusSeconds(3);
      while (got == null && Instant.now().isBefore(deadline)) {
        RawDatagram d = rx.receive(Duration.between(Instant.now(), deadline));
        if (d != null && d.payload().length > 0
            && (d.payload()[0] & 0xff) == NeighborAdvertisementCodec.TYPE) {
          got = d;
        }
      }
      assertThat(got).isNotNull();
      assertThat(got.hopLimit()).isEqualTo(255);
      assertThat(got.destination()).isEqualTo(InetAddress.getByName("ff02::1"));
      assertThat(got.source().isLinkLocalAddress()).isTrue();
      assertThat(NeighborAdvertisementCodec.decode(got.payload())).isEqualTo(na);
    }
  }
}
