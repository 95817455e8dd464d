package org.jkeepalived.conf.lvs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jkeepalived.conf.ParseResult;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.host.FakeHostInfo;
import org.jkeepalived.conf.pre.ConfigReader;
import org.jkeepalived.conf.pre.PreprocessOptions;
import org.junit.jupiter.api.Test;

/** A large LVS configuration must parse in well under a second (2,000 services, 4,000 checkers). */
class LvsSpeedTest {
  @Test
  void twoThousandVirtualServersParseInUnderASecond() {
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
    String text = sb.toString();
    long best = Long.MAX_VALUE;
    long bestKeywords = Long.MAX_VALUE;
    // Best of five: the first runs warm the JIT; the machine's cores are shared.
    for (int run = 0; run < 5; run++) {
      Diagnostics diags = new Diagnostics();
      long start = System.nanoTime();
      var nodes = new ConfigReader()
          .readText(text, Path.of("big.conf"), PreprocessOptions.defaults(), diags);
      long read = System.nanoTime();
      ParseResult r = LvsTestSupport.PARSER.parse(nodes, FakeHostInfo.conformanceRig(), diags);
      long end = System.nanoTime();
      assertThat(diags.all()).isEmpty();
      assertThat(r.config().lvs().virtualServers()).hasSize(2000);
      best = Math.min(best, (end - start) / 1_000_000);
      bestKeywords = Math.min(bestKeywords, (end - read) / 1_000_000);
    }
    System.out.printf("2000 virtual servers: %d ms in all, %d ms in the keyword tables%n",
        best, bestKeywords);
    // On a quiet machine: about 450 ms in all, 190 ms in the keyword tables. The bounds leave
    // room for the shared two-core machine (other builds run beside this one) and still catch
    // any quadratic slip, which would cost tens of seconds here.
    assertThat(bestKeywords).as("keyword tables and corrections, ms").isLessThan(1000);
    assertThat(best).as("read and parse, ms").isLessThan(3000);
  }
}
