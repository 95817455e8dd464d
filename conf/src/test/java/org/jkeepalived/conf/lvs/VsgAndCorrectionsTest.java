package org.jkeepalived.conf.lvs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import org.jkeepalived.mibs.config.lvs.IpFamily;
import org.jkeepalived.mibs.config.lvs.LvsProtocol;
import org.jkeepalived.mibs.config.lvs.IpvsScheduler;
import org.jkeepalived.mibs.config.lvs.VirtualServerConfig;
import org.jkeepalived.mibs.config.lvs.VirtualServerGroup;
import org.jkeepalived.mibs.config.lvs.VsgFwmark;
import org.jkeepalived.mibs.config.lvs.VsgRange;
import org.junit.jupiter.api.Test;

class VsgAndCorrectionsTest {
  private static InetAddress ip(String s) throws Exception {
    return InetAddress.getByName(s);
  }

  @Test
  void groupEntriesCoverEveryRangeForm() throws Exception {
    var p = LvsTestSupport.parse("""
        virtual_server_group G {
          198.18.2.1-10 80
          198.18.2.250-198.18.3.10 80
          198.18.4.9/29 81
          fd00::1-ff 80
          198.18.5.1
          fwmark 3
          fwmark 4 inet6
        }
        """);
    assertThat(p.messages()).isEmpty();
    VirtualServerGroup g = p.lvs().group("G");
    assertThat(g.ranges()).containsExactly(
        new VsgRange(ip("198.18.2.1"), ip("198.18.2.10"), 80),
        new VsgRange(ip("198.18.2.250"), ip("198.18.3.10"), 80),
        new VsgRange(ip("198.18.4.8"), ip("198.18.4.15"), 81),
        new VsgRange(ip("fd00::1"), ip("fd00::ff"), 80),
        new VsgRange(ip("198.18.5.1"), ip("198.18.5.1"), 0));
    assertThat(g.fwmarks()).containsExactly(new VsgFwmark(3, null), new VsgFwmark(4, IpFamily.INET6));
  }

  @Test
  void protocolDefaultsToUdpAndSchedulerToWlcWithKeepalivedsWords() {
    var p = LvsTestSupport.parse("""
        virtual_server 198.18.1.1 80 {
          real_server 198.18.1.2 80 {
          }
        }
        """);
    assertThat(p.messages()).containsExactly(
        "Virtual server [198.18.1.1]:none:80: no protocol set - defaulting to UDP",
        "Virtual server [198.18.1.1]:udp:80: no scheduler set, setting default 'wlc'",
        "Virtual server [198.18.1.1]:udp:80: no forwarding method set, setting default NAT");
    VirtualServerConfig vs = p.lvs().virtualServers().get(0);
    assertThat(vs.protocol()).isEqualTo(LvsProtocol.UDP);
    assertThat(vs.scheduler()).isEqualTo(IpvsScheduler.WLC);
    assertThat(p.result().exitCode()).isEqualTo(5);
  }

  @Test
  void fwmarkProtocolIsDroppedWithAWarningWithoutALine() {
    var p = LvsTestSupport.parse("""
        virtual_server fwmark 1 {
          protocol TCP
          lb_algo rr
          lb_kind NAT
          real_server 198.18.1.2 80 {
          }
        }
        """);
    assertThat(p.messages()).containsExactly(
        "Warning: Virtual server FWM 1: protocol specified for fwmark - protocol will be ignored");
    assertThat(p.lvs().virtualServers().get(0).protocol()).isNull();
  }

  @Test
  void quorumIsReducedToTheTotalWeightAndHysteresisBelowIt() {
    var p = LvsTestSupport.parse("""
        virtual_server 198.18.1.1 80 {
          protocol TCP
          lb_algo rr
          lb_kind NAT
          quorum 10
          hysteresis 6
          real_server 198.18.1.2 80 {
            weight 2
          }
          real_server 198.18.1.3 80 {
            weight 4
          }
        }
        """);
    assertThat(p.messages()).containsExactly(
        "Warning - quorum 10 for [198.18.1.1]:tcp:80 exceeds total weight of real servers 6, "
            + "reducing quorum to 6",
        "Virtual server [198.18.1.1]:tcp:80: hysteresis 6 >= quorum 6; setting hysteresis to 5");
    VirtualServerConfig vs = p.lvs().virtualServers().get(0);
    assertThat(vs.quorum()).isEqualTo(6);
    assertThat(vs.hysteresis()).isEqualTo(5);
  }

  @Test
  void weightsOutsideTheIpvsRangeAreRefusedAndTheDefaultKept() {
    var p = LvsTestSupport.parse("""
        virtual_server 198.18.1.1 80 {
          protocol TCP
          lb_algo rr
          lb_kind NAT
          real_server 198.18.1.2 80 {
            weight 2147483648
          }
        }
        """);
    assertThat(p.messages()).containsExactly(
        "(t.conf: Line 6) number '2147483648' outside range [0, 2147483647]",
        "(t.conf: Line 6) Real server weight 2147483648 is outside range 0-2147483647");
    assertThat(p.lvs().virtualServers().get(0).realServers().get(0).weight()).isEqualTo(1);
  }

  @Test
  void duplicateRealServersAndDrPortsAreCorrected() {
    var p = LvsTestSupport.parse("""
        virtual_server 198.18.1.1 80 {
          protocol TCP
          lb_algo rr
          lb_kind DR
          real_server 198.18.1.2 81 {
          }
          real_server 198.18.1.2 81 {
          }
          real_server 198.18.1.3 {
          }
        }
        """);
    assertThat(p.messages()).containsExactly(
        "VS [198.18.1.1]:tcp:80: real server [198.18.1.2]:tcp:81 is duplicated - removing second rs",
        "WARNING - virtual server [198.18.1.1]:tcp:80 and real server [198.18.1.2]:tcp:81 ports "
            + "don't match - resetting");
    List<Integer> ports = p.lvs().virtualServers().get(0).realServers().stream()
        .map(r -> r.port()).toList();
    assertThat(ports).containsExactly(80, 80);
  }

  @Test
  void checkScriptsWithoutScriptSecurityAreASecurityViolation() {
    var p = LvsTestSupport.parse("""
        virtual_server 198.18.1.1 80 {
          protocol TCP
          lb_algo rr
          lb_kind NAT
          real_server 198.18.1.2 80 {
            MISC_CHECK {
              misc_path /bin/true
            }
          }
        }
        """);
    assertThat(p.messages()).containsExactly(
        "SECURITY VIOLATION - check scripts are being executed but script_security not enabled.");
    assertThat(p.result().exitCode()).isEqualTo(6);
  }
}
