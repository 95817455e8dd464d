package org.jkeepalived.conf.lvs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jkeepalived.conf.ParseResult;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.host.FakeHostInfo;
import org.jkeepalived.conf.pre.ConfigReader;
import org.jkeepalived.conf.pre.PreprocessOptions;
import org.junit.jupiter.api.Test;

/**
 * A large LVS configuration (2,000 services, 4,000 checkers) parses completely and without a
 * message. How fast is measured by bench/config against keepalived, not here.
 */
class LvsScaleTest {
  @Test
  void twoThousandVirtualServersParseCompletely() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      String vip = "198.18." + (i / 250) + "." + (i % 250 + 1);
      sb.append("virtual_server ").append(vip).append(" 80 {\n  protocol TCP\n  lb_algo rr\n")
          .append("  lb_kind NAT\n  delay_loop 5\n");
      for (int r = 0; r < 2; r++) {
        sb.append("  real_server 198.19.").append(i / 250).append('.').append(i % 250 + 1)
            .append(' ').append(8080 + r).append(" {\n    weight 2\n    HTTP_GET {\n")
            .append("      url {\n        path /health\n        status_code 200\n      }\n")
            .append("      connect_timeout 3\n    }\n  }\n");
      }
      sb.append("}\n");
    }
    Diagnostics diags = new Diagnostics();
    var nodes = new ConfigReader()
        .readText(sb.toString(), Path.of("big.conf"), PreprocessOptions.defaults(), diags);
    ParseResult r = LvsTestSupport.PARSER.parse(nodes, FakeHostInfo.conformanceRig(), diags);
    assertThat(diags.all()).isEmpty();
    assertThat(r.config().lvs().virtualServers()).hasSize(2000);
    assertThat(r.config().lvs().virtualServers())
        .allSatisfy(vs -> assertThat(vs.realServers()).hasSize(2));
  }
}
