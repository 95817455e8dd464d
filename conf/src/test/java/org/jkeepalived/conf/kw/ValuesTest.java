package org.jkeepalived.conf.kw;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jkeepalived.conf.diag.Diagnostic;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.host.FakeHostInfo;
import org.jkeepalived.mibs.config.IpPrefix;
import org.junit.jupiter.api.Test;

class ValuesTest {
  private final Diagnostics diags = new Diagnostics();
  private final ParseContext ctx = new ParseContext(diags, new FakeHostInfo());

  @Test
  void decimalSecondsHaveMicrosecondResolution() {
    assertThat(Values.seconds(Conf.line(1, "k", "2.71828"), 0, 0.000001, 10, ctx))
        .isEqualTo(Duration.ofNanos(2_718_280_000L));
    assertThat(Values.seconds(Conf.line(1, "k", "3"), 0, 0.000001, 10, ctx))
        .isEqualTo(Duration.ofSeconds(3));
    assertThat(Values.seconds(Conf.line(1, "k", ".5"), 0, 0.000001, 10, ctx))
        .isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void decimalOutOfRangeUsesKeepalivedWording() {
    assertThat(Values.seconds(Conf.line(15, "k", "0"), 0, 0.000001, 4294.967295, ctx)).isNull();
    assertThat(diags.all()).extracting(Diagnostic::render)
        .containsExactly("(test.conf: Line 15) number '0' outside range [0.000001, 4294.967295]");
  }

  @Test
  void integersAcceptHexAndRejectGarbage() {
    assertThat(Values.parseLong("0x10")).isEqualTo(16L);
    assertThat(Values.parseLong("-5")).isEqualTo(-5L);
    assertThat(Values.parseLong("12a")).isNull();
    assertThat(Values.parseLong("")).isNull();
    assertThat(Values.integer(Conf.line(3, "k", "abc"), 0, 0, 5, ctx)).isNull();
    assertThat(diags.all()).extracting(Diagnostic::message).containsExactly("invalid number 'abc'");
  }

  @Test
  void addressesAreLiteralOnly() {
    assertThat(Addresses.literal("192.168.200.16").getHostAddress()).isEqualTo("192.168.200.16");
    assertThat(Addresses.literal("fd00::1").getHostAddress()).isEqualTo("fd00:0:0:0:0:0:0:1");
    assertThat(Addresses.literal("192.168.100.")).isNull();
    assertThat(Addresses.literal("1.2.3")).isNull();
    assertThat(Addresses.literal("256.1.1.1")).isNull();
    assertThat(Addresses.literal("localhost")).isNull();
    IpPrefix p = Addresses.prefix("192.168.100.0/24");
    assertThat(p.prefixLength()).isEqualTo(24);
    assertThat(Addresses.prefix("fd00::/64").isIpv6()).isTrue();
    assertThat(Addresses.prefix("10.0.0.1").prefixLength()).isEqualTo(32);
    assertThat(Addresses.prefix("10.0.0.1/33")).isNull();
  }

  @Test
  void scriptWordsHonourSingleQuotes() {
    assertThat(Scripts.words("/bin/x  a 'b c' d")).containsExactly("/bin/x", "a", "b c", "d");
  }
}
