package org.jkeepalived.vrrp.instance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import org.jkeepalived.vrrp.packet.PacketContext;
import org.junit.jupiter.api.Test;

/** keepalived's unicast checks before decoding: check_unicast_src and a peer's TTL range. */
class ReceivePolicyTest {
  private static InetAddress ip(String s) throws Exception {
    return InetAddress.getByName(s);
  }

  private static PacketContext from(String source, int ttl) throws Exception {
    return new PacketContext(ip(source), ip("198.18.7.1"), ttl, 112); // IPPROTO_VRRP
  }

  @Test
  void withoutPeersEveryAdvertMayBeDecoded() throws Exception {
    assertThat(ReceivePolicy.ANY.check(from("198.18.7.9", 1))).isEmpty();
    assertThat(new ReceivePolicy(List.of(), true).check(from("198.18.7.9", 255))).isEmpty();
  }

  @Test
  void checkUnicastSrcDropsAStrangerOnly() throws Exception {
    ReceivePolicy p = new ReceivePolicy(List.of(
        new ReceivePolicy.Peer(ip("198.18.7.2"), null, null),
        new ReceivePolicy.Peer(ip("198.18.7.3"), null, null)), true);
    assertThat(p.check(from("198.18.7.3", 64))).isEmpty();
    assertThat(p.check(from("198.18.7.9", 64))).contains(ReceivePolicy.Rejection.UNKNOWN_SOURCE);
    ReceivePolicy open = new ReceivePolicy(p.peers(), false);
    assertThat(open.check(from("198.18.7.9", 64))).isEmpty();
  }

  @Test
  void aPeersTtlRangeBoundsItsAdvertsInclusively() throws Exception {
    ReceivePolicy p = new ReceivePolicy(List.of(
        new ReceivePolicy.Peer(ip("198.18.7.2"), 250, 254)), false);
    assertThat(p.check(from("198.18.7.2", 250))).isEmpty();
    assertThat(p.check(from("198.18.7.2", 254))).isEmpty();
    assertThat(p.check(from("198.18.7.2", 249))).contains(ReceivePolicy.Rejection.TTL);
    assertThat(p.check(from("198.18.7.2", 255))).contains(ReceivePolicy.Rejection.TTL);
  }
}
