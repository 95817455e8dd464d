package org.jkeepalived.conf.pre;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jkeepalived.conf.diag.Severity;
import org.jkeepalived.conf.tree.ConfNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lexing, braces and recovery; expectations checked against keepalived 2.2.7 -t. */
class ConfigReaderTest {
  @TempDir Path dir;
  ReaderTestSupport t;

  @BeforeEach
  void setUp() {
    t = new ReaderTestSupport(dir);
  }

  @Test
  void bracesOnTheKeywordLineTheNextLineOrOneLine() {
    List<String> out = t.flat("vrrp_instance X {\n state MASTER\n}\n"
        + "virtual_server 1.2.3.4 80\n{\n  real_server 5.6.7.8 80 {\n weight 1 }\n}\n"
        + "static_ipaddress { 1.2.3.4 }\n");
    assertThat(out).containsExactly(
        "vrrp_instance X {", "  state MASTER",
        "virtual_server 1.2.3.4 80 {", "  real_server 5.6.7.8 80 {", "    weight 1",
        "static_ipaddress {", "  1.2.3.4");
    assertThat(t.diagnostics()).isEmpty();
  }

  @Test
  void textAfterAClosingBraceIsTheNextLine() {
    assertThat(t.flat("a { b } c\n")).containsExactly("a {", "  b", "c");
  }

  @Test
  void locationsNameFileAndLine() {
    List<ConfNode> nodes = t.read("\n\nfoo {\n  bar\n}\n");
    assertThat(nodes.get(0).location().line()).isEqualTo(3);
    assertThat(nodes.get(0).children().get(0).location().line()).isEqualTo(4);
    assertThat(nodes.get(0).location().file()).isEqualTo(dir.resolve("keepalived.conf"));
  }

  @Test
  void commentsQuotesTabsAndCrlf() {
    assertThat(t.flat("a \"b c\" # x\r\n\tq\t'r s' ! y\r\n\"u#v\" w\r\n"))
        .containsExactly("a b c", "q 'r s'", "u#v w");
  }

  @Test
  void extraClosingBraceIsReportedAtItsLine() {
    assertThat(t.flat("a {\n}\n}\nb\n")).containsExactly("a {", "}", "b");
    assertThat(t.diagnostics()).containsExactly("ERROR keepalived.conf:3 Extra '}' found");
  }

  @Test
  void missingClosingBraceIsReportedAtTheEnd() {
    assertThat(t.flat("a {\n b {\n")).containsExactly("a {", "  b {");
    assertThat(t.diagnostics()).containsExactly("ERROR There are 2 missing '}'s or extra '{'s");
  }

  @Test
  void unterminatedQuoteIsReportedTwiceAsKeepalivedDoes() {
    assertThat(t.flat("foo \"bar\nnext\n")).containsExactly("foo", "next");
    assertThat(t.diagnostics()).containsExactly(
        "ERROR keepalived.conf:1 Unterminated quote 'foo \"bar'",
        "ERROR keepalived.conf:1 Unmatched quote: 'foo \"bar'");
  }

  @Test
  void lineContinuationIsNotJoinedOutsideDefinitions() {
    assertThat(t.flat("w6 x\\\nw7 y\n")).containsExactly("w6 x\\", "w7 y");
  }

  @Test
  void longLinesArriveInChunksOf1023AsWithFgets() {
    String x = "x".repeat(1100);
    assertThat(t.flat("foo " + x + " bar\n"))
        .containsExactly("foo " + "x".repeat(1019), "x".repeat(81) + " bar");
  }

  @Test
  void missingMainFileIsFatal() {
    List<ConfNode> nodes =
        new ConfigReader().read(dir.resolve("nope.conf"), t.options, t.diag);
    assertThat(nodes).isEmpty();
    assertThat(t.diag.all()).singleElement()
        .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.FATAL));
    assertThat(t.diag.exitCode()).isEqualTo(4);
  }

  @Test
  void quotedBraceIsAWordNotABlock() {
    assertThat(t.flat("a \"{\" b\n")).containsExactly("a { b");
  }
}
