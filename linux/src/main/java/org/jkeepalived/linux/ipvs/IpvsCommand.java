package org.jkeepalived.linux.ipvs;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Objects;
import org.jkeepalived.linux.netlink.NetlinkMessage;

/**
 * One change to the IPVS table, as a value: what {@link IpvsControl#apply} sends several of at
 * once. Each names the service it belongs to, so that a caller can tell which commands a refused
 * NEW_SERVICE leaves without their service. Made by the factories, one per IPVS command.
 *
 * @param settings the service's settings (NEW_SERVICE, SET_SERVICE), else null
 * @param destination the destination (NEW_DEST, SET_DEST), else null
 * @param destKey the destination's key (every destination command), else null
 */
public record IpvsCommand(Op op, IpvsServiceKey service, IpvsService settings,
    IpvsDestination destination, IpvsDestKey destKey) {

  /** The IPVS commands that change the table (include/uapi/linux/ip_vs.h). */
  public enum Op {
    NEW_SERVICE(IpvsNetlink.CMD_NEW_SERVICE),
    SET_SERVICE(IpvsNetlink.CMD_SET_SERVICE),
    DEL_SERVICE(IpvsNetlink.CMD_DEL_SERVICE),
    NEW_DEST(IpvsNetlink.CMD_NEW_DEST),
    SET_DEST(IpvsNetlink.CMD_SET_DEST),
    DEL_DEST(IpvsNetlink.CMD_DEL_DEST);

    final int cmd;

    Op(int cmd) {
      this.cmd = cmd;
    }

    public boolean isDestination() {
      return this == NEW_DEST || this == SET_DEST || this == DEL_DEST;
    }
  }

  public IpvsCommand {
    Objects.requireNonNull(op);
    Objects.requireNonNull(service);
  }

  public static IpvsCommand addService(IpvsService s) {
    return new IpvsCommand(Op.NEW_SERVICE, s.key(), s, null, null);
  }

  public static IpvsCommand editService(IpvsService s) {
    return new IpvsCommand(Op.SET_SERVICE, s.key(), s, null, null);
  }

  public static IpvsCommand deleteService(IpvsServiceKey k) {
    return new IpvsCommand(Op.DEL_SERVICE, k, null, null, null);
  }

  public static IpvsCommand addDestination(IpvsServiceKey k, IpvsDestination d) {
    return new IpvsCommand(Op.NEW_DEST, k, null, d, d.key());
  }

  public static IpvsCommand editDestination(IpvsServiceKey k, IpvsDestination d) {
    return new IpvsCommand(Op.SET_DEST, k, null, d, d.key());
  }

  public static IpvsCommand deleteDestination(IpvsServiceKey k, IpvsDestKey d) {
    return new IpvsCommand(Op.DEL_DEST, k, null, null, d);
  }

  /** Runs the command alone through the port's single calls (the default {@code apply}). */
  public void applyTo(IpvsControl ipvs) throws IpvsException {
    switch (op) {
      case NEW_SERVICE -> ipvs.addService(settings);
      case SET_SERVICE -> ipvs.editService(settings);
      case DEL_SERVICE -> ipvs.deleteService(service);
      case NEW_DEST -> ipvs.addDestination(service, destination);
      case SET_DEST -> ipvs.editDestination(service, destination);
      case DEL_DEST -> ipvs.deleteDestination(service, destKey);
      default -> throw new IllegalStateException(op.name());
    }
  }

  /** The request on the wire, for IPVS family {@code family}. */
  public NetlinkMessage encode(int family) {
    return switch (op) {
      case NEW_SERVICE, SET_SERVICE -> IpvsCodec.service(family, op.cmd, settings);
      case DEL_SERVICE -> IpvsCodec.serviceKey(family, op.cmd, service);
      case NEW_DEST, SET_DEST -> IpvsCodec.destination(family, op.cmd, service, destination);
      case DEL_DEST -> IpvsCodec.deleteDestination(family, service, destKey);
    };
  }

  /** The command as an error message names it, e.g. {@code NEW_DEST tcp 198.18.0.1:80 -> ...}. */
  public String describe() {
    String s = op.name() + " " + text(service);
    return op.isDestination() ? s + " -> " + text(destKey) : s;
  }

  /** A service as ipvsadm names it: {@code tcp 198.18.0.1:80}, {@code fwmark 7 inet6}. */
  static String text(IpvsServiceKey k) {
    if (k.isFwmark()) {
      return "fwmark " + k.fwmark() + (k.family() == IpvsServiceKey.AF_INET6 ? " inet6" : "");
    }
    String proto = switch (k.protocol()) {
      case 6 -> "tcp";
      case 17 -> "udp";
      case 132 -> "sctp";
      default -> "proto " + k.protocol();
    };
    return proto + " " + hostPort(k.address(), k.port());
  }

  static String text(IpvsDestKey k) {
    return hostPort(k.address(), k.port());
  }

  private static String hostPort(InetAddress a, int port) {
    String h = a.getHostAddress();
    return (a instanceof Inet6Address ? "[" + h + "]" : h) + ":" + port;
  }
}
