package org.jkeepalived.conf.lvs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jkeepalived.conf.ParseResult;
import org.jkeepalived.conf.diag.Diagnostic;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.diag.Severity;
import org.jkeepalived.conf.host.FakeHostInfo;
import org.jkeepalived.conf.pre.ConfigReader;
import org.jkeepalived.conf.pre.PreprocessOptions;
import org.jkeepalived.mibs.config.lvs.ProxyProtocolVersion;
import org.junit.jupiter.api.Test;

/**
 * {@code proxy_protocol v1|v2} in a virtual_server: a jkeepalived extension that {@code -t}
 * reports as a note (exit code unchanged), carried in the virtual server's record.
 */
class ProxyProtocolKeywordTest {
  private final Diagnostics diags = new Diagnostics();

  private ParseResult parse(String proxy) {
    return parse(proxy, "TCP");
  }

  private ParseResult parse(String proxy, String protocol) {
    String text = "virtual_server 198.18.1.1 80 {\n  protocol " + protocol + "\n  lb_algo rr\n  lb_kind NAT\n"
        + (proxy == null ? "" : "  proxy_protocol " + proxy + "\n")
        + "  real_server 198.18.1.2 80 {\n  }\n}\n";
    var nodes = new ConfigReader()
        .readText(text, Path.of("t.conf"), PreprocessOptions.defaults(), diags);
    return LvsTestSupport.PARSER.parse(nodes, FakeHostInfo.conformanceRig(), diags);
  }

  @Test
  void v1AndV2AreCarriedAndNotedAsAnExtension() {
    assertThat(parse("v2").config().lvs().virtualServers().get(0).proxyProtocol())
        .isEqualTo(ProxyProtocolVersion.V2);
    assertThat(diags.all()).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Severity.EXTENSION);
      assertThat(d.render()).isEqualTo("(t.conf: Line 5) proxy_protocol v2 is a jkeepalived"
          + " extension: the userspace forwarder sends the PROXY protocol header to the real"
          + " servers; kernel IPVS ignores it");
    });
    assertThat(diags.exitCode()).isZero();
    assertThat(parse("V1").config().lvs().virtualServers().get(0).proxyProtocol())
        .isEqualTo(ProxyProtocolVersion.V1);
  }

  @Test
  void absentMeansNone() {
    assertThat(parse(null).config().lvs().virtualServers().get(0).proxyProtocol())
        .isEqualTo(ProxyProtocolVersion.NONE);
    assertThat(diags.all()).isEmpty();
  }

  @Test
  void anyOtherValueIsAnErrorAndIgnored() {
    assertThat(parse("v3").config().lvs().virtualServers().get(0).proxyProtocol())
        .isEqualTo(ProxyProtocolVersion.NONE);
    assertThat(diags.all()).extracting(Diagnostic::render).containsExactly(
        "(t.conf: Line 5) proxy_protocol must be v1 or v2, not 'v3' - ignoring");
    assertThat(diags.exitCode()).isEqualTo(5);
  }

  @Test
  void aUdpServiceHasNoProxyProtocol() {
    assertThat(parse("v1", "UDP").config().lvs().virtualServers().get(0).proxyProtocol())
        .isEqualTo(ProxyProtocolVersion.NONE);
    assertThat(diags.all()).extracting(Diagnostic::render).contains("Virtual server"
        + " [198.18.1.1]:udp:80: proxy_protocol needs protocol TCP - ignoring proxy_protocol");
    assertThat(diags.exitCode()).isEqualTo(5);
  }
}
