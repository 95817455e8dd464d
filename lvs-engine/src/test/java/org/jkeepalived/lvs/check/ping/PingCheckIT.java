package org.jkeepalived.lvs.check.ping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.jkeepalived.linux.netns.NetNamespace;
import org.jkeepalived.lvs.check.CheckId;
import org.jkeepalived.lvs.check.CheckSpec;
import org.jkeepalived.lvs.check.CheckerPorts;
import org.jkeepalived.lvs.check.NettyHealthChecks;
import org.jkeepalived.lvs.check.Specs;
import org.jkeepalived.lvs.check.Verdicts;
import org.jkeepalived.lvs.check.net.Transport;
import org.jkeepalived.mibs.config.lvs.CheckerConfig;
import org.jkeepalived.testkit.Netns;
import org.junit.jupiter.api.Test;

/**
 * PING_CHECK in a network namespace the test makes: the ICMP socket is opened inside it, with
 * 198.18.77.1 and fd00:77::1 on its loopback. Echoes answered: up; echoes ignored
 * (icmp_echo_ignore_all): down after connect_timeout; a blackholed target: down.
 */
class PingCheckIT {
  private static Verdicts.Heard ping(Netns ns, String target, boolean alpha) throws Exception {
    NetNamespace inside = NetNamespace.named(ns.name());
    IcmpSockets sockets = v6 -> {
      try {
        return inside.call(() -> IcmpSockets.system().open(v6));
      } catch (org.jkeepalived.linux.ffi.ErrnoException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    };
    Verdicts heard = new Verdicts();
    try (NettyHealthChecks checks = new NettyHealthChecks(heard,
        CheckerPorts.none().withIcmp(sockets), Transport.best(), 1)) {
      checks.run(List.of(new CheckSpec(new CheckId("rs", 0), "vs", "FWM 1", null, InetAddress.getByName(target),
          0, null, null, new CheckerConfig.PingCheck(Specs.connection(Duration.ofMillis(800)),
              Specs.fast(0, alpha)))));
      return heard.next(Duration.ofSeconds(5));
    }
  }

  @Test
  void echoAnsweredIgnoredAndBlackholed() throws Exception {
    assumeTrue(Netns.available(), Netns.unavailableReason());
    assumeTrue(Transport.best().epoll(), "PING_CHECK needs Netty's epoll transport");
    try (Netns ns = Netns.create("ping")) {
      ns.noDad();
      ns.ip("addr", "add", "198.18.77.1/32", "dev", "lo");
      ns.ip("addr", "add", "fd00:77::1/128", "dev", "lo");
      ns.ip("route", "add", "blackhole", "198.18.77.9/32");
      assertThat(ping(ns, "198.18.77.1", true).verdict().up()).isTrue();
      assertThat(ping(ns, "fd00:77::1", true).verdict().up()).isTrue();
      assertThat(ping(ns, "198.18.77.9", false).verdict().up()).isFalse();
      ns.sysctl("net.ipv4.icmp_echo_ignore_all=1");
      Verdicts.Heard v = ping(ns, "198.18.77.1", false);
      assertThat(v.verdict().up()).isFalse();
      assertThat(v.verdict().reason()).isEqualTo(
          "ICMP connection to address [198.18.77.1]:none:0 timeout.");
    }
  }
}
