package org.jkeepalived.linux.ipvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jkeepalived.linux.NetnsLab;
import org.jkeepalived.linux.netns.NetNamespace;
import org.jkeepalived.testkit.Netns;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * On a kernel without ip_vs (this machine's: CONFIG_IP_VS is unset), opening IPVS fails with the
 * clear "unavailable" error keepalived's startup turns into an exit, after trying {@code modprobe
 * ip_vs} as keepalived does. The real kernel's answers are NetlinkIpvsControlGuestIT's (qemu).
 */
class NetlinkIpvsControlIT {
  private static void assumeNoIpvs() {
    Assumptions.assumeFalse(Files.exists(Path.of("/proc/net/ip_vs")),
        "this kernel has IPVS: the unavailable path cannot be seen here");
  }

  @Test
  void openingIpvsOnAKernelWithoutItSaysUnavailable() {
    NetnsLab.assumeRootAndNative();
    assumeNoIpvs();
    assertThatThrownBy(NetlinkIpvsControl::open)
        .isInstanceOf(IpvsException.class)
        .hasMessageStartingWith("IPVS is not available: the kernel has no generic netlink family"
            + " IPVS (module ip_vs not loaded; ")
        .hasMessageContaining("modprobe -s -- ip_vs exited")
        .satisfies(e -> assertThat(((IpvsException) e).errno()).isZero());
  }

  @Test
  void openingIpvsOfANamespaceSaysUnavailableToo() {
    NetnsLab.assumeRootAndNative();
    assumeNoIpvs();
    try (Netns ns = Netns.create("ipvs")) {
      assertThatThrownBy(() -> NetlinkIpvsControl.open(NetNamespace.named(ns.name())))
          .isInstanceOf(IpvsException.class)
          .hasMessageStartingWith("IPVS is not available: ");
    }
  }

  @Test
  void aMissingNamespaceIsAClearErrorNotUnavailable() {
    NetnsLab.assumeRootAndNative();
    NetNamespace missing = NetNamespace.named(org.jkeepalived.testkit.RigNames.next("none"));
    assertThatThrownBy(() -> NetlinkIpvsControl.open(missing))
        .isInstanceOf(IpvsException.class)
        .hasMessageContaining("network namespace " + missing.name());
  }
}
