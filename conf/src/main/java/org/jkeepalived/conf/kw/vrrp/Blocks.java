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
    ConfNode last = n;
    while (!last.children().isEmpty()) {
      last = last.children().get(last.children().size() - 1);
    }
    if (last == n) {
      return n.location();
    }
    return new Location(last.location().file(), last.location().line() + 1);
  }
}
