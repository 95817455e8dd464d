package org.jkeepalived.mibs.config;

import java.net.InetAddress;

/**
 * A VIP, excluded VIP or static address, with the {@code ip address add} options keepalived
 * accepts. {@code broadcast} is null when not given; {@code preferredLft} null means the kernel
 * default (keepalived sets 0 for an IPv6 /128), -1 means forever.
 */
public record VirtualAddress(
    IpPrefix address,
    InetAddress broadcast,
    String dev,
    boolean useVmac,
    String scope,
    String label,
    IpPrefix peer,
    boolean home,
    boolean noDad,
    boolean mngTmpAddr,
    boolean noPrefixRoute,
    boolean autoJoin,
    boolean noTrack,
    String trackGroup,
    Integer preferredLft) {}
