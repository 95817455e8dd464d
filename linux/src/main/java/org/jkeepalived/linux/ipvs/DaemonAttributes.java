package org.jkeepalived.linux.ipvs;

import static org.jkeepalived.linux.ipvs.IpvsNetlink.*;

import java.net.Inet6Address;
import java.net.InetAddress;
import org.jkeepalived.linux.netlink.MessageBuilder;

/**
 * IPVS_CMD_ATTR_DAEMON: a connection sync daemon, both ways. Starting one sends what keepalived's
 * libipvs ipvs_start_daemon sends: STATE, MCAST_IFN, SYNC_ID, then SYNC_MAXLEN, MCAST_PORT,
 * MCAST_TTL and the group only when set (zero leaves the kernel's default). Stopping one sends
 * STATE and SYNC_ID (the kernel reads only STATE).
 */
final class DaemonAttributes {
  private DaemonAttributes() {}

  static void putStart(MessageBuilder b, IpvsSyncDaemon d) {
    b.beginNested(CMD_ATTR_DAEMON, true);
    b.attrU32(DAEMON_ATTR_STATE, d.role().state());
    b.attrString(DAEMON_ATTR_MCAST_IFN, d.interfaceName());
    b.attrU32(DAEMON_ATTR_SYNC_ID, d.syncId());
    if (d.maxLength() != 0) {
      b.attrU16(DAEMON_ATTR_SYNC_MAXLEN, d.maxLength());
    }
    if (d.port() != 0) {
      b.attrU16(DAEMON_ATTR_MCAST_PORT, d.port());
    }
    if (d.ttl() != 0) {
      b.attrU8(DAEMON_ATTR_MCAST_TTL, d.ttl());
    }
    putGroup(b, d.group());
    b.endNested();
  }

  static void putStop(MessageBuilder b, IpvsSyncDaemon.Role role, int syncId) {
    b.beginNested(CMD_ATTR_DAEMON, true);
    b.attrU32(DAEMON_ATTR_STATE, role.state());
    b.attrU32(DAEMON_ATTR_SYNC_ID, syncId);
    b.endNested();
  }

  /** A running daemon as GET_DAEMON dumps it (ip_vs_genl_fill_daemon), nested unflagged. */
  static void putKernelForm(MessageBuilder b, IpvsSyncDaemon d) {
    b.beginNested(CMD_ATTR_DAEMON, false);
    b.attrU32(DAEMON_ATTR_STATE, d.role().state());
    b.attrString(DAEMON_ATTR_MCAST_IFN, d.interfaceName());
    b.attrU32(DAEMON_ATTR_SYNC_ID, d.syncId());
    b.attrU16(DAEMON_ATTR_SYNC_MAXLEN, d.maxLength());
    b.attrU16(DAEMON_ATTR_MCAST_PORT, d.port());
    b.attrU8(DAEMON_ATTR_MCAST_TTL, d.ttl());
    putGroup(b, d.group());
    b.endNested();
  }

  private static void putGroup(MessageBuilder b, InetAddress group) {
    if (group instanceof Inet6Address) {
      b.attr(DAEMON_ATTR_MCAST_GROUP6, group.getAddress());
    } else if (group != null) {
      b.attr(DAEMON_ATTR_MCAST_GROUP, group.getAddress());
    }
  }

  static IpvsSyncDaemon read(AttrReader a) throws IpvsException {
    long state = a.u32(DAEMON_ATTR_STATE, -1);
    IpvsSyncDaemon.Role role;
    if (state == IpvsSyncDaemon.Role.MASTER.state()) {
      role = IpvsSyncDaemon.Role.MASTER;
    } else if (state == IpvsSyncDaemon.Role.BACKUP.state()) {
      role = IpvsSyncDaemon.Role.BACKUP;
    } else {
      throw new IpvsException("IPVS sync daemon in state " + state + ", not master (1) or"
          + " backup (2)", 0);
    }
    String ifname = a.name(DAEMON_ATTR_MCAST_IFN, NAME_MAXLEN);
    if (ifname == null) {
      throw a.missing(DAEMON_ATTR_MCAST_IFN, "interface");
    }
    InetAddress group = a.address(DAEMON_ATTR_MCAST_GROUP6, IpvsServiceKey.AF_INET6);
    if (group == null) {
      group = a.address(DAEMON_ATTR_MCAST_GROUP, IpvsServiceKey.AF_INET);
    }
    return new IpvsSyncDaemon(role, ifname, (int) a.u32(DAEMON_ATTR_SYNC_ID, 0),
        a.u16(DAEMON_ATTR_SYNC_MAXLEN, 0), a.u16(DAEMON_ATTR_MCAST_PORT, 0),
        a.u8(DAEMON_ATTR_MCAST_TTL, 0), group);
  }
}
