package org.jkeepalived.agent.dump;

import org.jkeepalived.mibs.model.VrrpStats;
import org.jkeepalived.mibs.store.StoreSnapshot;

/**
 * keepalived's statistics dump ({@code vrrp_print_stats}, /tmp/keepalived.stats, written on
 * SIGUSR2), line for line as keepalived 2.2.7 writes it.
 */
final class StatsDump {
  private StatsDump() {}

  static String render(StoreSnapshot snapshot) {
    StringBuilder sb = new StringBuilder();
    for (InstanceView v : InstanceView.of(snapshot)) {
      VrrpStats s = v.state().stats();
      sb.append("VRRP Instance: ").append(v.config().name()).append('\n')
          .append("  Advertisements:\n")
          .append("    Received: ").append(s.advertiseRcvd()).append('\n')
          .append("    Sent: ").append(s.advertiseSent()).append('\n')
          .append("  Became master: ").append(s.becomeMaster()).append('\n')
          .append("  Released master: ").append(s.releaseMaster()).append('\n')
          .append("  Packet Errors:\n")
          .append("    Length: ").append(s.packetLengthErrors()).append('\n')
          .append("    TTL: ").append(s.ipTtlErrors()).append('\n')
          .append("    Invalid Type: ").append(s.invalidTypePktsRcvd()).append('\n')
          .append("    Advertisement Interval: ").append(s.advertiseIntervalErrors()).append('\n')
          .append("    Address List: ").append(s.addressListErrors()).append('\n')
          .append("  Authentication Errors:\n")
          .append("    Invalid Type: ").append(s.invalidAuthType()).append('\n')
          .append("    Type Mismatch: ").append(s.authTypeMismatch()).append('\n')
          .append("    Failure: ").append(s.authFailures()).append('\n')
          .append("  Priority Zero:\n")
          .append("    Received: ").append(s.priorityZeroPktsRcvd()).append('\n')
          .append("    Sent: ").append(s.priorityZeroPktsSent()).append('\n');
    }
    return sb.toString();
  }
}
