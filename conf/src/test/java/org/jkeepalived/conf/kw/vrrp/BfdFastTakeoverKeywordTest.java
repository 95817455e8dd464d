package org.jkeepalived.conf.kw.vrrp;

import static org.assertj.core.api.Assertions.assertThat;

import org.jkeepalived.conf.ParseResult;
import org.jkeepalived.conf.diag.Severity;
import org.jkeepalived.conf.kw.Parsed;
import org.junit.jupiter.api.Test;

/**
 * {@code bfd_fast_takeover NAME} inside vrrp_instance (jkeepalived extension in the spirit of
 * draft-ietf-rtgwg-vrrp-bfd-p2p): read into the instance's tracking, reported by {@code -t} as an
 * extension (exit 0); an unknown bfd_instance is an error and leaves the instance without it.
 */
class BfdFastTakeoverKeywordTest {
  private static ParseResult parse(String bfd, String line) {
    return Parsed.parse("bfd_instance " + bfd + " {\n  neighbor_ip 198.18.5.5\n}\n"
        + "vrrp_instance VI_1 {\n  interface eth0\n  virtual_router_id 51\n  priority 90\n"
        + line + "  virtual_ipaddress {\n    198.18.0.51/24\n  }\n}\n");
  }

  @Test
  void theKeywordNamesTheSessionAndIsReportedAsAnExtension() {
    ParseResult r = parse("b1", "  bfd_fast_takeover b1\n");
    assertThat(r.config().vrrpInstances().get(0).tracking().bfdFastTakeover())
        .isEqualTo("b1");
    assertThat(r.diagnostics().all()).filteredOn(d -> d.severity() == Severity.EXTENSION)
        .singleElement().matches(d -> d.render().equals("(test.conf: Line 8) (VI_1) takes over"
            + " at once when BFD instance b1 goes down (bfd_fast_takeover, jkeepalived"
            + " extension, draft-ietf-rtgwg-vrrp-bfd-p2p)"));
    assertThat(r.diagnostics().exitCode()).isZero();
  }

  @Test
  void withoutTheKeywordThereIsNone() {
    ParseResult r = parse("b1", "");
    assertThat(r.config().vrrpInstances().get(0).tracking().bfdFastTakeover()).isNull();
  }

  @Test
  void anUnknownSessionIsAnError() {
    ParseResult r = parse("b2", "  bfd_fast_takeover b1\n");
    assertThat(r.config().vrrpInstances().get(0).tracking().bfdFastTakeover()).isNull();
    assertThat(Parsed.messages(r)).contains("(VI_1) bfd_fast_takeover b1 not found, ignoring...");
  }
}
