package org.jkeepalived.linux.ipvs;

import static org.jkeepalived.linux.ipvs.IpvsNetlink.CMD_NEW_DEST;
import static org.jkeepalived.linux.ipvs.IpvsNetlink.CMD_NEW_SERVICE;
import static org.jkeepalived.linux.ipvs.IpvsNetlink.CMD_SET_DEST;
import static org.jkeepalived.linux.ipvs.IpvsNetlink.CMD_SET_SERVICE;
import static org.jkeepalived.linux.ipvs.IpvsNetlink.CMD_DEL_SERVICE;

import java.net.Inet6Address;
import java.net.InetAddress;
import org.jkeepalived.linux.netlink.NetlinkMessage;

/**
 * One change to the IPVS table, as a value: what {@link IpvsControl#apply} sends several of at
 * once. Each names the service it belongs to, so that a caller can tell which commands a refused
 * NEW_SERVICE leaves without their service.
 */
public sealed interface IpvsCommand {

  /** The service the command adds, changes or removes, or whose destination it is. */
  IpvsServiceKey service();

  /** Runs the command alone (the default {@link IpvsControl#apply}). */
  void applyTo(IpvsControl ipvs) throws IpvsException;

  /** The request on the wire, for IPVS family {@code family}. */
  NetlinkMessage encode(int family);

  /** The command as an error message names it, e.g. {@code NEW_DEST tcp 198.18.0.1:80 -> ...}. */
  String describe();

  /** IPVS_CMD_NEW_SERVICE. */
  record AddService(IpvsService added) implements IpvsCommand {
    @Override
    public IpvsServiceKey service() {
      return added.key();
    }

    @Override
    public void applyTo(IpvsControl ipvs) throws IpvsException {
      ipvs.addService(added);
    }

    @Override
    public NetlinkMessage encode(int family) {
      return IpvsCodec.service(family, CMD_NEW_SERVICE, added);
    }

    @Override
    public String describe() {
      return "NEW_SERVICE " + text(added.key());
    }
  }

  /** IPVS_CMD_SET_SERVICE. */
  record EditService(IpvsService edited) implements IpvsCommand {
    @Override
    public IpvsServiceKey service() {
      return edited.key();
    }

    @Override
    public void applyTo(IpvsControl ipvs) throws IpvsException {
      ipvs.editService(edited);
    }

    @Override
    public NetlinkMessage encode(int family) {
      return IpvsCodec.service(family, CMD_SET_SERVICE, edited);
    }

    @Override
    public String describe() {
      return "SET_SERVICE " + text(edited.key());
    }
  }

  /** IPVS_CMD_DEL_SERVICE. */
  record DeleteService(IpvsServiceKey service) implements IpvsCommand {
    @Override
    public void applyTo(IpvsControl ipvs) throws IpvsException {
      ipvs.deleteService(service);
    }

    @Override
    public NetlinkMessage encode(int family) {
      return IpvsCodec.serviceKey(family, CMD_DEL_SERVICE, service);
    }

    @Override
    public String describe() {
      return "DEL_SERVICE " + text(service);
    }
  }

  /** IPVS_CMD_NEW_DEST. */
  record AddDestination(IpvsServiceKey service, IpvsDestination destination)
      implements IpvsCommand {
    @Override
    public void applyTo(IpvsControl ipvs) throws IpvsException {
      ipvs.addDestination(service, destination);
    }

    @Override
    public NetlinkMessage encode(int family) {
      return IpvsCodec.destination(family, CMD_NEW_DEST, service, destination);
    }

    @Override
    public String describe() {
      return "NEW_DEST " + text(service) + " -> " + text(destination.key());
    }
  }

  /** IPVS_CMD_SET_DEST. */
  record EditDestination(IpvsServiceKey service, IpvsDestination destination)
      implements IpvsCommand {
    @Override
    public void applyTo(IpvsControl ipvs) throws IpvsException {
      ipvs.editDestination(service, destination);
    }

    @Override
    public NetlinkMessage encode(int family) {
      return IpvsCodec.destination(family, CMD_SET_DEST, service, destination);
    }

    @Override
    public String describe() {
      return "SET_DEST " + text(service) + " -> " + text(destination.key());
    }
  }

  /** IPVS_CMD_DEL_DEST. */
  record DeleteDestination(IpvsServiceKey service, IpvsDestKey destination)
      implements IpvsCommand {
    @Override
    public void applyTo(IpvsControl ipvs) throws IpvsException {
      ipvs.deleteDestination(service, destination);
    }

    @Override
    public NetlinkMessage encode(int family) {
      return IpvsCodec.deleteDestination(family, service, destination);
    }

    @Override
    public String describe() {
      return "DEL_DEST " + text(service) + " -> " + text(destination);
    }
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
