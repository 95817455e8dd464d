package org.jkeepalived.conf.pre;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jkeepalived.conf.tree.ConfNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** include and its variants; messages and severities as keepalived 2.2.7 -t gives them. */
class IncludeTest {
  @TempDir Path dir;
  ReaderTestSupport t;

  @BeforeEach
  void setUp() {
    t = new ReaderTestSupport(dir);
    t.write("inc/a.conf", "a1\ninclude sub/b.conf\na2\n");
    t.write("inc/sub/b.conf", "b1\n");
    t.write("inc/c.conf", "c1\n");
  }

  @Test
  void nestedIncludesResolveRelativeToTheIncludingFile() {
    List<ConfNode> nodes = t.read("m1\ninclude inc/a.conf\nm2\n");
    List<String> where = nodes.stream()
        .map(n -> n.keyword() + "@" + n.location().file() + ":" + n.location().line()).toList();
    assertThat(where).containsExactly("m1@" + dir.resolve("keepalived.conf") + ":1",
        "a1@inc/a.conf:1", "b1@sub/b.conf:1", "a2@inc/a.conf:3",
        "m2@" + dir.resolve("keepalived.conf") + ":3");
  }

  @Test
  void globsAreSortedAndBracesKeepTheirOrder() {
    assertThat(t.flat("include inc/*.conf\ninclude inc/{c,a}.conf\n"))
        .containsExactly("a1", "b1", "a2", "c1", "c1", "a1", "b1", "a2");
  }

  @Test
  void includeInsideABlockAndUnderAConditional() {
    assertThat(t.flat("x {\n include inc/c.conf\n}\n@main include inc/c.conf\n@other include x\n"))
        .containsExactly("x {", "  c1", "c1");
  }

  @Test
  void plainIncludeNeverFails() {
    assertThat(t.flat("include nomatch.conf\ninclude nomatch*.conf\n")).isEmpty();
    assertThat(t.diagnostics())
        .containsExactly("INFO keepalived.conf:1 Config files missing 'nomatch.conf'.");
    assertThat(t.diag.exitCode()).isZero();
  }

  @Test
  void variantsMakeMissingFilesErrors() {
    t.flat("includer nomatch.conf\nincludem nomatch.conf\nincludem nomatch*.conf\n"
        + "includew nomatch*.conf\nincludeb inc/{a,zz}.conf\nincludew inc/{a,zz}.conf\n"
        + "includea inc/{zz}.conf\nincluder inc\n");
    assertThat(t.diagnostics()).containsExactly(
        "INFO keepalived.conf:1 Config files missing 'nomatch.conf'.",
        "ERROR keepalived.conf:2 Config files missing 'nomatch.conf'.",
        "ERROR keepalived.conf:4 No config files matched 'nomatch*.conf'.",
        "ERROR keepalived.conf:5 Some config files missing: \"inc/{a,zz}.conf\".",
        "INFO keepalived.conf:6 Some config files missing: \"inc/{a,zz}.conf\".",
        "ERROR keepalived.conf:7 Config files missing 'inc/{zz}.conf'.",
        "ERROR keepalived.conf:8 Configuration file 'inc/' is a directory - skipping");
  }

  @Test
  void includeCheckRaisesTheLevelForLaterIncludes() {
    t.flat("global_defs {\n include_check match\n}\ninclude nomatch.conf\n");
    assertThat(t.diagnostics())
        .containsExactly("ERROR keepalived.conf:4 Config files missing 'nomatch.conf'.");
  }

  @Test
  void includeLoopsAreCutWithAnError() {
    t.write("loop.conf", "l1\ninclude loop.conf\n");
    assertThat(t.flat("include loop.conf\n")).containsExactly("l1");
    assertThat(t.diagnostics()).singleElement().asString().contains("include loop");
  }

  @Test
  void theWholeRestOfTheLineIsThePattern() {
    t.flat("include \"inc/c.conf\"\ninclude inc/c.conf extra\n");
    assertThat(t.diagnostics()).containsExactly(
        "INFO keepalived.conf:1 Config files missing '\"inc/c.conf\"'.",
        "INFO keepalived.conf:2 Config files missing 'inc/c.conf extra'.");
  }

  @Test
  void pwdFollowsTheIncludedFile() {
    t.write("inc/p.conf", "p ${_PWD}\n");
    assertThat(t.flat("include inc/p.conf\n"))
        .containsExactly("p " + dir.resolve("inc").toAbsolutePath());
  }
}
