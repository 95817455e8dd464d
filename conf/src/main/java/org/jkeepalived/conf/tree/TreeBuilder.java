package org.jkeepalived.conf.tree;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.diag.Location;

/**
 * Builds the {@link ConfNode} tree from logical lines in which every brace stands alone, as
 * keepalived's reader delivers them. A {@code {} opens the block of the line before it at the same
 * level; a {@code }} closes the innermost open block. Recovery follows keepalived 2.2.7's {@code
 * process_stream()}: a {@code {} with no line to open is reported ("Unexpected '{' - ignoring") and
 * the lines after it stay at the current level, so its {@code }} closes the enclosing block; a
 * {@code }} at the top level is kept as a node with keyword {@code }} so that the keyword tables
 * report it as keepalived does ("Unknown keyword '}'"). Blocks left open at the end are closed.
 */
public final class TreeBuilder {
  private static final class Node {
    final String keyword;
    final List<String> args;
    final Location location;
    final String text;
    List<Node> children;

    Node(String keyword, List<String> args, Location location, String text) {
      this.keyword = keyword;
      this.args = args;
      this.location = location;
      this.text = text;
    }
  }

  private final Diagnostics diagnostics;
  private final List<Node> top = new ArrayList<>();
  private final Deque<List<Node>> levels = new ArrayDeque<>();

  public TreeBuilder(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
    levels.push(top);
  }

  /** A line of words (the first is the keyword). */
  public void line(List<String> words, Location location) {
    line(words, location, null);
  }

  /** A line of words (the first is the keyword) with its unsplit text. */
  public void line(List<String> words, Location location, String text) {
    levels.peek().add(new Node(words.get(0), words.subList(1, words.size()), location, text));
  }

  /** A line that is only {@code {}. */
  public void open(Location location) {
    List<Node> level = levels.peek();
    Node last = level.isEmpty() ? null : level.get(level.size() - 1);
    if (last == null || last.children != null) {
      diagnostics.error(location, "Unexpected '{' - ignoring");
      return;
    }
    last.children = new ArrayList<>();
    levels.push(last.children);
  }

  /** A line that is only {@code }}. */
  public void close(Location location) {
    if (levels.size() > 1) {
      levels.pop();
    } else {
      top.add(new Node("}", List.of(), location, "}"));
    }
  }

  /** The top-level nodes in order. */
  public List<ConfNode> build() {
    return convert(top);
  }

  private static List<ConfNode> convert(List<Node> nodes) {
    List<ConfNode> out = new ArrayList<>(nodes.size());
    for (Node n : nodes) {
      List<ConfNode> children = n.children == null ? List.of() : convert(n.children);
      out.add(new ConfNode(n.keyword, n.args, children, n.children != null, n.location, n.text));
    }
    return out;
  }
}
