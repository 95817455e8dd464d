package org.jkeepalived.linux.ipvs;

import static org.jkeepalived.linux.ipvs.IpvsNetlink.*;

import java.util.function.Consumer;
import org.jkeepalived.linux.genl.Genl;
import org.jkeepalived.linux.genl.GenlMessage;
import org.jkeepalived.linux.netlink.MalformedNetlinkException;
import org.jkeepalived.linux.netlink.MessageBuilder;
import org.jkeepalived.linux.netlink.NetlinkMessage;

/**
 * The IPVS generic netlink messages (include/uapi/linux/ip_vs.h), from records to bytes and back.
 * Pure: no socket; {@code family} is the id the controller gave "IPVS" on this boot. Requests
 * carry no NLM_F flags: the socket adds REQUEST with ACK or DUMP. Requests that set something
 * send keepalived's attributes in keepalived's order, so that our bytes equal its bytes for the
 * same service (golden tests). Decoding checks wire legality only: a truncated, inconsistent or
 * unexpected reply is an {@link IpvsException} saying what was wrong; attributes a newer kernel
 * adds are skipped.
 */
public final class IpvsCodec {
  private IpvsCodec() {}

  // ---- requests ----

  /** IPVS_CMD_GET_INFO (the kernel answers SET_INFO). */
  public static NetlinkMessage getInfo(int family) {
    return message(family, CMD_GET_INFO).build();
  }

  /** IPVS_CMD_FLUSH. */
  public static NetlinkMessage flush(int family) {
    return message(family, CMD_FLUSH).build();
  }

  /** IPVS_CMD_GET_SERVICE, to send as a dump. */
  public static NetlinkMessage getServices(int family) {
    return message(family, CMD_GET_SERVICE).build();
  }

  /** IPVS_CMD_GET_DEST for one service, to send as a dump. */
  public static NetlinkMessage getDestinations(int family, IpvsServiceKey service) {
    MessageBuilder b = message(family, CMD_GET_DEST);
    ServiceAttributes.putKey(b, service);
    return b.build();
  }

  /** NEW_SERVICE, SET_SERVICE or DEL_SERVICE with every setting of {@code service}. */
  public static NetlinkMessage service(int family, int cmd, IpvsService service) {
    MessageBuilder b = message(family, requireCmd(cmd, CMD_NEW_SERVICE, CMD_DEL_SERVICE));
    ServiceAttributes.putFull(b, service);
    return b.build();
  }

  /** DEL_SERVICE (or ZERO) by key only. */
  public static NetlinkMessage serviceKey(int family, int cmd, IpvsServiceKey service) {
    MessageBuilder b = message(family, requireCmd(cmd, CMD_DEL_SERVICE, CMD_DEL_SERVICE, CMD_ZERO));
    ServiceAttributes.putKey(b, service);
    return b.build();
  }

  /**
   * NEW_DEST, SET_DEST or DEL_DEST with the service's every setting, as keepalived sends them
   * (the kernel reads only the service's key).
   */
  public static NetlinkMessage destination(int family, int cmd, IpvsService service,
      IpvsDestination destination) {
    return destination(family, cmd, b -> ServiceAttributes.putFull(b, service), destination);
  }

  /** NEW_DEST, SET_DEST or DEL_DEST naming the service by its key. */
  public static NetlinkMessage destination(int family, int cmd, IpvsServiceKey service,
      IpvsDestination destination) {
    return destination(family, cmd, b -> ServiceAttributes.putKey(b, service), destination);
  }

  private static NetlinkMessage destination(int family, int cmd,
      Consumer<MessageBuilder> service, IpvsDestination destination) {
    MessageBuilder b = message(family, requireCmd(cmd, CMD_NEW_DEST, CMD_DEL_DEST));
    service.accept(b);
    DestinationAttributes.putFull(b, destination);
    return b.build();
  }

  /** DEL_DEST by keys only. */
  public static NetlinkMessage deleteDestination(int family, IpvsServiceKey service,
      IpvsDestKey destination) {
    MessageBuilder b = message(family, CMD_DEL_DEST);
    ServiceAttributes.putKey(b, service);
    DestinationAttributes.putKey(b, destination);
    return b.build();
  }

  /** IPVS_CMD_GET_CONFIG (the kernel answers SET_CONFIG). */
  public static NetlinkMessage getConfig(int family) {
    return message(family, CMD_GET_CONFIG).build();
  }

  /** IPVS_CMD_SET_CONFIG: the three timeouts, as keepalived always sends all three. */
  public static NetlinkMessage setConfig(int family, IpvsTimeouts t) {
    return message(family, CMD_SET_CONFIG)
        .attrU32(CMD_ATTR_TIMEOUT_TCP, t.tcp())
        .attrU32(CMD_ATTR_TIMEOUT_TCP_FIN, t.tcpFin())
        .attrU32(CMD_ATTR_TIMEOUT_UDP, t.udp())
        .build();
  }

  /** IPVS_CMD_GET_DAEMON, to send as a dump. */
  public static NetlinkMessage getDaemons(int family) {
    return message(family, CMD_GET_DAEMON).build();
  }

  /** IPVS_CMD_NEW_DAEMON. */
  public static NetlinkMessage newDaemon(int family, IpvsSyncDaemon daemon) {
    MessageBuilder b = message(family, CMD_NEW_DAEMON);
    DaemonAttributes.putStart(b, daemon);
    return b.build();
  }

  /** IPVS_CMD_DEL_DAEMON of one role ({@code syncId} goes along, as keepalived sends it). */
  public static NetlinkMessage delDaemon(int family, IpvsSyncDaemon.Role role, int syncId) {
    MessageBuilder b = message(family, CMD_DEL_DAEMON);
    DaemonAttributes.putStop(b, role, syncId);
    return b.build();
  }

  // ---- replies ----

  /** The SET_INFO answer to GET_INFO. */
  public static IpvsInfo info(NetlinkMessage reply) throws IpvsException {
    AttrReader a = body(reply, CMD_SET_INFO, "info");
    if (!a.has(INFO_ATTR_VERSION) || !a.has(INFO_ATTR_CONN_TAB_SIZE)) {
      throw new IpvsException("IPVS info without version or connection table size", 0);
    }
    return new IpvsInfo((int) a.u32(INFO_ATTR_VERSION, 0), (int) a.u32(INFO_ATTR_CONN_TAB_SIZE, 0));
  }

  /** One message of a GET_SERVICE dump (NEW_SERVICE, as a request to add one also is). */
  public static IpvsService service(NetlinkMessage reply) throws IpvsException {
    AttrReader a = body(reply, CMD_NEW_SERVICE, "service message");
    return ServiceAttributes.read(a.requireNested(CMD_ATTR_SERVICE, "service"));
  }

  /**
   * One message of a GET_DEST dump (NEW_DEST); a kernel that sends no destination family gives
   * the destination {@code serviceFamily}.
   */
  public static IpvsDestination destination(NetlinkMessage reply, int serviceFamily)
      throws IpvsException {
    AttrReader a = body(reply, CMD_NEW_DEST, "destination message");
    return DestinationAttributes.read(a.requireNested(CMD_ATTR_DEST, "destination"),
        serviceFamily);
  }

  /** The SET_CONFIG answer to GET_CONFIG (or a SET_CONFIG request). */
  public static IpvsTimeouts timeouts(NetlinkMessage reply) throws IpvsException {
    AttrReader a = body(reply, CMD_SET_CONFIG, "config");
    return new IpvsTimeouts((int) a.u32(CMD_ATTR_TIMEOUT_TCP, 0),
        (int) a.u32(CMD_ATTR_TIMEOUT_TCP_FIN, 0), (int) a.u32(CMD_ATTR_TIMEOUT_UDP, 0));
  }

  /** One message of a GET_DAEMON dump (NEW_DAEMON, as a request to start one also is). */
  public static IpvsSyncDaemon daemon(NetlinkMessage reply) throws IpvsException {
    AttrReader a = body(reply, CMD_NEW_DAEMON, "daemon message");
    return DaemonAttributes.read(a.requireNested(CMD_ATTR_DAEMON, "sync daemon"));
  }

  // ---- the kernel's side, for tests and fakes that must answer as the kernel does ----

  /** A GET_SERVICE dump message as the kernel writes it: statistics, no NLA_F_NESTED. */
  public static NetlinkMessage kernelService(int family, IpvsService service) {
    MessageBuilder b = message(family, CMD_NEW_SERVICE);
    ServiceAttributes.putKernelForm(b, service);
    return b.build();
  }

  /** A GET_DEST dump message as the kernel writes it. */
  public static NetlinkMessage kernelDestination(int family, IpvsDestination destination) {
    MessageBuilder b = message(family, CMD_NEW_DEST);
    DestinationAttributes.putKernelForm(b, destination);
    return b.build();
  }

  /** A GET_DAEMON dump message as the kernel writes it. */
  public static NetlinkMessage kernelDaemon(int family, IpvsSyncDaemon daemon) {
    MessageBuilder b = message(family, CMD_NEW_DAEMON);
    DaemonAttributes.putKernelForm(b, daemon);
    return b.build();
  }

  /** The kernel's SET_INFO answer. */
  public static NetlinkMessage kernelInfo(int family, IpvsInfo info) {
    return message(family, CMD_SET_INFO)
        .attrU32(INFO_ATTR_VERSION, info.version())
        .attrU32(INFO_ATTR_CONN_TAB_SIZE, info.connectionTableSize())
        .build();
  }

  private static MessageBuilder message(int family, int cmd) {
    return Genl.message(family, cmd, VERSION);
  }

  private static int requireCmd(int cmd, int first, int last, int... more) {
    if (cmd >= first && cmd <= last) {
      return cmd;
    }
    for (int m : more) {
      if (cmd == m) {
        return cmd;
      }
    }
    throw new IllegalArgumentException("IPVS command " + cmd + " does not fit this message");
  }

  /** The attributes of a reply that must be {@code cmd}. */
  private static AttrReader body(NetlinkMessage reply, int cmd, String what)
      throws IpvsException {
    GenlMessage g;
    try {
      g = GenlMessage.of(reply);
    } catch (MalformedNetlinkException e) {
      throw new IpvsException("malformed IPVS " + what + ": " + e.getMessage(), e);
    }
    if (g.cmd() != cmd) {
      throw new IpvsException("IPVS " + what + " expected command " + cmd + ", got " + g.cmd(), 0);
    }
    return AttrReader.parse(g.body(), what);
  }
}
