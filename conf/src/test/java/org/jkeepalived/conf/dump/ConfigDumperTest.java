package org.jkeepalived.conf.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jkeepalived.conf.kw.Parsed;
import org.junit.jupiter.api.Test;

class ConfigDumperTest {
  private static final String CONF =
      "global_defs {\n router_id R1\n}\n"
          + "vrrp_instance VI_1 {\n interface eth0\n virtual_router_id 51\n"
          + " notify_master \"/bin/up a\" alice\n"
          + " virtual_ipaddress {\n 198.18.0.1/24 dev eth1\n }\n}\n";

  @Test
  void dumpShowsGivenValuesAndDefaults() {
    String out = ConfigDumper.dump(Parsed.parse(CONF).config());
    assertThat(out)
        .contains("------< Global definitions >------")
        .contains("  router_id = R1")
        .contains("------< VRRP instances >------")
        .contains("    name = VI_1")
        .contains("    virtual_router_id = 51")
        // defaults made explicit
        .contains("    priority = 100")
        .contains("    advert_interval = 1s")
        .contains("    version = 2")
        .contains("      preempt = true")
        .contains("      master_delay = 5s")
        .contains("      address = 198.18.0.1/24")
        .contains("      dev = eth1")
        .contains("      master = '/bin/up a' (user alice)")
        .contains("startup_delay = 0s");
  }

  @Test
  void scalarsAreWrittenInKeepalivedUnits() {
    assertThat(ConfigDumper.scalar(Duration.ofMillis(1230))).isEqualTo("1.23s");
    assertThat(ConfigDumper.scalar(Duration.ofNanos(1000))).isEqualTo("0.000001s");
    assertThat(ConfigDumper.scalar(null)).isEqualTo("(none)");
    assertThat(ConfigDumper.snake("virtualRouterId")).isEqualTo("virtual_router_id");
  }

  @Test
  void emptyCollectionsAreShownAsNone() {
    String out = ConfigDumper.dump(Parsed.parse("").config());
    assertThat(out).contains("------< VRRP instances >------\n  (none)\n");
  }
}
