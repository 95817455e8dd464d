package org.jkeepalived.linux.ipvs;

import static org.jkeepalived.linux.ipvs.IpvsNetlink.*;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.jkeepalived.linux.netlink.MessageBuilder;

/**
 * IPVS_CMD_ATTR_SERVICE: a service's nested attributes, both ways. The full form is keepalived's
 * (libipvs ipvs_nl_fill_service_attr): AF, then FWMARK or PROTOCOL/ADDR/PORT, SCHED_NAME, PE_NAME
 * when there is one, FLAGS with an all-ones mask, TIMEOUT, NETMASK. The key form stops after the
 * identifying attributes, which is all the kernel reads for a destination command, a deletion or
 * a GET_DEST dump (ip_vs_genl_parse_service without full_entry).
 */
final class ServiceAttributes {
  private ServiceAttributes() {}

  /** ip_vs_flags.mask: every flag bit is set from {@code flags}, as keepalived and ipvsadm do. */
  private static final int ALL_FLAGS = 0xffffffff;

  static void putFull(MessageBuilder b, IpvsService s) {
    b.beginNested(CMD_ATTR_SERVICE, true);
    putSettings(b, s);
    b.endNested();
  }

  /**
   * The service as the kernel dumps it (ip_vs_genl_fill_service): the full form with the
   * statistics after it, nested without NLA_F_NESTED.
   */
  static void putKernelForm(MessageBuilder b, IpvsService s) {
    b.beginNested(CMD_ATTR_SERVICE, false);
    putSettings(b, s);
    CounterAttributes.putKernelForm(b, SVC_ATTR_STATS, SVC_ATTR_STATS64, s.stats());
    b.endNested();
  }

  private static void putSettings(MessageBuilder b, IpvsService s) {
    putKeyAttributes(b, s.key());
    b.attrString(SVC_ATTR_SCHED_NAME, s.scheduler());
    if (s.persistenceEngine() != null && !s.persistenceEngine().isEmpty()) {
      b.attrString(SVC_ATTR_PE_NAME, s.persistenceEngine());
    }
    b.attr(SVC_ATTR_FLAGS, host(8).putInt(s.flags()).putInt(ALL_FLAGS).array());
    b.attrU32(SVC_ATTR_TIMEOUT, s.timeoutSeconds());
    b.attr(SVC_ATTR_NETMASK, netmaskBytes(s.key().family(), s.netmask()));
  }

  static void putKey(MessageBuilder b, IpvsServiceKey k) {
    b.beginNested(CMD_ATTR_SERVICE, true);
    putKeyAttributes(b, k);
    b.endNested();
  }

  private static void putKeyAttributes(MessageBuilder b, IpvsServiceKey k) {
    b.attrU16(SVC_ATTR_AF, k.family());
    if (k.isFwmark()) {
      b.attrU32(SVC_ATTR_FWMARK, (int) k.fwmark());
    } else {
      b.attrU16(SVC_ATTR_PROTOCOL, k.protocol());
      b.attr(SVC_ATTR_ADDR, address16(k.address()));
      b.attrBe16(SVC_ATTR_PORT, k.port());
    }
  }

  /** A service as the kernel dumps it (or as a NEW/SET_SERVICE request carries it). */
  static IpvsService read(AttrReader a) throws IpvsException {
    IpvsServiceKey key = readKey(a);
    String scheduler = a.name(SVC_ATTR_SCHED_NAME, NAME_MAXLEN);
    if (scheduler == null) {
      throw a.missing(SVC_ATTR_SCHED_NAME, "scheduler name");
    }
    String pe = a.name(SVC_ATTR_PE_NAME, NAME_MAXLEN);
    int flags = 0;
    if (a.has(SVC_ATTR_FLAGS)) {
      AttrReader.Flags f = a.flags(SVC_ATTR_FLAGS);
      flags = f.flags() & f.mask();
    }
    long timeout = a.u32(SVC_ATTR_TIMEOUT, 0);
    long netmask = key.family() == IpvsServiceKey.AF_INET
        ? a.be32(SVC_ATTR_NETMASK, 0xffffffffL)
        : a.u32(SVC_ATTR_NETMASK, 128);
    IpvsCounters stats = CounterAttributes.read(a, SVC_ATTR_STATS64, SVC_ATTR_STATS);
    return new IpvsService(key, scheduler, flags, (int) timeout, netmask,
        pe == null || pe.isEmpty() ? null : pe, stats);
  }

  /** The identifying attributes: AF, then FWMARK or PROTOCOL/ADDR/PORT. */
  static IpvsServiceKey readKey(AttrReader a) throws IpvsException {
    int af = a.requireU16(SVC_ATTR_AF, "address family");
    if (af != IpvsServiceKey.AF_INET && af != IpvsServiceKey.AF_INET6) {
      throw new IpvsException("IPVS service of unknown address family " + af, 0);
    }
    long fwmark = a.u32(SVC_ATTR_FWMARK, 0);
    if (fwmark != 0) {
      return IpvsServiceKey.fwmark(af, fwmark);
    }
    int protocol = a.u16(SVC_ATTR_PROTOCOL, -1);
    InetAddress address = a.address(SVC_ATTR_ADDR, af);
    int port = a.be16(SVC_ATTR_PORT, -1);
    if (protocol < 0 || address == null || port < 0) {
      throw new IpvsException("IPVS service with neither a fwmark nor protocol, address and port",
          0);
    }
    return new IpvsServiceKey(af, protocol, address, port, 0);
  }

  /**
   * IPVS_SVC_ATTR_NETMASK: an IPv4 mask in network order; for IPv6 the prefix length as a plain
   * host-order number (the kernel compares it with 1..128 as it is).
   */
  private static byte[] netmaskBytes(int family, long netmask) {
    if (family == IpvsServiceKey.AF_INET) {
      return ByteBuffer.allocate(4).putInt((int) netmask).array();
    }
    return host(4).putInt((int) netmask).array();
  }

  /** An address in the kernel's 16-byte union nf_inet_addr: IPv4 first, then zeros. */
  static byte[] address16(InetAddress address) {
    byte[] out = new byte[16];
    byte[] a = address.getAddress();
    System.arraycopy(a, 0, out, 0, a.length);
    return out;
  }

  private static ByteBuffer host(int n) {
    return ByteBuffer.allocate(n).order(ByteOrder.nativeOrder());
  }
}
