package org.jkeepalived.conf.lex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {

  private static String dec(String s) {
    return Decommenter.decomment(s).text();
  }

  @Test
  void hashAndBangStartCommentsOutsideDoubleQuotes() {
    assertThat(dec("  foo bar # comment")).isEqualTo("foo bar");
    assertThat(dec("foo!bar")).isEqualTo("foo");
    assertThat(dec("foo \"a#b\" c ! x")).isEqualTo("foo \"a#b\" c");
  }

  @Test
  void singleQuotesDoNotProtectCommentCharacters() {
    // keepalived -t: 'foo5#' z  ->  Unknown keyword ''foo5'
    assertThat(dec("'foo5#' z")).isEqualTo("'foo5");
  }

  @Test
  void escapedCommentCharacterIsLiteralOutsideQuotes() {
    assertThat(dec("foo4\\#x y")).isEqualTo("foo4#x y");
    assertThat(dec("a \"b\\#c\"")).isEqualTo("a \"b\\#c\"");
    assertThat(dec("a\\\\#b")).isEqualTo("a\\\\");
  }

  @Test
  void trailingBackslashIsKeptWithoutTheBlanksBeforeIt() {
    assertThat(dec("  ml1   \\")).isEqualTo("ml1\\");
  }

  @Test
  void unterminatedQuoteIsFlagged() {
    Decommenter.Result r = Decommenter.decomment("\"abc # x");
    assertThat(r.unterminatedQuote()).isTrue();
    assertThat(r.beforeCut()).isEqualTo("\"abc # x");
  }

  @Test
  void wordsSplitOnWhiteSpaceAndDoubleQuotes() {
    List<String> errors = new ArrayList<>();
    assertThat(WordSplitter.split("a\t\"b c\"d  'e f'", errors::add))
        .containsExactly("a", "b c", "d", "'e", "f'");
    assertThat(WordSplitter.split("\"\"", errors::add)).containsExactly("");
    assertThat(WordSplitter.split("\"foo\\x41\"", errors::add)).containsExactly("foo\\x41");
    assertThat(errors).isEmpty();
  }

  @Test
  void unmatchedQuoteKeepsEarlierWordsAndReports() {
    List<String> errors = new ArrayList<>();
    assertThat(WordSplitter.split("foo \"bar baz", errors::add)).containsExactly("foo");
    assertThat(errors).containsExactly("Unmatched quote: 'foo \"bar baz'");
  }

  @Test
  void braceCutFollowsReadLine() {
    assertThat(BraceSplitter.cutIndex("vrrp_instance X {")).isEqualTo(16);
    assertThat(BraceSplitter.cutIndex("{   1.2.3.4 }")).isEqualTo(4);
    assertThat(BraceSplitter.cutIndex("{")).isEqualTo(-1);
    assertThat(BraceSplitter.cutIndex("}")).isEqualTo(-1);
    assertThat(BraceSplitter.cutIndex("a \"{\" b")).isEqualTo(-1);
    assertThat(BraceSplitter.cutIndex("a '{' b")).isEqualTo(3);
    assertThat(BraceSplitter.cutIndex("a \"{ b")).isEqualTo(-1);
  }
}
