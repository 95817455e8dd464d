package org.jkeepalived.conf.kw;

import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.diag.Location;
import org.jkeepalived.conf.host.HostInfo;
import org.jkeepalived.conf.kw.vrrp.Blocks;
import org.jkeepalived.conf.tree.ConfNode;

/**
 * What keyword handlers may use besides their builder: where to report problems and the facts of
 * the host the configuration is checked on.
 */
public final class ParseContext {
  private final Diagnostics diags;
  private final HostInfo host;
  private boolean missingInterface;
  private boolean dynamicInterfaces;

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

  /** A {@link org.jkeepalived.conf.diag.Severity#NOTE}: {@code -t} prints it, exit code unchanged. */
  public void note(ConfNode node, String message) {
    diags.note(location(node), message);
  }

  /** Notes that a configured interface does not exist (keepalived's final summary line). */
  public void noteMissingInterface() {
    missingInterface = true;
  }

  /** global_defs dynamic_interfaces was seen: missing interfaces are expected to appear. */
  public void allowDynamicInterfaces() {
    dynamicInterfaces = true;
  }

  public boolean dynamicInterfaces() {
    return dynamicInterfaces;
  }

  public boolean missingInterface() {
    return missingInterface;
  }

  /**
   * Checks an interface named for an address; keepalived warns at the line and keeps the
   * address (the interface may appear later).
   */
  public void checkAddressInterface(ConfNode node, String dev, String address) {
    if (dev != null && !host.interfaceExists(dev)) {
      warning(node, "WARNING - interface " + dev + " for ip address " + address + " doesn't exist");
      missingInterface = true;
    }
  }

  /**
   * keepalived's report for a keyword no table knows; the line and its block are skipped. For a
   * block keepalived ignores the '{' and then meets every line of the block, and the closing '}',
   * as unknown keywords of their own, so each is reported as keepalived does.
   */
  public void unknownKeyword(ConfNode node) {
    diags.error(location(node), "Unknown keyword '" + node.keyword() + "'");
    if (node.hasBlock()) {
      diags.error(location(node), "Unexpected '{' - ignoring");
      for (ConfNode child : node.children()) {
        unknownKeyword(child);
      }
      diags.error(Blocks.end(node), "Unknown keyword '}'");
    }
  }

  private static Location location(ConfNode node) {
    return node == null ? null : node.location();
  }
}
