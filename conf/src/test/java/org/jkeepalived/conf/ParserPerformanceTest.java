package org.jkeepalived.conf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.host.FakeHostInfo;
import org.jkeepalived.conf.kw.Conf;
import org.jkeepalived.conf.tree.ConfNode;
import org.junit.jupiter.api.Test;

/**
 * 10,000 vrrp_instances (the bench/config shape) must parse and check quickly: the keyword
 * tables are built once and each line is one hash lookup, with no reflection or regex.
 */
class ParserPerformanceTest {
  private static String config(int count) {
    StringBuilder b = new StringBuilder("global_defs {\n router_id BENCH\n vrrp_garp_master_delay 1\n}\n");
    for (int i = 0; i < count; i++) {
      int a = i / 250;
      int v = i % 250 + 1;
      b.append("vrrp_instance VI_").append(a).append('_').append(v).append(" {\n")
          .append(" state BACKUP\n interface eth").append(a % 4).append('\n')
          .append(" virtual_router_id ").append(v).append('\n')
          .append(" priority 100\n advert_int 1\n")
          .append(" authentication {\n auth_type PASS\n auth_pass secret\n }\n")
          .append(" virtual_ipaddress {\n 198.18.").append(a).append('.').append(v).append("/24\n }\n")
          .append("}\n");
    }
    return b.toString();
  }

  @Test
  void tenThousandInstancesParseFast() {
    List<ConfNode> nodes = Conf.parse(config(10_000));
    KeepalivedConfigParser parser = new KeepalivedConfigParser();
    FakeHostInfo host = FakeHostInfo.conformanceRig();
    // Warm up so the measurement is the steady-state cost, not class loading and JIT.
    for (int i = 0; i < 10; i++) {
      parser.parse(nodes, host, new Diagnostics());
    }
    // The best of a few runs: the machine's cores are shared, so single runs are noisy.
    long millis = Long.MAX_VALUE;
    ParseResult r = null;
    for (int i = 0; i < 5; i++) {
      long start = System.nanoTime();
      r = parser.parse(nodes, host, new Diagnostics());
      millis = Math.min(millis, (System.nanoTime() - start) / 1_000_000);
    }
    assertThat(r.config().vrrpInstances()).hasSize(10_000);
    assertThat(r.diagnostics().all()).isEmpty();
    // keepalived itself needs well over a second for this; a generous bound for shared CI cores.
    assertThat(millis).as("parse time in ms").isLessThan(1000);
    System.out.println("10,000 vrrp_instances parsed in " + millis + " ms");
  }
}
