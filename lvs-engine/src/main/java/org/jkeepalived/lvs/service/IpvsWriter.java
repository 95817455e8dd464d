package org.jkeepalived.lvs.service;

import org.jkeepalived.linux.ipvs.IpvsControl;
import org.jkeepalived.linux.ipvs.IpvsDestKey;
import org.jkeepalived.linux.ipvs.IpvsDestination;
import org.jkeepalived.linux.ipvs.IpvsException;
import org.jkeepalived.linux.ipvs.IpvsService;
import org.jkeepalived.linux.ipvs.IpvsServiceKey;
import org.jkeepalived.lvs.forward.ProxyProtocol;
import org.jkeepalived.lvs.forward.UserspaceIpvs;
import org.jkeepalived.mibs.config.lvs.ProxyProtocolVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's changes to kernel IPVS, with keepalived's tolerance (check/ipvswrapper.c
 * ipvs_talk): adding what is already there (EEXIST) or deleting what is already gone (ENOENT,
 * ESRCH) counts as done; editing a destination the kernel no longer has (ENOENT) adds it; any
 * other refusal is logged as keepalived logs it ("IPVS cmd ... error") and reported as false,
 * never thrown, so one refused rule does not stop the others.
 */
final class IpvsWriter {
  private static final Logger LOG = LoggerFactory.getLogger(IpvsWriter.class);
  static final int ENOENT = 2;
  static final int ESRCH = 3;
  static final int EEXIST = 17;

  private final IpvsControl ipvs;

  IpvsWriter(IpvsControl ipvs) {
    this.ipvs = ipvs;
  }

  boolean addService(IpvsService s) {
    try {
      ipvs.addService(s);
      return true;
    } catch (IpvsException e) {
      return e.errno() == EEXIST || failed("ADD", e);
    }
  }

  /**
   * Applies {@code proxy_protocol} (a jkeepalived extension) to a service: the userspace
   * forwarder sends the header; kernel IPVS cannot, so a version other than NONE is logged as
   * ignored there.
   */
  void proxyProtocol(IpvsServiceKey k, ProxyProtocolVersion version, String vsName) {
    if (ipvs instanceof UserspaceIpvs forwarder) {
      try {
        forwarder.setProxyProtocol(k, ProxyProtocol.valueOf(version.name()));
      } catch (IpvsException e) {
        LOG.warn("proxy_protocol {} for VS {}: {}", version, vsName, e.getMessage());
      }
    } else if (version != ProxyProtocolVersion.NONE) {
      LOG.warn("proxy_protocol {} for VS {} ignored: kernel IPVS cannot send the PROXY protocol"
          + " header (only the userspace forwarder can, --lvs-dataplane=userspace)", version,
          vsName);
    }
  }

  boolean editService(IpvsService s) {
    try {
      ipvs.editService(s);
      return true;
    } catch (IpvsException e) {
      return failed("EDIT", e);
    }
  }

  boolean deleteService(IpvsServiceKey k) {
    try {
      ipvs.deleteService(k);
      return true;
    } catch (IpvsException e) {
      return gone(e) || failed("DEL", e);
    }
  }

  boolean addDestination(IpvsServiceKey k, IpvsDestination d) {
    try {
      ipvs.addDestination(k, d);
      return true;
    } catch (IpvsException e) {
      return e.errno() == EEXIST || failed("ADDDEST", e);
    }
  }

  boolean editDestination(IpvsServiceKey k, IpvsDestination d) {
    try {
      ipvs.editDestination(k, d);
      return true;
    } catch (IpvsException e) {
      if (e.errno() == ENOENT) {
        return addDestination(k, d);
      }
      return failed("EDITDEST", e);
    }
  }

  boolean deleteDestination(IpvsServiceKey k, IpvsDestKey d) {
    try {
      ipvs.deleteDestination(k, d);
      return true;
    } catch (IpvsException e) {
      return gone(e) || failed("DELDEST", e);
    }
  }

  /** The kernel's destinations of a service; none when it cannot say (logged). */
  java.util.List<IpvsDestination> destinations(IpvsServiceKey k) {
    try {
      return ipvs.destinations(k);
    } catch (IpvsException e) {
      failed("GETDEST", e);
      return java.util.List.of();
    }
  }

  /** The kernel's services; none when it cannot say (logged). */
  java.util.List<IpvsService> services() {
    try {
      return ipvs.services();
    } catch (IpvsException e) {
      failed("GETSERVICES", e);
      return java.util.List.of();
    }
  }

  boolean flush() {
    try {
      ipvs.flush();
      return true;
    } catch (IpvsException e) {
      return failed("FLUSH", e);
    }
  }

  private static boolean gone(IpvsException e) {
    return e.errno() == ENOENT || e.errno() == ESRCH;
  }

  private static boolean failed(String cmd, IpvsException e) {
    LOG.info("IPVS cmd {} error: {}({})", cmd, e.getMessage(), e.errno());
    return false;
  }
}
