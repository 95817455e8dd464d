package org.jkeepalived.conf.kw.vrrp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jkeepalived.conf.ParseResult;
import org.jkeepalived.conf.kw.Parsed;
import org.jkeepalived.mibs.config.BfdInstanceConfig;
import org.jkeepalived.mibs.config.TrackFileConfig;
import org.jkeepalived.mibs.config.TrackProcessConfig;
import org.jkeepalived.mibs.config.VrrpScriptConfig;
import org.junit.jupiter.api.Test;

class TrackerTablesTest {
  private static final String CONF =
      String.join(
          "\n",
          "vrrp_script chk {",
          "  script \"/bin/check 'a b' c\"",
          "  interval 2",
          "  weight -20 reverse",
          "  rise 2",
          "  fall 3",
          "  user nobody nogroup",
          "  init_fail",
          "}",
          "track_file tf {",
          "  file /run/tf",
          "  weight -5",
          "  init_file 3 overwrite",
          "}",
          "vrrp_track_process tp {",
          "  process sshd -D",
          "  param_match partial",
          "  quorum 1",
          "  quorum_max 2",
          "  delay 0.5",
          "  full_command",
          "}",
          "bfd_instance b1 {",
          "  neighbor_ip 198.18.5.5",
          "  source_ip 198.18.5.1",
          "  min_rx 50",
          "  min_tx 50.5",
          "  multiplier 3",
          "  weight 10",
          "  vrrp",
          "}",
          "garp_group {",
          "  garp_interval 0.001",
          "  interfaces {",
          "    eth0",
          "    eth1",
          "  }",
          "}",
          "");

  @Test
  void trackersAreReadWithTheirDefaults() {
    ParseResult r = Parsed.parse(CONF);
    assertThat(Parsed.messages(r)).isEmpty();
    VrrpScriptConfig s = r.config().vrrpScripts().get("chk");
    assertThat(s.script().command()).containsExactly("/bin/check", "a b", "c");
    assertThat(s.script().user()).isEqualTo("nobody");
    assertThat(s.script().group()).isEqualTo("nogroup");
    assertThat(s.interval()).isEqualTo(Duration.ofSeconds(2));
    assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(s.weight()).isEqualTo(-20);
    assertThat(s.reverse()).isTrue();
    assertThat(s.rise()).isEqualTo(2);
    assertThat(s.fall()).isEqualTo(3);
    assertThat(s.initFail()).isTrue();

    TrackFileConfig f = r.config().trackFiles().get("tf");
    assertThat(f.file()).isEqualTo("/run/tf");
    assertThat(f.weight()).isEqualTo(-5);
    assertThat(f.initFile()).isTrue();
    assertThat(f.initValue()).isEqualTo(3);
    assertThat(f.initOverwrite()).isTrue();

    TrackProcessConfig p = r.config().trackProcesses().get("tp");
    assertThat(p.process()).containsExactly("sshd", "-D");
    assertThat(p.paramMatch()).isEqualTo(TrackProcessConfig.ParamMatch.PARTIAL);
    assertThat(p.weight()).isEqualTo(1);
    assertThat(p.quorumMax()).isEqualTo(2);
    assertThat(p.forkDelay()).isEqualTo(Duration.ofMillis(500));
    assertThat(p.terminateDelay()).isEqualTo(Duration.ofMillis(500));
    assertThat(p.fullCommand()).isTrue();

    BfdInstanceConfig b = r.config().bfdInstances().get("b1");
    assertThat(b.neighbor().getHostAddress()).isEqualTo("198.18.5.5");
    assertThat(b.minRx()).isEqualTo(Duration.ofMillis(50));
    assertThat(b.minTx()).isEqualTo(Duration.ofNanos(50_500_000));
    assertThat(b.idleTx()).isEqualTo(Duration.ofSeconds(1));
    assertThat(b.multiplier()).isEqualTo(3);
    assertThat(b.toVrrp()).isTrue();
    assertThat(b.toChecker()).isFalse();

    assertThat(r.config().garpGroups().get(0).interfaces()).containsExactly("eth0", "eth1");
    assertThat(r.config().garpGroups().get(0).garpInterval()).isEqualTo(Duration.ofMillis(1));
  }

  @Test
  void incompleteTrackersAreRemovedWithKeepalivedMessages() {
    ParseResult r =
        Parsed.parse("track_file F1 {\n  weight 3\n}\nvrrp_track_process P1 {\n  quorum 2\n}\n"
            + "bfd_instance B1 {\n  min_rx 20\n}\n");
    assertThat(Parsed.rendered(r))
        .containsExactly(
            "(test.conf: Line 3) No file set for track_file F1 - ignoring",
            "(test.conf: Line 6) track process 'P1' process name not specified",
            "(test.conf: Line 9) Configuration error: BFD instance B1 has no neighbor address set, disabling instance");
    assertThat(r.config().trackFiles()).isEmpty();
    assertThat(r.config().trackProcesses()).isEmpty();
    assertThat(r.config().bfdInstances()).isEmpty();
  }

  @Test
  void unicastWithVmacForcesXmitBaseAtTheClosingLine() {
    ParseResult r =
        Parsed.parse(
            "vrrp_instance VI_1 {\n interface eth0\n virtual_router_id 10\n unicast_peer {\n 198.18.0.2\n }\n"
                + " use_vmac\n virtual_ipaddress {\n 198.18.0.100/24\n }\n}\n");
    assertThat(Parsed.rendered(r))
        .containsExactly("(test.conf: Line 11) (VI_1) unicast with use_vmac requires vmac_xmit_base - setting");
    assertThat(r.config().vrrpInstances().get(0).vmac().xmitBase()).isTrue();
  }
}
