package org.jkeepalived.conf.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jkeepalived.conf.ParseResult;
import org.jkeepalived.conf.host.FakeHostInfo;
import org.jkeepalived.conf.kw.Parsed;
import org.jkeepalived.mibs.config.Authentication;
import org.jkeepalived.mibs.config.InitialState;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.junit.jupiter.api.Test;

/** keepalived's post-parse corrections, each against what keepalived 2.2.7 printed. */
class CorrectionsTest {
  private static String instance(String name, String body) {
    return "vrrp_instance " + name + " {\n interface eth0\n" + body + "\n}\n";
  }

  private static VrrpInstanceConfig vi(ParseResult r, int i) {
    return r.config().vrrpInstances().get(i);
  }

  @Test
  void ipv6VipsForceVersion3Silently() {
    ParseResult r =
        Parsed.parse(instance("VI_3", " virtual_router_id 7\n version 2\n virtual_ipaddress {\n fd00::3\n }"));
    assertThat(vi(r, 0).version()).isEqualTo(3);
    assertThat(vi(r, 0).ipv6()).isTrue();
    assertThat(Parsed.messages(r)).isEmpty();
  }

  @Test
  void masterWithoutPriorityIsAddressOwner() {
    ParseResult r =
        Parsed.parse(instance("VI_1", " state MASTER\n virtual_router_id 5\n virtual_ipaddress {\n 198.18.0.1\n }"));
    assertThat(vi(r, 0).priority()).isEqualTo(255);
    assertThat(vi(r, 0).state()).isEqualTo(InitialState.MASTER);
    assertThat(Parsed.messages(r)).isEmpty();
  }

  @Test
  void ahAuthenticationClearsInitialMaster() {
    ParseResult r =
        Parsed.parse(
            instance(
                "VI_1",
                " state MASTER\n virtual_router_id 5\n priority 100\n nopreempt\n"
                    + " authentication {\n auth_type AH\n auth_pass 1234\n }\n"
                    + " virtual_ipaddress {\n 198.18.0.1\n }"));
    assertThat(Parsed.messages(r))
        .containsExactly("(VI_1) Initial state master is incompatible with AH authentication - clearing");
    assertThat(vi(r, 0).state()).isEqualTo(InitialState.BACKUP);
    assertThat(vi(r, 0).behaviour().preempt()).isFalse();
  }

  @Test
  void strictModeRulesInKeepalivedOrder() {
    ParseResult r =
        Parsed.parse(
            "global_defs {\n vrrp_strict\n}\n"
                + instance(
                    "VI_2",
                    " state MASTER\n virtual_router_id 6\n priority 100\n preempt_delay 4\n accept\n"
                        + " authentication {\n auth_type PASS\n auth_pass 1111\n }\n"
                        + " virtual_ipaddress {\n 198.18.0.2\n }"));
    assertThat(Parsed.messages(r))
        .containsExactly(
            "(VI_2) State MASTER must match being address owner",
            "(VI_2) Strict mode does not support authentication. Ignoring.",
            "(VI_2) preempt_delay is incompatible with strict mode - resetting",
            "(VI_2) warning - accept mode for VRRP version 2 does not comply with RFC3768 - resetting");
    VrrpInstanceConfig v = vi(r, 0);
    assertThat(v.state()).isEqualTo(InitialState.BACKUP);
    assertThat(v.authentication()).isEqualTo(Authentication.NONE);
    assertThat(v.behaviour().preemptDelay()).isZero();
    assertThat(v.behaviour().accept()).isFalse();
    assertThat(v.behaviour().strict()).isTrue();
    assertThat(v.behaviour().lowerPrioNoAdvert()).isTrue();
  }

  @Test
  void strictModeForcesAdvertBehaviour() {
    ParseResult r =
        Parsed.parse(
            "global_defs {\n vrrp_strict\n}\n"
                + instance(
                    "VI_4",
                    " virtual_router_id 8\n lower_prio_no_advert off\n higher_prio_send_advert\n"
                        + " virtual_ipaddress {\n fe80::1\n }"));
    assertThat(Parsed.messages(r))
        .containsExactly(
            "(VI_4) Strict mode requires no lower priority advert. resetting",
            "(VI_4) strict mode requires higher_prio_send_advert to be clear. resetting");
    assertThat(vi(r, 0).behaviour().lowerPrioNoAdvert()).isTrue();
    assertThat(vi(r, 0).behaviour().higherPrioSendAdvert()).isFalse();
  }

  @Test
  void secondInstanceOfTheSameNameIsSkippedWhole() {
    ParseResult r =
        Parsed.parse(
            instance("VI_2", " virtual_router_id 5\n virtual_ipaddress {\n 198.18.0.2\n }")
                + instance("VI_2", " virtual_router_id 300\n bogus\n"));
    assertThat(Parsed.rendered(r)).containsExactly("(test.conf: Line 8) vrrp instance VI_2 already defined");
    assertThat(r.config().vrrpInstances()).hasSize(1);
    assertThat(vi(r, 0).virtualRouterId()).isEqualTo(5);
  }

  @Test
  void ownerClearsNopreemptAndMasterClearsPreemptDelay() {
    ParseResult r =
        Parsed.parse(
            instance(
                "VI_3",
                " state MASTER\n virtual_router_id 7\n nopreempt\n preempt_delay 3\n"
                    + " virtual_ipaddress {\n 198.18.0.3\n }"));
    assertThat(Parsed.messages(r))
        .containsExactly(
            "(VI_3) nopreempt is incompatible with priority 255. resetting nopreempt",
            "(VI_3) Warning - preempt delay will not work with initial state MASTER - clearing");
    assertThat(vi(r, 0).behaviour().preempt()).isTrue();
    assertThat(vi(r, 0).behaviour().preemptDelay()).isZero();
  }

  @Test
  void advertIntervalRoundedPerVersion() {
    ParseResult r =
        Parsed.parse(
            instance("VI_1", " virtual_router_id 5\n advert_int 1.6\n virtual_ipaddress {\n 198.18.0.1\n }")
                + instance("VI_2", " virtual_router_id 6\n version 3\n advert_int 1.234\n virtual_ipaddress {\n 198.18.0.2\n }")
                + instance("VI_3", " virtual_router_id 7\n version 3\n advert_int 50\n virtual_ipaddress {\n 198.18.0.3\n }"));
    assertThat(Parsed.messages(r))
        .containsExactly(
            "(VI_1) VRRPv2 advertisement interval 1.600000s must be an integer. rounding",
            "(VI_2) VRRPv3 advertisement interval 1.234000s must be in units of 10ms - rounding",
            "(VI_3) VRRPv3 advertisement interval 50.00s is out of range. Must be less than 40.96s. Setting to 40.95s");
    assertThat(vi(r, 0).advertInterval()).isEqualTo(Duration.ofSeconds(2));
    assertThat(vi(r, 1).advertInterval()).isEqualTo(Duration.ofMillis(1230));
    assertThat(vi(r, 2).advertInterval()).isEqualTo(Duration.ofMillis(40950));
  }

  @Test
  void unresolvedTrackReferencesAreDroppedAtTheirLines() {
    ParseResult r =
        Parsed.parse(
            instance(
                "VI_4",
                " virtual_router_id 8\n track_script {\n nosuch\n }\n track_file {\n nofile weight 3\n }\n"
                    + " track_bfd {\n nobfd\n }\n virtual_ipaddress {\n 198.18.0.4\n }"));
    assertThat(Parsed.rendered(r))
        .containsExactly(
            "(test.conf: Line 5) (VI_4) track script nosuch not found, ignoring...",
            "(test.conf: Line 8) (VI_4) track file nofile not found, ignoring...",
            "(test.conf: Line 11) (VI_4) track bfd nobfd not found, ignoring...");
    assertThat(vi(r, 0).tracking().scripts()).isEmpty();
  }

  @Test
  void scriptWithoutCommandIsRemovedAtTheClosingLine() {
    ParseResult r =
        Parsed.parse(
            "vrrp_script chk {\n interval 1\n}\n"
                + instance("VI_0", " virtual_router_id 1\n track_script {\n chk\n }\n virtual_ipaddress {\n 10.1.0.254/32\n }"));
    assertThat(Parsed.rendered(r))
        .containsExactly(
            "(test.conf: Line 3) No script set for vrrp_script chk - removing",
            "(test.conf: Line 8) (VI_0) track script chk not found, ignoring...");
    assertThat(r.config().vrrpScripts()).isEmpty();
  }

  @Test
  void syncGroupMembersResolved() {
    ParseResult r =
        Parsed.parse(
            instance("VI_1", " virtual_router_id 5\n virtual_ipaddress {\n 198.18.0.1\n }")
                + "vrrp_sync_group G1 {\n group {\n VI_1\n VI_9\n }\n}\n"
                + "vrrp_sync_group VG1 {\n VI_2\n}\n");
    assertThat(Parsed.messages(r))
        .containsExactly(
            "Unknown keyword 'VI_2'",
            "Virtual router VI_9 specified in sync group G1 doesn't exist - ignoring",
            "Sync group G1 has only 1 virtual router(s) - this probably isn't what you want",
            "Sync group VG1 has no virtual router(s). removing");
    assertThat(r.config().syncGroups()).hasSize(1);
    assertThat(r.config().syncGroups().get(0).members()).containsExactly("VI_1");
  }

  @Test
  void staticRoutesFollowKeepalivedTrackingRules() {
    ParseResult r =
        Parsed.parse(
            "static_routes {\n"
                + " 198.18.2.0/24 via 198.18.1.100 dev eth0\n"
                + " 198.18.100.0/24 nexthop via 198.18.1.1 dev eth0 nexthop via 198.18.1.2 dev eth0\n"
                + " 198.18.200.0/24 dev eth0 protocol bird\n"
                + " 198.18.201.0/24 dev eth0 protocol bird no_track\n"
                + "}\n");
    assertThat(Parsed.rendered(r))
        .containsExactly(
            "(test.conf: Line 3) Warning - cannot track route 198.18.100.0/24 with no interface specified, not tracking",
            "(test.conf: Line 4) Route cannot be tracked if protocol is not RTPROT_KEEPALIVED(18), resetting protocol");
    assertThat(r.config().statics().routes()).hasSize(4);
    assertThat(r.config().statics().routes().get(1).noTrack()).isTrue();
    assertThat(r.config().statics().routes().get(2).protocol()).isEqualTo("keepalived");
    assertThat(r.config().statics().routes().get(3).protocol()).isEqualTo("bird");
  }

  @Test
  void instanceWithoutVridIsDropped() {
    ParseResult r = Parsed.parse(instance("VI_1", " virtual_ipaddress {\n 198.18.0.1\n }"));
    assertThat(Parsed.messages(r)).containsExactly("(VI_1) the virtual router id must be set");
    assertThat(r.config().vrrpInstances()).isEmpty();
  }

  @Test
  void noVipIsWarned() {
    ParseResult r = Parsed.parse(instance("VI_4", " virtual_router_id 8\n virtual_ipaddress {\n }"));
    assertThat(Parsed.messages(r)).containsExactly("(VI_4) No VIP specified; at least one is sensible");
  }

  @Test
  void ownInterfaceIsNotTracked() {
    ParseResult r =
        Parsed.parse(
            instance("VI_1", " virtual_router_id 5\n track_interface {\n eth0\n eth1\n }\n virtual_ipaddress {\n 198.18.0.1\n }"));
    assertThat(Parsed.messages(r)).containsExactly("(VI_1) Ignoring track_interface eth0 since own interface");
    assertThat(vi(r, 0).tracking().interfaces()).extracting(t -> t.name()).containsExactly("eth1");
  }

  @Test
  void runnableScriptsWithoutScriptSecurityAreASecurityViolation() {
    String conf =
        "vrrp_script chk {\n script \"killall -0 sshd\"\n}\n"
            + instance("VI_1", " virtual_router_id 5\n track_script {\n chk\n }\n virtual_ipaddress {\n 198.18.0.1\n }");
    FakeHostInfo host = FakeHostInfo.conformanceRig().withProgram("killall");
    ParseResult r = Parsed.parse(conf, host);
    assertThat(Parsed.messages(r))
        .containsExactly("SECURITY VIOLATION - scripts are being executed but script_security not enabled.");
    assertThat(r.exitCode()).isEqualTo(6);
    ParseResult secured =
        Parsed.parse(
            "global_defs {\n enable_script_security\n}\n" + conf, host.withUser("keepalived_script"));
    assertThat(Parsed.messages(secured)).isEmpty();
    assertThat(secured.exitCode()).isZero();
  }

  @Test
  void securedScriptWithoutAnyUsableUserIsRemoved() {
    ParseResult r =
        Parsed.parse(
            "vrrp_script chk {\n script /bin/true\n weight 10\n}\n"
                + instance("VI_1", " virtual_router_id 5\n track_script {\n chk\n }\n virtual_ipaddress {\n 198.18.0.1\n }")
                + "global_defs {\n enable_script_security\n}\n",
            FakeHostInfo.conformanceRig().withProgram("/bin/true"));
    assertThat(Parsed.rendered(r))
        .containsExactly(
            "(test.conf: Line 4) Unable to set default user keepalived_script for script",
            "(test.conf: Line 4) Unable to set default user for vrrp script chk - removing",
            "(test.conf: Line 9) (VI_1) track script chk not found, ignoring...");
    assertThat(r.config().vrrpScripts()).isEmpty();
  }

  @Test
  void instanceInTwoSyncGroupsStaysInTheFirst() {
    ParseResult r =
        Parsed.parse(
            instance("VI_1", " virtual_router_id 5\n virtual_ipaddress {\n 198.18.0.1\n }")
                + instance("VI_3", " virtual_router_id 7\n virtual_ipaddress {\n 198.18.0.3\n }")
                + "vrrp_sync_group G {\n group {\n VI_1\n VI_3\n }\n}\n"
                + "vrrp_sync_group H {\n group {\n VI_3\n }\n}\n");
    assertThat(Parsed.messages(r))
        .containsExactly(
            "Virtual router VI_3 cannot exist in more than one sync group; ignoring H",
            "Sync group H, no matching virtual router found in group declaration - removing");
    assertThat(r.config().syncGroups()).extracting(g -> g.name()).containsExactly("G");
  }

  @Test
  void startupScriptsHaveTheirOwnViolation() {
    ParseResult r =
        Parsed.parse(
            "global_defs {\n startup_script /bin/true\n}\n",
            FakeHostInfo.conformanceRig().withProgram("/bin/true"));
    assertThat(Parsed.messages(r))
        .containsExactly(
            "SECURITY VIOLATION - start/shutdown scripts are being executed but script_security not enabled.");
    assertThat(r.exitCode()).isEqualTo(6);
  }

  @Test
  void scriptsThatCannotRunAreNoViolation() {
    ParseResult r =
        Parsed.parse(
            instance(
                "VI_1",
                " virtual_router_id 5\n notify_master \"/usr/local/bin/vrrp.mast arg1\"\n"
                    + " virtual_ipaddress {\n 198.18.0.1\n }"));
    assertThat(Parsed.messages(r)).isEmpty();
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void trackedScriptMissingFromAnExistingDirectoryIsDisabled() {
    FakeHostInfo host = FakeHostInfo.conformanceRig().withDirectory("/usr/local/bin");
    ParseResult r =
        Parsed.parse(
            "vrrp_script s1 {\n script \"/usr/local/bin/nonexist arg\"\n}\n"
                + instance("VI_1", " virtual_router_id 5\n track_script {\n s1\n }\n virtual_ipaddress {\n 198.18.0.1\n }"),
            host);
    assertThat(Parsed.messages(r)).containsExactly("Disabling track script s1 since not found/accessible");
    assertThat(r.exitCode()).isEqualTo(5);
  }

  @Test
  void nopreemptIsClearedForAnInitialMaster() {
    ParseResult r =
        Parsed.parse(
            instance("VI_2", " state MASTER\n virtual_router_id 5\n priority 100\n nopreempt\n"
                + " virtual_ipaddress {\n 198.18.0.1\n }"));
    assertThat(Parsed.messages(r))
        .containsExactly("(VI_2) Warning - nopreempt will not work with initial state MASTER - clearing");
    assertThat(vi(r, 0).behaviour().preempt()).isTrue();
  }

  @Test
  void duplicateTrackReferencesAreIgnoredAtTheirLine() {
    ParseResult r =
        Parsed.parse(
            "vrrp_script chk_b {\n script /bin/true\n}\n"
                + instance("VI_1", " virtual_router_id 5\n virtual_ipaddress {\n 198.18.0.1\n }\n"
                    + " track_script {\n chk_b\n chk_b weight -3\n }"));
    assertThat(Parsed.messages(r)).anyMatch(m -> m.endsWith("(VI_1) duplicate track_script chk_b - ignoring"));
    assertThat(vi(r, 0).tracking().scripts()).hasSize(1);
  }

  @Test
  void syncGroupMembersLoseWeightedTrackers() {
    ParseResult r =
        Parsed.parse(
            "vrrp_script chk_a {\n script /bin/true\n weight 10\n}\n"
                + "vrrp_script chk_z {\n script /bin/true\n}\n"
                + "track_file tf1 {\n file /tmp/jk-tf1\n}\n"
                + instance("VI_1", " virtual_router_id 5\n virtual_ipaddress {\n 198.18.0.1\n }\n"
                    + " track_interface {\n eth1 weight 5\n }\n"
                    + " track_script {\n chk_a\n chk_z\n }\n track_file {\n tf1\n }")
                + instance("VI_2", " virtual_router_id 6\n virtual_ipaddress {\n 198.18.0.2\n }")
                + "vrrp_sync_group G {\n group {\n VI_1\n VI_2\n }\n}\n");
    assertThat(Parsed.messages(r))
        .contains(
            "(VI_1) ignoring eth1 tracked interface weight due to SYNC group",
            "(VI_1) ignoring tracked script chk_a with weights due to SYNC group",
            "(VI_1) ignoring weight from tracked file tf1 due to SYNC group. specify weight 0");
    VrrpInstanceConfig.Tracking t = vi(r, 0).tracking();
    assertThat(t.scripts()).extracting(x -> x.name()).containsExactly("chk_z");
    assertThat(t.interfaces().get(0).weight()).isZero();
    assertThat(t.files().get(0).weight()).isZero();
  }

  @Test
  void version3DropsAuthenticationBeforeThePreemptCheck() {
    ParseResult r =
        Parsed.parse(
            "global_defs {\n vrrp_version 3\n}\n"
                + instance("VI_1", " state MASTER\n nopreempt\n virtual_router_id 1\n priority 100\n"
                    + " authentication {\n auth_type PASS\n auth_pass x\n }\n"
                    + " virtual_ipaddress {\n 198.18.1.1/24\n }"));
    assertThat(Parsed.messages(r))
        .containsExactly(
            "(VI_1) VRRP version 3 does not support authentication. Ignoring.",
            "(VI_1) Warning - nopreempt will not work with initial state MASTER - clearing");
    assertThat(vi(r, 0).authentication().type()).isEqualTo(Authentication.Type.NONE);
  }
}
