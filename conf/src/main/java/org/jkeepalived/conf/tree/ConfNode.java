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
 */
public record ConfNode(
    String keyword, List<String> args, List<ConfNode> children, boolean hasBlock, Location location) {

  public ConfNode {
    args = List.copyOf(args);
    children = List.copyOf(children);
  }

  /** The argument at {@code i}, or null when there are fewer. */
  public String arg(int i) {
    return i < args.size() ? args.get(i) : null;
  }
}
