package org.jkeepalived.agent.lvs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jkeepalived.conf.KeepalivedConfigParser;
import org.jkeepalived.conf.diag.Diagnostic;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.diag.Severity;
import org.jkeepalived.conf.host.SystemHostInfo;
import org.jkeepalived.conf.pre.ConfigReader;
import org.jkeepalived.conf.pre.PreprocessOptions;
import org.jkeepalived.linux.ipvs.FakeIpvsControl;
import org.jkeepalived.linux.ipvs.IpvsException;
import org.jkeepalived.lvs.forward.DataplaneMode;
import org.jkeepalived.lvs.forward.DataplaneSelector;
import org.jkeepalived.mibs.config.LvsConfig;
import org.junit.jupiter.api.Test;

/** What {@code -t} says about the LVS dataplane, for each {@code --lvs-dataplane}. */
class DataplaneCheckTest {
  private static final DataplaneSelector.KernelIpvs ABSENT = () -> {
    throw IpvsException.unavailable("the kernel has no generic netlink family IPVS");
  };
  private static final DataplaneSelector.KernelIpvs PRESENT = FakeIpvsControl::new;

  /** A NAT service the forwarder serves, a DR one, a fwmark one and a TUN sorry server. */
  private static final LvsConfig MIXED = parse("""
      virtual_server 198.18.0.10 80 {
        protocol TCP
        lb_kind NAT
        real_server 198.18.0.21 80 {
        }
      }
      virtual_server 198.18.0.10 443 {
        protocol TCP
        lb_kind DR
        real_server 198.18.0.21 443 {
        }
      }
      virtual_server fwmark 7 {
        protocol TCP
        lb_kind NAT
        real_server 198.18.0.22 80 {
        }
      }
      virtual_server 198.18.0.11 80 {
        protocol TCP
        lb_kind NAT
        sorry_server 198.18.0.30 80
        sorry_server_lvs_method TUN
        real_server 198.18.0.21 80 {
        }
      }
      """);

  private static final LvsConfig NAT_ONLY = parse("""
      virtual_server 198.18.0.10 80 {
        protocol TCP
        real_server 198.18.0.21 80 {
        }
      }
      """);

  private static LvsConfig parse(String text) {
    Diagnostics d = new Diagnostics();
    var nodes = new ConfigReader()
        .readText(text, Path.of("/nonexistent/test.conf"), PreprocessOptions.defaults(), d);
    return new KeepalivedConfigParser().parse(nodes, new SystemHostInfo(), d).config().lvs();
  }

  private static List<Diagnostic> check(DataplaneMode mode, LvsConfig lvs,
      DataplaneSelector.KernelIpvs kernel) {
    Diagnostics d = new Diagnostics();
    DataplaneCheck.check(mode, lvs, kernel, d);
    return d.all();
  }

  @Test
  void userspaceByNameMakesEachMissingFeatureAnError() {
    List<Diagnostic> got = check(DataplaneMode.USERSPACE, MIXED, ABSENT);
    assertThat(got).extracting(Diagnostic::severity).containsOnly(Severity.ERROR);
    assertThat(got).extracting(Diagnostic::message).containsExactly(
        "userspace forwarder cannot serve VS [198.18.0.10]:tcp:443: direct routing (lb_kind DR)"
            + " cannot be done in userspace: the userspace forwarder is a proxy (NAT semantics)",
        "userspace forwarder cannot serve VS FWM 7: fwmark services need kernel IPVS: the"
            + " userspace forwarder listens on an address and a port",
        "userspace forwarder cannot serve VS [198.18.0.11]:tcp:80: tunnelling (lb_kind TUN)"
            + " cannot be done in userspace: the userspace forwarder is a proxy (NAT semantics)");
    Diagnostics d = new Diagnostics();
    DataplaneCheck.check(DataplaneMode.USERSPACE, MIXED, ABSENT, d);
    assertThat(d.exitCode()).isEqualTo(5);
  }

  @Test
  void autoWithoutIpvsSaysSoAndNotesWithoutChangingTheExitCode() {
    Diagnostics d = new Diagnostics();
    DataplaneCheck.check(DataplaneMode.AUTO, MIXED, ABSENT, d);
    assertThat(d.all()).extracting(Diagnostic::severity).containsOnly(Severity.NOTE);
    assertThat(d.all().get(0).message()).isEqualTo("LVS dataplane: userspace forwarder, because"
        + " kernel IPVS is unavailable (IPVS is not available: the kernel has no generic netlink"
        + " family IPVS) (--lvs-dataplane=auto)");
    assertThat(d.all()).hasSize(4);
    assertThat(d.exitCode()).isZero();
  }

  @Test
  void autoWithIpvsAndIpvsWithIpvsSayNothing() {
    assertThat(check(DataplaneMode.AUTO, MIXED, PRESENT)).isEmpty();
    assertThat(check(DataplaneMode.IPVS, MIXED, PRESENT)).isEmpty();
  }

  @Test
  void ipvsByNameWithoutIpvsIsFatalAsAtStart() {
    Diagnostics d = new Diagnostics();
    DataplaneCheck.check(DataplaneMode.IPVS, NAT_ONLY, ABSENT, d);
    assertThat(d.all()).singleElement().satisfies(x -> {
      assertThat(x.severity()).isEqualTo(Severity.FATAL);
      assertThat(x.message()).startsWith("IPVS: Can't initialize ipvs: IPVS is not available")
          .contains("--lvs-dataplane=ipvs: the daemon would stop");
    });
    assertThat(d.exitCode()).isEqualTo(4);
  }

  @Test
  void aConfigurationTheForwarderServesOrWithoutVirtualServersSaysNothing() {
    assertThat(check(DataplaneMode.USERSPACE, NAT_ONLY, ABSENT)).isEmpty();
    assertThat(check(DataplaneMode.IPVS, LvsConfig.EMPTY, ABSENT)).isEmpty();
  }
}
