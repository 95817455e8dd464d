package org.jkeepalived.agent.snmp;

import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * Where notifications go: an SNMPv2c sink (with {@code community}) or an SNMPv3 sink (sent as
 * {@code user}, who must be a configured USM user), as traps or as informs that are retried
 * {@code retries} times, waiting {@code timeout} for each acknowledgement.
 */
public record TrapSinkSettings(
    InetSocketAddress address,
    boolean v3,
    String community,
    String user,
    boolean inform,
    int retries,
    Duration timeout) {

  /** Never prints the community. */
  @Override
  public String toString() {
    return "TrapSinkSettings[" + address + (v3 ? ", v3 user=" + user : ", v2c")
        + (inform ? ", inform retries=" + retries + " timeout=" + timeout : ", trap") + "]";
  }
}
