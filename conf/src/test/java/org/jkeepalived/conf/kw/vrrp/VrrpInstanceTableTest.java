package org.jkeepalived.conf.kw.vrrp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jkeepalived.conf.ParseResult;
import org.jkeepalived.conf.kw.Parsed;
import org.jkeepalived.mibs.config.Authentication;
import org.jkeepalived.mibs.config.InitialState;
import org.jkeepalived.mibs.config.TrackRef;
import org.jkeepalived.mibs.config.VirtualAddress;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.junit.jupiter.api.Test;

class VrrpInstanceTableTest {
  private static VrrpInstanceConfig only(ParseResult r) {
    assertThat(r.config().vrrpInstances()).hasSize(1);
    return r.config().vrrpInstances().get(0);
  }

  @Test
  void readsACompleteInstance() {
    ParseResult r =
        Parsed.parse(
            String.join(
                "\n",
                "vrrp_script chk { ",
                "  script \"/bin/true arg\"",
                "}",
                "vrrp_instance VI_1 {",
                "  state BACKUP",
                "  interface eth0",
                "  virtual_router_id 51",
                "  priority 150",
                "  advert_int 2",
                "  nopreempt",
                "  preempt_delay 4.5",
                "  use_vmac vrrp51 00:00:5e:00:01",
                "  vmac_xmit_base",
                "  authentication {",
                "    auth_type PASS",
                "    auth_pass secret",
                "  }",
                "  virtual_ipaddress {",
                "    198.18.0.1/24 brd + dev eth1 scope link label eth1:1",
                "    198.18.0.2 no_track",
                "  }",
                "  virtual_ipaddress_excluded {",
                "    fd00::5/64 dev eth2",
                "  }",
                "  unicast_src_ip 198.18.0.10",
                "  unicast_peer {",
                "    198.18.0.11 min_ttl 250 max_ttl 255",
                "  }",
                "  track_interface {",
                "    eth1 weight -10 reverse",
                "  }",
                "  track_script {",
                "    chk weight 5",
                "  }",
                "  notify_master \"/bin/up VI_1\" alice staff",
                "  garp_master_delay 2",
                "}"));
    assertThat(Parsed.messages(r)).isEmpty();
    VrrpInstanceConfig v = only(r);
    assertThat(v.name()).isEqualTo("VI_1");
    assertThat(v.state()).isEqualTo(InitialState.BACKUP);
    assertThat(v.interfaceName()).isEqualTo("eth0");
    assertThat(v.virtualRouterId()).isEqualTo(51);
    assertThat(v.priority()).isEqualTo(150);
    assertThat(v.advertInterval()).isEqualTo(Duration.ofSeconds(2));
    assertThat(v.version()).isEqualTo(2);
    assertThat(v.behaviour().preempt()).isFalse();
    assertThat(v.behaviour().preemptDelay()).isEqualTo(Duration.ofMillis(4500));
    assertThat(v.vmac().vmacName()).isEqualTo("vrrp51");
    assertThat(v.vmac().vmacMac()).isEqualTo("00:00:5e:00:01");
    assertThat(v.authentication()).isEqualTo(new Authentication(Authentication.Type.PASS, "secret"));
    VirtualAddress vip = v.virtualAddresses().get(0);
    assertThat(vip.address().prefixLength()).isEqualTo(24);
    assertThat(vip.broadcast().getHostAddress()).isEqualTo("198.18.0.255");
    assertThat(vip.dev()).isEqualTo("eth1");
    assertThat(vip.scope()).isEqualTo("link");
    assertThat(vip.label()).isEqualTo("eth1:1");
    assertThat(v.virtualAddresses().get(1).noTrack()).isTrue();
    assertThat(v.excludedAddresses().get(0).address().isIpv6()).isTrue();
    assertThat(v.transport().sourceAddress().getHostAddress()).isEqualTo("198.18.0.10");
    assertThat(v.transport().unicastPeers().get(0).minTtl()).isEqualTo(250);
    assertThat(v.transport().checkUnicastSrc()).isTrue();
    assertThat(v.tracking().interfaces()).containsExactly(new TrackRef("eth1", -10, true));
    assertThat(v.tracking().scripts()).containsExactly(new TrackRef("chk", 5, false));
    assertThat(v.notifyScripts().master().command()).containsExactly("/bin/up", "VI_1");
    assertThat(v.notifyScripts().master().user()).isEqualTo("alice");
    assertThat(v.notifyScripts().master().group()).isEqualTo("staff");
    assertThat(v.garp().masterDelay()).isEqualTo(Duration.ofSeconds(2));
    assertThat(v.garp().lowerPrioDelay()).isEqualTo(Duration.ofSeconds(2));
    assertThat(v.garp().masterRepeat()).isEqualTo(5);
  }

  @Test
  void badValuesAreReportedWithKeepalivedWordsAndDefaultsKept() {
    ParseResult r =
        Parsed.parse(
            String.join(
                "\n",
                "vrrp_instance VI_1 {",
                "  state FOO",
                "  interface lo",
                "  virtual_router_id 256",
                "  virtual_router_id 7",
                "  priority 300",
                "  advert_int 0",
                "  authentication {",
                "    auth_pass 12345678910",
                "  }",
                "  virtual_ipaddress {",
                "    198.18.0.1",
                "    fd00::1",
                "    198.18.0.300",
                "  }",
                "}"));
    assertThat(Parsed.rendered(r))
        .containsExactly(
            "(test.conf: Line 2) (VI_1) unknown state 'FOO', defaulting to BACKUP",
            "(test.conf: Line 3) (VI_1) cannot use a loopback interface (lo) for vrrp - ignoring",
            "(test.conf: Line 4) number '256' outside range [1, 255]",
            "(test.conf: Line 4) (VI_1): VRID '256' not valid - must be between 1 & 255",
            "(test.conf: Line 6) number '300' outside range [1, 255]",
            "(test.conf: Line 6) (VI_1) Priority not valid! must be between 1 & 255. Using default 100",
            "(test.conf: Line 7) number '0' outside range [0.010000, 255.000000]",
            "(test.conf: Line 7) (VI_1) Advert interval (0) not valid! Must be > 0 - ignoring",
            "(test.conf: Line 9) Truncating auth_pass to 8 characters",
            "(test.conf: Line 13) (VI_1): address family must match VRRP instance [fd00::1] - ignoring",
            "(test.conf: Line 14) VRRP parsed invalid IP 198.18.0.300. skipping IP...");
    VrrpInstanceConfig v = only(r);
    assertThat(v.virtualRouterId()).isEqualTo(7);
    assertThat(v.priority()).isEqualTo(100);
    assertThat(v.advertInterval()).isEqualTo(Duration.ofSeconds(1));
    assertThat(v.interfaceName()).isNull();
    assertThat(v.authentication().password()).isEqualTo("12345678");
    assertThat(v.virtualAddresses()).hasSize(1);
  }

  @Test
  void missingInterfacesAreWarnedAtTheirLinesAndSummarised() {
    ParseResult r =
        Parsed.parse(
            String.join(
                "\n",
                "vrrp_instance VI_1 {",
                "  interface eth0.1",
                "  virtual_router_id 7",
                "  track_interface {",
                "    eth7",
                "  }",
                "  virtual_ipaddress {",
                "    198.18.0.1 dev eth8",
                "  }",
                "}"));
    assertThat(Parsed.rendered(r))
        .containsExactly(
            "(test.conf: Line 2) WARNING - interface eth0.1 for vrrp_instance VI_1 doesn't exist",
            "(test.conf: Line 5) (VI_1) tracked interface eth7 doesn't exist",
            "(test.conf: Line 8) WARNING - interface eth8 for ip address 198.18.0.1 doesn't exist",
            "Non-existent interface specified in configuration");
    assertThat(r.exitCode()).isEqualTo(5);
  }

  @Test
  void deprecatedLvsSyncDaemonInterfaceIsWarnedTwice() {
    ParseResult r =
        Parsed.parse(
            "vrrp_instance VI_1 {\n interface eth0\n virtual_router_id 3\n"
                + " lvs_sync_daemon_interface eth1\n virtual_ipaddress {\n 198.18.0.1\n }\n}\n");
    assertThat(Parsed.rendered(r))
        .containsExactly(
            "(test.conf: Line 4) (VI_1) Specifying lvs_sync_daemon_interface against a vrrp is deprecated.",
            "(test.conf: Line 4)         Please use global lvs_sync_daemon");
  }
}
