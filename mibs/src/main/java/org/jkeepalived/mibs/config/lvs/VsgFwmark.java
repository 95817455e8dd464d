package org.jkeepalived.mibs.config.lvs;

/** A fwmark entry of a virtual_server_group; {@code family} is null unless inet/inet6 was given. */
public record VsgFwmark(long mark, IpFamily family) {}
