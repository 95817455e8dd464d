package org.jkeepalived.mibs.config;

/** A netlink socket receive buffer size (null: the kernel default) and whether to force it. */
public record NetlinkBuffer(Integer bytes, boolean force) {
  public static final NetlinkBuffer DEFAULT = new NetlinkBuffer(null, false);
}
