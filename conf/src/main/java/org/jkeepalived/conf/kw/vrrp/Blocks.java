package org.jkeepalived.conf.kw.vrrp;

import org.jkeepalived.conf.diag.Location;
import org.jkeepalived.conf.tree.ConfNode;

/** Small helpers for named blocks. */
public final class Blocks {
  private Blocks() {}

  /**
   * Where the block's closing brace most likely is: the line after its last line (keepalived
   * reports some end-of-block checks there). The parse tree keeps no closing-brace location, so
   * a brace after blank or comment lines is reported a little early.
   */
  public static Location end(ConfNode n) {
    if (n.children().isEmpty()) {
      // An empty block: "NAME {" then "}" on the next line is the usual layout.
      return n.hasBlock() ? new Location(n.location().file(), n.location().line() + 1) : n.location();
    }
    ConfNode last = n.children().get(n.children().size() - 1);
    // The last line's own block closes first; this block's brace is the line after that.
    Location lastEnd = last.hasBlock() ? end(last) : last.location();
    return new Location(lastEnd.file(), lastEnd.line() + 1);
  }
}
