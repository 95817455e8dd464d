package org.jkeepalived.conf.kw;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jkeepalived.conf.diag.Diagnostic;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.host.FakeHostInfo;
import org.jkeepalived.mibs.config.GlobalDefs;
import org.junit.jupiter.api.Test;

class GlobalDefsTableTest {
  private final Diagnostics diags = new Diagnostics();
  private final ParseContext ctx = new ParseContext(diags, new FakeHostInfo().withHostname("h1"));

  private GlobalDefs read(String body) {
    GlobalDefsBuilder b = new GlobalDefsBuilder();
    GlobalDefsTable.create().apply(Conf.parse(body), b, ctx);
    return b.build("h1");
  }

  @Test
  void stockGlobalDefsAreRead() {
    GlobalDefs g =
        read(
            "notification_email {\n a@x\n b@x\n}\nnotification_email_from A@x\n"
                + "smtp_server 192.168.200.1\nsmtp_connect_timeout 30\nrouter_id LVS_DEVEL\n"
                + "vrrp_skip_check_adv_addr\nvrrp_strict\n");
    assertThat(g.routerId()).isEqualTo("LVS_DEVEL");
    assertThat(g.notification().emails()).containsExactly("a@x", "b@x");
    assertThat(g.notification().smtpServer()).isEqualTo("192.168.200.1");
    assertThat(g.notification().smtpPort()).isEqualTo(25);
    assertThat(g.vrrp().strict()).isTrue();
    assertThat(g.vrrp().skipCheckAdvAddr()).isTrue();
    assertThat(diags.all()).isEmpty();
  }

  @Test
  void defaultsAreExplicit() {
    GlobalDefs g = read("");
    assertThat(g.routerId()).isEqualTo("h1");
    assertThat(g.notification().emailFrom()).isEqualTo("keepalived@h1");
    assertThat(g.vrrp().mcastGroup4().getHostAddress()).isEqualTo("224.0.0.18");
    assertThat(g.vrrp().version()).isEqualTo(2);
    assertThat(g.vrrp().garp().masterDelay()).isEqualTo(Duration.ofSeconds(5));
    assertThat(g.vrrp().garp().lowerPrioRepeat()).isEqualTo(5);
    assertThat(g.scripts().enableScriptSecurity()).isFalse();
  }

  @Test
  void zeroGarpIntervalIsRefusedAsKeepalivedDoes() {
    GlobalDefs g = read("\nvrrp_garp_interval 0\nvrrp_gna_interval 0.000001\n");
    assertThat(g.vrrp().garp().arpInterval()).isEqualTo(Duration.ZERO);
    assertThat(g.vrrp().garp().naInterval()).isEqualTo(Duration.ofNanos(1000));
    assertThat(diags.all())
        .extracting(Diagnostic::render)
        .containsExactly(
            "(test.conf: Line 2) number '0' outside range [0.000001, 4294.967295]",
            "(test.conf: Line 2) vrrp_garp_interval '0' is invalid");
  }

  @Test
  void badValuesUseKeepalivedMessages() {
    read(
        "vrrp_garp_master_delay abc\nvrrp_garp_master_repeat 0\nvrrp_version 4\n"
            + "smtp_alert maybe\nvrrp_mcast_group4 1.2.3\n");
    assertThat(diags.all())
        .extracting(Diagnostic::message)
        .containsExactly(
            "invalid number 'abc'",
            "vrrp_garp_master_delay 'abc' invalid - ignoring",
            "vrrp_garp_master_repeat must be greater than 0, setting to 1",
            "number '4' outside range [2, 3]",
            "VRRP Error: Version must be either 2 or 3",
            "Invalid value 'maybe' for global smtp_alert specified",
            "Can't parse vrrp_mcast_group4 [1.2.3]. Skipping");
  }

  @Test
  void umaskIsOctalWithLeadingZero() {
    assertThat(read("umask 022\n").daemon().umask()).isEqualTo(0022);
    assertThat(read("umask 18\n").daemon().umask()).isEqualTo(18);
    assertThat(diags.all()).isEmpty();
  }

  @Test
  void lowerPrioGarpFollowsMasterUnlessSet() {
    GlobalDefs g = read("vrrp_garp_master_delay 10\nvrrp_garp_master_repeat 2\n");
    assertThat(g.vrrp().garp().lowerPrioDelay()).isEqualTo(Duration.ofSeconds(10));
    assertThat(g.vrrp().garp().lowerPrioRepeat()).isEqualTo(2);
  }

  @Test
  void scriptsAndFifosKeepUserAndGroup() {
    GlobalDefs g =
        read(
            "script_user ks kg\nenable_script_security\nstartup_script \"/bin/up a\" root\n"
                + "vrrp_notify_fifo /run/f\nvrrp_notify_fifo_script /bin/r u g\n"
                + "lvs_sync_daemon eth1 VI_1 id 5 port 8848\n");
    assertThat(g.scripts().scriptUser()).isEqualTo("ks");
    assertThat(g.scripts().scriptGroup()).isEqualTo("kg");
    assertThat(g.scripts().startupScript().command()).containsExactly("/bin/up", "a");
    assertThat(g.scripts().startupScript().user()).isEqualTo("root");
    assertThat(g.fifos().vrrp().path()).isEqualTo("/run/f");
    assertThat(g.fifos().vrrp().script().group()).isEqualTo("g");
    assertThat(g.lvs().syncDaemon().vrrpInstance()).isEqualTo("VI_1");
    assertThat(g.lvs().syncDaemon().syncId()).isEqualTo(5);
    assertThat(diags.all()).isEmpty();
  }
}
