package org.jkeepalived.linux.proc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {

  @Test
  void splitsAtUnquotedWhiteSpace() {
    assertThat(CommandLine.split("  /bin/x  a\tb  ")).containsExactly("/bin/x", "a", "b");
  }

  @Test
  void quotesGroupAndMayStartMidWord() {
    assertThat(CommandLine.split("a'b c'd \"e f\" ''")).containsExactly("ab cd", "e f", "");
    assertThat(CommandLine.split("'it\"s'")).containsExactly("it\"s");
  }

  @Test
  void backslashEscapesIncludingCForms() {
    assertThat(CommandLine.split("a\\ b \\x41\\101\\cA\\E\\'"))
        .containsExactly("a b", "AA\u0001\u001b'");
    assertThat(CommandLine.split("'x\\ty'")).containsExactly("x\ty");
  }

  @Test
  void hexEscapeEatsEveryHexDigitKeepingLowByte() {
    // keepalived accumulates all following hex digits into one char
    assertThat(CommandLine.split("\\x141")).containsExactly("A");
  }

  @Test
  void rejectsUnterminatedQuoteAndTrailingBackslash() {
    assertThatThrownBy(() -> CommandLine.split("a 'b")).hasMessageContaining("missing terminating '");
    assertThatThrownBy(() -> CommandLine.split("a\\")).hasMessageContaining("Missing escape");
  }

  @Test
  void scriptLineIsSplitTwiceAsKeepalivedDoes() {
    // seen with keepalived 2.2.7: notify "/var/tmp/jknt/note.sh 'g any' x\\ty" ran note.sh
    // with the arguments [g any] and [x<TAB>y]
    var line = CommandLine.parseScriptLine("notify \"/s/note.sh 'g any' x\\\\ty\" alice staff");
    assertThat(line.keyword()).isEqualTo("notify");
    assertThat(line.command()).containsExactly("/s/note.sh", "g any", "x\ty");
    assertThat(line.user()).isEqualTo("alice");
    assertThat(line.group()).isEqualTo("staff");
    var bare = CommandLine.parseScriptLine("notify_master /s/x.sh");
    assertThat(bare.command()).containsExactly("/s/x.sh");
    assertThat(bare.user()).isNull();
  }

  @Test
  void scriptLineNeedsAScript() {
    assertThatThrownBy(() -> CommandLine.parseScriptLine("notify")).hasMessageContaining("missing");
    assertThatThrownBy(() -> CommandLine.parseScriptLine("notify \"  \"")).hasMessageContaining("missing");
  }

  @Test
  void shellStringQuotesWordsButNotARedirection() {
    // keepalived's dump shows scripts this way: '/var/tmp/jknt/note.sh' 'backup'
    assertThat(CommandLine.shellString(List.of("/bin/x", "a b"))).isEqualTo("'/bin/x' 'a b'");
    assertThat(CommandLine.shellString(List.of("</dev/tcp/h/80"))).isEqualTo("</dev/tcp/h/80");
  }
}
