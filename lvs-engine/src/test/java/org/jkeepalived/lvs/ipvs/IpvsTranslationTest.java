package org.jkeepalived.lvs.ipvs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.jkeepalived.linux.ipvs.IpvsDestination;
import org.jkeepalived.linux.ipvs.IpvsServiceKey;
import org.jkeepalived.mibs.config.lvs.Forwarding;
import org.jkeepalived.mibs.config.lvs.ForwardingMethod;
import org.jkeepalived.mibs.config.lvs.TunnelChecksum;
import org.jkeepalived.mibs.config.lvs.TunnelType;
import org.jkeepalived.mibs.config.lvs.VsgRange;
import org.junit.jupiter.api.Test;

/** The pure parts of the translation: range expansion and destination ports. */
class IpvsTranslationTest {
  @Test
  void ipv4RangesCountTheWholeAddressUp() {
    assertThat(IpvsTranslation.expand(new VsgRange(addr("198.18.3.254"), addr("198.18.4.1"), 80)))
        .extracting(InetAddress::getHostAddress)
        .containsExactly("198.18.3.254", "198.18.3.255", "198.18.4.0", "198.18.4.1");
  }

  @Test
  void ipv6RangesCountTheLastSixteenBits() {
    assertThat(IpvsTranslation.expand(new VsgRange(addr("fd00::fffe"), addr("fd00::ffff"), 80)))
        .extracting(InetAddress::getHostAddress)
        .containsExactly("fd00:0:0:0:0:0:0:fffe", "fd00:0:0:0:0:0:0:ffff");
  }

  @Test
  void aSingleAddressIsOneService() {
    assertThat(IpvsTranslation.expand(new VsgRange(addr("198.18.3.1"), addr("198.18.3.1"), 0)))
        .hasSize(1);
  }

  @Test
  void onlyNatChangesTheDestinationPort() {
    IpvsServiceKey svc = IpvsServiceKey.of(6, addr("198.18.2.10"), 80);
    IpvsServiceKey mark = IpvsServiceKey.fwmark(IpvsServiceKey.AF_INET, 3);
    InetAddress rs = addr("198.18.2.21");
    assertThat(IpvsTranslation.destination(svc, rs, 8080, Forwarding.NAT, 1, 0, 0).key().port())
        .isEqualTo(8080);
    assertThat(IpvsTranslation.destination(svc, rs, 8080, Forwarding.DR, 1, 0, 0).key().port())
        .isEqualTo(80);
    assertThat(IpvsTranslation.destination(mark, rs, 8080, Forwarding.DR, 1, 0, 0).key().port())
        .isZero();
    assertThat(IpvsTranslation.destination(mark, rs, 8080, Forwarding.NAT, 1, 0, 0).key().port())
        .isEqualTo(8080);
  }

  @Test
  void tunnelOptionsOnlyWithTun() {
    IpvsServiceKey svc = IpvsServiceKey.of(6, addr("198.18.2.10"), 80);
    Forwarding gre = new Forwarding(ForwardingMethod.TUN, TunnelType.GRE, 0, TunnelChecksum.REMCSUM);
    IpvsDestination d = IpvsTranslation.destination(svc, addr("fd00::21"), 80, gre, 3, 0, 0);
    assertThat(d.forwarding()).isEqualTo(IpvsDestination.FWD_TUNNEL);
    assertThat(d.family()).isEqualTo(IpvsServiceKey.AF_INET6);
    assertThat(d.tunnelType()).isEqualTo(2);
    assertThat(d.tunnelFlags()).isEqualTo(2);
    IpvsDestination nat = IpvsTranslation.destination(svc, addr("198.18.2.21"), 80,
        new Forwarding(ForwardingMethod.NAT, TunnelType.GUE, 6080, TunnelChecksum.CSUM), 3, 0, 0);
    assertThat(nat.tunnelType()).isZero();
    assertThat(nat.tunnelPort()).isZero();
  }

  private static InetAddress addr(String a) {
    try {
      return InetAddress.getByName(a);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
