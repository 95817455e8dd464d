package org.jkeepalived.conf.kw.vrrp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jkeepalived.conf.ParseResult;
import org.jkeepalived.conf.kw.Parsed;
import org.jkeepalived.mibs.config.BfdInstanceConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * keepalived's bfd_instance keywords with its defaults and ranges (bfd.h, bfd_parser.c of
 * keepalived 2.2.x): a value out of range is an error and leaves the default.
 */
class BfdInstanceKeywordsTest {
  private static ParseResult parse(String neighbor, String body) {
    return Parsed.parse("bfd_instance b1 {\n  neighbor_ip " + neighbor + "\n" + body + "}\n");
  }

  private static BfdInstanceConfig b1(ParseResult r) {
    return r.config().bfdInstances().get("b1");
  }

  @Test
  void defaultsAreKeepalivedsForIpv4AndIpv6() {
    BfdInstanceConfig v4 = b1(parse("198.18.5.5", ""));
    assertThat(v4.minRx()).isEqualTo(Duration.ofMillis(10));
    assertThat(v4.minTx()).isEqualTo(Duration.ofMillis(10));
    assertThat(v4.idleTx()).isEqualTo(Duration.ofSeconds(1));
    assertThat(v4.multiplier()).isEqualTo(5);
    assertThat(v4.passive()).isFalse();
    assertThat(v4.ttl()).isEqualTo(255); // BFD_CONTROL_TTL
    assertThat(v4.maxHops()).isZero();
    assertThat(v4.weight()).isZero();
    assertThat(v4.toVrrp()).isTrue(); // neither vrrp nor checker: both get it
    assertThat(v4.toChecker()).isTrue();
    assertThat(b1(parse("fd00:5::5", "")).hoplimit()).isEqualTo(64); // BFD_CONTROL_HOPLIMIT
  }

  @Test
  void everyKeywordIsRead() {
    ParseResult r = parse("198.18.5.5", "  source_ip 198.18.5.1\n  min_rx 50\n  min_tx 20.5\n"
        + "  idle_tx 2000\n  multiplier 3\n  passive\n  ttl 254\n  max_hops 2\n"
        + "  weight -20 reverse\n  vrrp\n");
    assertThat(Parsed.messages(r)).isEmpty();
    BfdInstanceConfig c = b1(r);
    assertThat(c.source().getHostAddress()).isEqualTo("198.18.5.1");
    assertThat(c.minRx()).isEqualTo(Duration.ofMillis(50));
    assertThat(c.minTx()).isEqualTo(Duration.ofNanos(20_500_000));
    assertThat(c.idleTx()).isEqualTo(Duration.ofSeconds(2));
    assertThat(c.multiplier()).isEqualTo(3);
    assertThat(c.passive()).isTrue();
    assertThat(c.ttl()).isEqualTo(254);
    assertThat(c.maxHops()).isEqualTo(2);
    assertThat(c.weight()).isEqualTo(-20);
    assertThat(c.reverse()).isTrue();
    assertThat(c.toVrrp()).isTrue();
    assertThat(c.toChecker()).isFalse();
  }

  @ParameterizedTest(name = "{0} {1}: refused, default kept")
  @CsvSource({"min_rx, 0.5", "min_tx, 0", "idle_tx, 999", "min_rx, 4294968", "idle_tx, x"})
  void anIntervalOutOfKeepalivedsRangeIsAnError(String keyword, String value) {
    ParseResult r = parse("198.18.5.5", "  " + keyword + " " + value + "\n");
    long min = keyword.equals("idle_tx") ? 1000 : 1;
    assertThat(Parsed.messages(r)).containsExactly("Configuration error: BFD instance b1 "
        + keyword + " value " + value + " is not valid (must be in range [" + min
        + "-4294967]), ignoring");
    BfdInstanceConfig c = b1(r);
    assertThat(c.minRx()).isEqualTo(Duration.ofMillis(10));
    assertThat(c.minTx()).isEqualTo(Duration.ofMillis(10));
    assertThat(c.idleTx()).isEqualTo(Duration.ofSeconds(1));
  }

  @ParameterizedTest(name = "{0} {1}: refused")
  @CsvSource({"multiplier, 0", "multiplier, 256", "ttl, 0", "hoplimit, 256", "max_hops, -2",
      "weight, 254"})
  void anIntegerOutOfRangeIsAnError(String keyword, String value) {
    ParseResult r = parse("198.18.5.5", "  " + keyword + " " + value + "\n");
    assertThat(r.diagnostics().exitCode()).isNotZero();
    BfdInstanceConfig c = b1(r);
    assertThat(c.multiplier()).isEqualTo(5);
    assertThat(c.ttl()).isEqualTo(255);
    assertThat(c.maxHops()).isZero();
    assertThat(c.weight()).isZero();
  }

  @Test
  void ttlAndHoplimitAreOneSettingAsInKeepalived() {
    // bfd_ttl_handler serves both keywords: ttl on an IPv6 session is its hop limit
    assertThat(b1(parse("fd00:5::5", "  ttl 255\n")).hoplimit()).isEqualTo(255);
    assertThat(b1(parse("198.18.5.5", "  hoplimit 200\n")).ttl()).isEqualTo(200);
    assertThat(b1(parse("198.18.5.5", "  ttl 100\n  hoplimit 200\n")).ttl()).isEqualTo(200);
  }

  @Test
  void maxHopsMinusOneTurnsTheCheckOffAndMoreThanTheTtlIsCutToIt() {
    BfdInstanceConfig off = b1(parse("198.18.5.5", "  max_hops -1\n"));
    assertThat(off.maxHops()).isEqualTo(255); // no received TTL can fail 255 + ttl >= 255
    ParseResult cut = parse("198.18.5.5", "  ttl 50\n  max_hops 100\n");
    assertThat(Parsed.messages(cut)).containsExactly(
        "BFD instance b1: max_hops exceeds ttl/hoplimit - setting to ttl/hoplimit");
    assertThat(b1(cut).maxHops()).isEqualTo(50);
  }
}
