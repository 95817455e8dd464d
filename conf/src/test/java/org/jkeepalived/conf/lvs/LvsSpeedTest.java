package org.jkeepalived.conf.lvs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A large LVS configuration must parse in well under a second. */
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
    LvsTestSupport.parse(text); // warm-up
    long start = System.nanoTime();
    var p = LvsTestSupport.parse(text);
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertThat(p.messages()).isEmpty();
    assertThat(p.lvs().virtualServers()).hasSize(2000);
    assertThat(ms).as("parse time in ms").isLessThan(1000);
  }
}
