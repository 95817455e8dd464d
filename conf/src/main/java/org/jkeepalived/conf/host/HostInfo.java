package org.jkeepalived.conf.host;

import java.net.InetAddress;
import java.util.List;

/**
 * The facts about the host that configuration checks depend on (keepalived looks at the live
 * interface list while checking a configuration). Implementations must be cheap to query
 * repeatedly; callers may ask about the same interface for each of 10,000 instances.
 */
public interface HostInfo {
  /** Whether a network interface of this name exists now. */
  boolean interfaceExists(String name);

  /** Whether the interface is a loopback interface (keepalived refuses those for VRRP). */
  boolean isLoopback(String name);

  /** The addresses configured on the interface; empty when it does not exist. */
  List<InetAddress> addresses(String name);

  /** The host name, keepalived's default router_id and SMTP HELO name. */
  String hostname();

  /**
   * Whether a script's program can be run: a path with '/' must be an executable file, a bare
   * name is looked up in keepalived's PATH (/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:
   * /sbin:/bin).
   */
  boolean programExists(String program);

  /** Whether a system user of this name exists (keepalived's default script user). */
  boolean userExists(String name);

  /** Whether the directory exists (keepalived words a missing script differently then). */
  boolean directoryExists(String path);
}
