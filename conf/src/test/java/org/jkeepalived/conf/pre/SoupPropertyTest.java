package org.jkeepalived.conf.pre;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.tree.ConfNode;

/** Random token soup never makes the reader throw; problems only become diagnostics. */
class SoupPropertyTest {

  @Provide
  Arbitrary<String> soup() {
    Arbitrary<String> token = Arbitraries.oneOf(
        Arbitraries.of("{", "}", "\"", "'", "#", "!", "\\", "\n", "\r\n", " ", "\t", "@main ",
            "@^x ", "$P=", "$M= \\\n", "$P", "${P}", "${_RANDOM 1 9}", "${_PWD}", "${_HASH}",
            "~SEQ(i,1,3) ", "~SEQx(h,0x9,2) ", "~LST(v,a,b) ", "~LST({a,b},{1,2}) ", "$i", "$",
            "include nothing*.conf\n", "includea {x,y}.conf\n", "include_check\n", "~SEQ(", ")",
            ",", "vrrp_instance", "x"),
        Arbitraries.strings().ofMaxLength(6));
    return token.list().ofMaxSize(80).map(l -> String.join("", l));
  }

  @Property(tries = 300)
  void readingNeverThrows(@ForAll("soup") String text) {
    Diagnostics diag = new Diagnostics();
    List<ConfNode> nodes = new ConfigReader().readText(text, Path.of("/nonexistent/soup.conf"),
        PreprocessOptions.forConfigId("main").withRandom(new Random(3)), diag);
    assertThat(count(nodes)).isGreaterThanOrEqualTo(0);
    assertThat(diag.exitCode()).isIn(0, 4, 5, 6);
  }

  private static int count(List<ConfNode> nodes) {
    int n = 0;
    List<ConfNode> todo = new ArrayList<>(nodes);
    while (!todo.isEmpty()) {
      ConfNode c = todo.remove(todo.size() - 1);
      n++;
      assertThat(c.keyword()).isNotNull();
      todo.addAll(c.children());
    }
    return n;
  }
}
