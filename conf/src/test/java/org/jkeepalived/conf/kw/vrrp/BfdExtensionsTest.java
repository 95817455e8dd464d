package org.jkeepalived.conf.kw.vrrp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jkeepalived.conf.diag.Severity;
import org.jkeepalived.conf.kw.Parsed;
import org.jkeepalived.conf.ParseResult;
import org.jkeepalived.mibs.config.BfdAuthConfig;
import org.jkeepalived.mibs.config.BfdInstanceConfig;
import org.junit.jupiter.api.Test;

/**
 * bfd_instance beyond keepalived 2.2.7: keepalived 2.2.8's {@code multihop}, and jkeepalived's
 * {@code authentication} extension, which {@code -t} reports as an extension (exit 0), not as an
 * error.
 */
class BfdExtensionsTest {
  private static ParseResult parse(String body) {
    return Parsed.parse("bfd_instance b1 {\n  neighbor_ip 198.18.5.5\n" + body + "}\n");
  }

  @Test
  void authenticationIsReadAndReportedAsAnExtension() {
    ParseResult r = parse("  authentication meticulous_keyed_sha1 3 s3cret\n");
    BfdInstanceConfig c = r.config().bfdInstances().get("b1");
    assertThat(c.auth().type()).isEqualTo(BfdAuthConfig.Type.METICULOUS_KEYED_SHA1);
    assertThat(c.auth().keyId()).isEqualTo(3);
    assertThat(new String(c.auth().key(), StandardCharsets.UTF_8)).isEqualTo("s3cret");
    assertThat(r.diagnostics().all()).singleElement()
        .matches(d -> d.severity() == Severity.EXTENSION)
        .matches(d -> d.render().equals("(test.conf: Line 3) BFD instance b1 uses authentication"
            + " meticulous_keyed_sha1 (jkeepalived extension, RFC 5880 section 6.7)"));
    assertThat(r.diagnostics().exitCode()).isZero();
    assertThat(c.auth().toString()).doesNotContain("s3cret");
  }

  @Test
  void everyTypeIsAccepted() {
    for (BfdAuthConfig.Type t : BfdAuthConfig.Type.values()) {
      ParseResult r = parse("  authentication " + t.keyword() + " 0 k\n");
      assertThat(r.config().bfdInstances().get("b1").auth().type()).isEqualTo(t);
    }
  }

  @Test
  void aBadTypeOrKeyIsAnErrorAndLeavesNoAuthentication() {
    ParseResult bad = parse("  authentication keyed_sha256 1 k\n");
    assertThat(bad.diagnostics().exitCode()).isEqualTo(5);
    assertThat(bad.config().bfdInstances().get("b1").auth()).isNull();
    ParseResult longKey = parse("  authentication keyed_md5 1 " + "x".repeat(17) + "\n");
    assertThat(Parsed.messages(longKey)).containsExactly(
        "BFD instance b1 authentication key must be 1 to 16 bytes");
    ParseResult id = parse("  authentication simple_password 256 pw\n");
    assertThat(id.diagnostics().exitCode()).isEqualTo(5);
    assertThat(id.config().bfdInstances().get("b1").auth()).isNull();
  }

  @Test
  void multihopIsRead() {
    ParseResult r = parse("  multihop\n  max_hops 5\n");
    assertThat(r.config().bfdInstances().get("b1").multihop()).isTrue();
    assertThat(Parsed.messages(r)).isEmpty();
    assertThat(parse("").config().bfdInstances().get("b1").multihop()).isFalse();
  }
}
