package org.jkeepalived.conf.kw;

import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.diag.Location;
import org.jkeepalived.conf.host.HostInfo;
import org.jkeepalived.conf.tree.ConfNode;

/**
 * What keyword handlers may use besides their builder: where to report problems and the facts of
 * the host the configuration is checked on.
 */
public final class ParseContext {
  private final Diagnostics diags;
  private final HostInfo host;

  public ParseContext(Diagnostics diags, HostInfo host) {
    this.diags = diags;
    this.host = host;
  }

  public Diagnostics diagnostics() {
    return diags;
  }

  public HostInfo host() {
    return host;
  }

  public void error(ConfNode node, String message) {
    diags.error(location(node), message);
  }

  public void warning(ConfNode node, String message) {
    diags.warning(location(node), message);
  }

  /** keepalived's report for a keyword no table knows; the line (and its block) is skipped. */
  public void unknownKeyword(ConfNode node) {
    diags.error(location(node), "Unknown keyword '" + node.keyword() + "'");
  }

  private static Location location(ConfNode node) {
    return node == null ? null : node.location();
  }
}
