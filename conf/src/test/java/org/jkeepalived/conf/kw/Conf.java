package org.jkeepalived.conf.kw;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.jkeepalived.conf.diag.Location;
import org.jkeepalived.conf.tree.ConfNode;

/**
 * Test helper: turns a small keepalived.conf text into ConfNodes (words split on blanks, double
 * quotes grouping, '#'/'!' comments, one '{' or '}' per line end), standing in for the real
 * preprocessor in unit tests.
 */
public final class Conf {
  public static final Path FILE = Path.of("test.conf");

  private Conf() {}

  public static List<ConfNode> parse(String text) {
    return parse(text, FILE);
  }

  /** As {@link #parse(String)}, with locations in the given file. */
  public static List<ConfNode> parse(String text, Path file) {
    Deque<Frame> stack = new ArrayDeque<>();
    stack.push(new Frame(null));
    String[] lines = text.split("\n", -1);
    for (int ln = 0; ln < lines.length; ln++) {
      if (lines[ln].startsWith("@")) {
        // A conditional line for a config id that is not set (no -i): dropped.
        continue;
      }
      List<String> words = words(lines[ln]);
      if (words.isEmpty()) {
        continue;
      }
      if (words.get(0).equals("}")) {
        Frame done = stack.pop();
        stack.peek().nodes.add(done.close());
        continue;
      }
      boolean open = words.get(words.size() - 1).equals("{");
      if (open) {
        words = words.subList(0, words.size() - 1);
      }
      Frame f = new Frame(new Head(words, new Location(file, ln + 1)));
      if (open) {
        stack.push(f);
      } else {
        stack.peek().nodes.add(f.closeLeaf());
      }
    }
    return stack.peek().nodes;
  }

  private static List<String> words(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = null;
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (!quoted && (c == '#' || c == '!')) {
        break;
      }
      if (c == '"') {
        quoted = !quoted;
        if (cur == null) {
          cur = new StringBuilder();
        }
      } else if (!quoted && Character.isWhitespace(c)) {
        if (cur != null) {
          out.add(cur.toString());
          cur = null;
        }
      } else {
        if (cur == null) {
          cur = new StringBuilder();
        }
        cur.append(c);
      }
    }
    if (cur != null) {
      out.add(cur.toString());
    }
    return out;
  }

  private record Head(List<String> words, Location location) {}

  private static final class Frame {
    final Head head;
    final List<ConfNode> nodes = new ArrayList<>();

    Frame(Head head) {
      this.head = head;
    }

    ConfNode close() {
      return new ConfNode(
          head.words.get(0), head.words.subList(1, head.words.size()), nodes, true, head.location);
    }

    ConfNode closeLeaf() {
      return new ConfNode(
          head.words.get(0), head.words.subList(1, head.words.size()), List.of(), false,
          head.location);
    }
  }

  /** For tests that want a literal word list. */
  public static ConfNode line(int lineNo, String... words) {
    return new ConfNode(
        words[0], Arrays.asList(words).subList(1, words.length), List.of(), false,
        new Location(FILE, lineNo));
  }
}
