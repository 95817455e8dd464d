package org.jkeepalived.linux.rtnl;

import java.net.InetAddress;
import java.util.Objects;

/**
 * One policy routing rule as rtnetlink carries it: {@code struct fib_rule_hdr} and the FRA_*
 * attributes jkeepalived sets. Null means "not given" (the kernel's wildcard). {@code table} is
 * the full 32-bit table id (ids above 255 travel in FRA_TABLE); {@code action} is an FR_ACT_*.
 */
public record KernelRule(
    int family,
    boolean invert,
    InetAddress source,
    int sourceLength,
    InetAddress destination,
    int destinationLength,
    int tos,
    int table,
    int action,
    Integer priority,
    String inputInterface,
    String outputInterface,
    Long fwmark,
    Long fwmask,
    Integer gotoTarget,
    Integer suppressPrefixLength,
    boolean l3mdev,
    int protocol) {

  /** A rule of {@code family} looking up {@code table}, keepalived's protocol, nothing else. */
  public static KernelRule lookup(int family, int table) {
    return new KernelRule(family, false, null, 0, null, 0, 0, table, Rtnl.FR_ACT_TO_TBL, null,
        null, null, null, null, null, null, false, Rtnl.RTPROT_KEEPALIVED);
  }

  public KernelRule withSource(InetAddress from, int length) {
    return new KernelRule(family, invert, from, length, destination, destinationLength, tos,
        table, action, priority, inputInterface, outputInterface, fwmark, fwmask, gotoTarget,
        suppressPrefixLength, l3mdev, protocol);
  }

  public KernelRule withDestination(InetAddress to, int length) {
    return new KernelRule(family, invert, source, sourceLength, to, length, tos, table, action,
        priority, inputInterface, outputInterface, fwmark, fwmask, gotoTarget,
        suppressPrefixLength, l3mdev, protocol);
  }

  public KernelRule withPriority(Integer preference) {
    return new KernelRule(family, invert, source, sourceLength, destination, destinationLength,
        tos, table, action, preference, inputInterface, outputInterface, fwmark, fwmask,
        gotoTarget, suppressPrefixLength, l3mdev, protocol);
  }

  public KernelRule withProtocol(int proto) {
    return new KernelRule(family, invert, source, sourceLength, destination, destinationLength,
        tos, table, action, priority, inputInterface, outputInterface, fwmark, fwmask,
        gotoTarget, suppressPrefixLength, l3mdev, proto);
  }

  /**
   * Whether {@code other} is the same rule for the kernel: every selector and the action match
   * (the protocol is not part of a rule's identity).
   */
  public boolean sameRule(KernelRule other) {
    return withProtocol(0).equals(other.withProtocol(0));
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    if (priority != null) {
      b.append(priority).append(": ");
    }
    b.append(invert ? "not " : "").append("from ")
        .append(source == null ? "all" : source.getHostAddress() + "/" + sourceLength);
    if (destination != null) {
      b.append(" to ").append(destination.getHostAddress()).append('/').append(destinationLength);
    }
    b.append(" action ").append(action).append(" table ").append(table);
    if (!Objects.equals(gotoTarget, null)) {
      b.append(" goto ").append(gotoTarget);
    }
    return b.toString();
  }
}
