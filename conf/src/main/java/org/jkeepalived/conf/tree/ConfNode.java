package org.jkeepalived.conf.tree;

import java.util.List;
import org.jkeepalived.conf.diag.Location;

/**
 * One logical configuration line after preprocessing (includes, conditionals, parameters and
 * repetition applied, comments and quotes removed): its first word, the remaining words, and the
 * lines of the block it opened with {@code {}, if any. The keyword tables give it meaning.
 *
 * @param keyword the first word
 * @param args the remaining words, unquoted
 * @param children the lines of the block this line opened; empty when it opened none
 * @param hasBlock whether a block was opened (an empty {@code {}} still counts)
 * @param location where the line came from
 * @param text the line's text after preprocessing, before it was split into words: keepalived
 *     re-splits script command lines itself (single quotes, backslash escapes), so script keywords
 *     need it
 */
public record ConfNode(
    String keyword,
    List<String> args,
    List<ConfNode> children,
    boolean hasBlock,
    Location location,
    String text) {

  public ConfNode {
    args = List.copyOf(args);
    children = List.copyOf(children);
    if (text == null) {
      text = args.isEmpty() ? keyword : keyword + " " + String.join(" ", args);
    }
  }

  /** A node whose text is its words joined by single spaces. */
  public ConfNode(
      String keyword, List<String> args, List<ConfNode> children, boolean hasBlock, Location location) {
    this(keyword, args, children, hasBlock, location, null);
  }

  /** The argument at {@code i}, or null when there are fewer. */
  public String arg(int i) {
    return i < args.size() ? args.get(i) : null;
  }
}
