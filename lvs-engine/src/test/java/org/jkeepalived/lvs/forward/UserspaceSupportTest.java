package org.jkeepalived.lvs.forward;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.jkeepalived.linux.ipvs.IpvsCounters;
import org.jkeepalived.linux.ipvs.IpvsDestination;
import org.jkeepalived.linux.ipvs.IpvsService;
import org.jkeepalived.linux.ipvs.IpvsServiceKey;
import org.junit.jupiter.api.Test;

/** What -t reports as needing kernel IPVS, and what the forwarder takes. */
class UserspaceSupportTest {
  static final InetAddress LO = InetAddress.getLoopbackAddress();

  static IpvsService svc(IpvsServiceKey key, String sched, int flags, String pe) {
    return new IpvsService(key, sched, flags, 0, 0, pe, IpvsCounters.ZERO);
  }

  @Test
  void tcpAndUdpServicesWithEveryKernelSchedulerAreSupported() {
    for (String s : new String[] {"rr", "wrr", "lc", "wlc", "sed", "nq", "sh", "dh", "mh", "fo",
        "ovf", "lblc", "lblcr"}) {
      assertThat(UserspaceSupport.unsupported(svc(IpvsServiceKey.of(6, LO, 80), s, 0, null)))
          .isEmpty();
    }
    assertThat(UserspaceSupport.unsupported(svc(IpvsServiceKey.of(17, LO, 53), "sh",
        IpvsService.F_SCHED1 | IpvsService.F_PERSISTENT, null))).isEmpty();
  }

  @Test
  void whatNeedsTheKernelIsNamed() {
    assertThat(UserspaceSupport.unsupported(svc(IpvsServiceKey.fwmark(2, 1), "rr", 0, null)))
        .get().asString().contains("fwmark");
    assertThat(UserspaceSupport.unsupported(svc(IpvsServiceKey.of(132, LO, 80), "rr", 0, null)))
        .get().asString().contains("protocol 132");
    assertThat(UserspaceSupport.unsupported(svc(IpvsServiceKey.of(6, LO, 0), "rr", 0, null)))
        .get().asString().contains("port 0");
    assertThat(UserspaceSupport.unsupported(svc(IpvsServiceKey.of(17, LO, 5060), "rr",
        IpvsService.F_ONEPACKET, null))).get().asString().contains("ops");
    assertThat(UserspaceSupport.unsupported(svc(IpvsServiceKey.of(17, LO, 5060), "rr", 0, "sip")))
        .get().asString().contains("sip");
    InetSocketAddress rs = new InetSocketAddress(LO, 80);
    assertThat(UserspaceSupport.unsupported(Services.dest(rs, 1, IpvsDestination.FWD_DROUTE)))
        .get().asString().contains("DR");
    assertThat(UserspaceSupport.unsupported(Services.dest(rs, 1, IpvsDestination.FWD_TUNNEL)))
        .get().asString().contains("TUN");
    assertThat(UserspaceSupport.unsupported(Services.dest(rs, 1, IpvsDestination.FWD_MASQ)))
        .isEmpty();
  }
}
