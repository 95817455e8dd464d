package org.jkeepalived.conf.kw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.conf.diag.Diagnostic;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.diag.Severity;
import org.jkeepalived.conf.host.FakeHostInfo;
import org.junit.jupiter.api.Test;

class KeywordTableTest {
  static final class Target {
    int n;
    boolean flag;
    List<String> words = new ArrayList<>();
    Target child;
  }

  private final Diagnostics diags = new Diagnostics();
  private final ParseContext ctx = new ParseContext(diags, new FakeHostInfo());

  private KeywordTable<Target> table() {
    KeywordTable<Target> inner =
        KeywordTable.<Target>builder("inner").integer("n", 1, 10, (t, v) -> t.n = v).build();
    return KeywordTable.<Target>builder("outer")
        .integer("n", 1, 10, (t, v) -> t.n = v)
        .flag("flag", (t, v) -> t.flag = v)
        .wordList("words", t -> t.words)
        .block("child", inner, t -> t.child = new Target())
        .build();
  }

  @Test
  void appliesHandlersInOrder() {
    Target t = new Target();
    table().apply(Conf.parse("n 3\nflag\nwords {\n a\n b\n}\nn 4\n"), t, ctx);
    assertThat(t.n).isEqualTo(4);
    assertThat(t.flag).isTrue();
    assertThat(t.words).containsExactly("a", "b");
    assertThat(diags.all()).isEmpty();
  }

  @Test
  void unknownKeywordIsReportedWithLineAndSkippedWithItsBlock() {
    Target t = new Target();
    table().apply(Conf.parse("n 2\nbogus {\n n 9\n}\nn2 5\n"), t, ctx);
    assertThat(t.n).isEqualTo(2);
    assertThat(diags.all())
        .extracting(Diagnostic::severity, d -> d.location().line(), Diagnostic::message)
        .containsExactly(
            // keepalived ignores the '{' and meets the block's lines and '}' as keywords
            org.assertj.core.groups.Tuple.tuple(Severity.ERROR, 2, "Unknown keyword 'bogus'"),
            org.assertj.core.groups.Tuple.tuple(Severity.ERROR, 2, "Unexpected '{' - ignoring"),
            org.assertj.core.groups.Tuple.tuple(Severity.ERROR, 3, "Unknown keyword 'n'"),
            org.assertj.core.groups.Tuple.tuple(Severity.ERROR, 4, "Unknown keyword '}'"),
            org.assertj.core.groups.Tuple.tuple(Severity.ERROR, 5, "Unknown keyword 'n2'"));
  }

  @Test
  void outOfRangeIntegerIsReportedAndIgnored() {
    Target t = new Target();
    t.n = 7;
    table().apply(Conf.parse("n 11"), t, ctx);
    assertThat(t.n).isEqualTo(7);
    assertThat(diags.all())
        .extracting(Diagnostic::message)
        .containsExactly("number '11' outside range [1, 10]", "n '11' is invalid");
  }

  @Test
  void flagAcceptsBooleanWords() {
    for (String word : List.of("off", "false", "no", "OFF")) {
      Target t = new Target();
      t.flag = true;
      table().apply(Conf.parse("flag " + word), t, ctx);
      assertThat(t.flag).as(word).isFalse();
    }
    Target t = new Target();
    table().apply(Conf.parse("flag maybe"), t, ctx);
    assertThat(t.flag).isFalse();
    assertThat(diags.all()).extracting(Diagnostic::message)
        .containsExactly("Invalid value 'maybe' for flag specified");
  }

  @Test
  void subBlockUsesItsOwnTable() {
    Target t = new Target();
    table().apply(Conf.parse("child {\n n 5\n flag\n}\n"), t, ctx);
    assertThat(t.child.n).isEqualTo(5);
    assertThat(t.n).isZero();
    assertThat(diags.all()).extracting(Diagnostic::message)
        .containsExactly("Unknown keyword 'flag'");
  }
}
