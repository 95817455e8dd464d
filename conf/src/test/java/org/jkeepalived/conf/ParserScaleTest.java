package org.jkeepalived.conf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.host.FakeHostInfo;
import org.jkeepalived.conf.kw.Conf;
import org.jkeepalived.conf.tree.ConfNode;
import org.junit.jupiter.api.Test;

/**
 * 10,000 vrrp_instances (the bench/config shape) parse into 10,000 instances without a message.
 * How fast is measured by bench/config against keepalived, not here.
 */
class ParserScaleTest {
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
  void tenThousandInstancesParseWithoutMessages() {
    List<ConfNode> nodes = Conf.parse(config(10_000));
    ParseResult r =
        new KeepalivedConfigParser().parse(nodes, FakeHostInfo.conformanceRig(), new Diagnostics());
    assertThat(r.config().vrrpInstances()).hasSize(10_000);
    assertThat(r.diagnostics().all()).isEmpty();
    // the last instance keeps its own values: nothing is shared or overwritten at scale
    var last = r.config().vrrpInstances().get(9_999);
    assertThat(last.name()).isEqualTo("VI_39_250");
    assertThat(last.virtualRouterId()).isEqualTo(250);
    assertThat(last.interfaceName()).isEqualTo("eth3");
  }
}
