package org.jkeepalived.conf.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.diag.Location;
import org.junit.jupiter.api.Test;

class TreeBuilderTest {
  private final Diagnostics diag = new Diagnostics();
  private final TreeBuilder tree = new TreeBuilder(diag);

  private static Location at(int line) {
    return new Location(Path.of("k.conf"), line);
  }

  @Test
  void openBraceBelongsToThePreviousLine() {
    tree.line(List.of("a", "x"), at(1));
    tree.open(at(2));
    tree.line(List.of("b"), at(3));
    tree.close(at(4));
    tree.line(List.of("c"), at(5));
    List<ConfNode> nodes = tree.build();
    assertThat(nodes).hasSize(2);
    assertThat(nodes.get(0).hasBlock()).isTrue();
    assertThat(nodes.get(0).args()).containsExactly("x");
    assertThat(nodes.get(0).children()).extracting(ConfNode::keyword).containsExactly("b");
    assertThat(nodes.get(1).hasBlock()).isFalse();
    assertThat(diag.all()).isEmpty();
  }

  @Test
  void emptyBlockStillCounts() {
    tree.line(List.of("a"), at(1));
    tree.open(at(1));
    tree.close(at(1));
    assertThat(tree.build().get(0).hasBlock()).isTrue();
  }

  @Test
  void unexpectedOpenIsReportedAndItsCloseEndsTheEnclosingBlock() {
    tree.line(List.of("outer"), at(1));
    tree.open(at(1));
    tree.open(at(2));
    tree.line(List.of("inner"), at(3));
    tree.close(at(4));
    tree.line(List.of("after"), at(5));
    List<ConfNode> nodes = tree.build();
    assertThat(diag.all()).extracting(d -> d.render())
        .containsExactly("(k.conf: Line 2) Unexpected '{' - ignoring");
    assertThat(nodes).extracting(ConfNode::keyword).containsExactly("outer", "after");
    assertThat(nodes.get(0).children()).extracting(ConfNode::keyword).containsExactly("inner");
  }

  @Test
  void closeAtTopLevelBecomesANodeForTheKeywordTables() {
    tree.close(at(7));
    List<ConfNode> nodes = tree.build();
    assertThat(nodes).singleElement().satisfies(n -> {
      assertThat(n.keyword()).isEqualTo("}");
      assertThat(n.location().line()).isEqualTo(7);
    });
  }

  @Test
  void blocksLeftOpenAreClosedAtTheEnd() {
    tree.line(List.of("a"), at(1));
    tree.open(at(1));
    tree.line(List.of("b"), at(2));
    List<ConfNode> nodes = tree.build();
    assertThat(nodes.get(0).children()).hasSize(1);
  }
}
