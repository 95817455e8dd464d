package org.jkeepalived.lvs.check.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** check_http.c check_regex's offsets and PCRE2's firstline, on Java's regex. */
class UrlRegexTest {
  private static final String BODY = "aaa ok bbb ok";

  private static boolean matches(String regex, List<String> options, long min, long max) {
    return new UrlRegex(regex, options, min, max).matches(BODY);
  }

  @Test
  void minOffsetSkipsEarlierMatches() {
    assertThat(matches("ok", List.of(), 0, 0)).isTrue();
    assertThat(matches("aaa", List.of(), 1, 0)).isFalse();
    // the match at 4 is before the minimum, the one at 11 is not
    assertThat(matches("ok", List.of(), 5, 0)).isTrue();
    assertThat(matches("ok", List.of(), 12, 0)).isFalse();
    assertThat(matches("ok", List.of(), 99, 0)).isFalse();
  }

  /** maxOffset is keepalived's stored form: regex_max_offset N arrives as N + 1. */
  @Test
  void aMatchMayStartAtTheConfiguredMaximumButNotAfter() {
    assertThat(matches("ok", List.of(), 0, 4 + 1)).isTrue();
    assertThat(matches("ok", List.of(), 0, 3 + 1)).isFalse();
    assertThat(matches("ok", List.of(), 5, 11 + 1)).isTrue();
    assertThat(matches("ok", List.of(), 5, 10 + 1)).isFalse();
    // regex_max_offset 0: only a match at the very start
    assertThat(matches("aaa", List.of(), 0, 1)).isTrue();
    assertThat(matches("ok", List.of(), 0, 1)).isFalse();
  }

  @Test
  void firstlineWantsTheMatchToStartInTheFirstLineOnly() {
    UrlRegex head = new UrlRegex("ok", List.of("firstline"), 0, 0);
    assertThat(head.matches("head\nok")).isFalse();
    assertThat(head.matches("ok\nhead")).isTrue();
    assertThat(head.matches("no newline ok")).isTrue();
    // PCRE2_FIRSTLINE bounds the start, not the match: it may run over the newline
    assertThat(new UrlRegex("d\\nok", List.of("firstline"), 0, 0).matches("head\nok")).isTrue();
  }

  @Test
  void caselessAndABadPattern() {
    assertThat(matches("OK", List.of("caseless"), 0, 0)).isTrue();
    assertThat(matches("OK", List.of(), 0, 0)).isFalse();
    UrlRegex bad = new UrlRegex("(", List.of(), 0, 0);
    assertThat(bad.error()).startsWith("Invalid regex: '(' at offset");
    assertThat(bad.matches(BODY)).isFalse();
  }
}
