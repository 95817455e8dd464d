package org.jkeepalived.lvs.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jkeepalived.linux.ipvs.IpvsCommand;
import org.jkeepalived.linux.ipvs.IpvsCommand.Op;
import org.jkeepalived.linux.ipvs.IpvsControl;
import org.jkeepalived.linux.ipvs.IpvsDestKey;
import org.jkeepalived.linux.ipvs.IpvsDestination;
import org.jkeepalived.linux.ipvs.IpvsException;
import org.jkeepalived.linux.ipvs.IpvsOutcome;
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
 * other refusal is logged as keepalived logs it ("IPVS cmd ... error") and reported as not done,
 * never thrown, so one refused rule does not stop the others.
 *
 * <p>Each change reports how it ended to its {@code done} callback. Outside {@link #batch} it is
 * sent at once and the callback runs before the call returns; inside, changes queue in their
 * order and go to {@link IpvsControl#apply} together (several per netlink datagram) when the
 * queue is full, before a read of the kernel, and when the batch ends, so that a start or
 * reload of thousands of rules is not thousands of round trips. The destinations queued behind a
 * service the kernel refused are not sent (keepalived does not try them either) or, when already
 * in the same datagram, their refusal is not logged: the service's error says it.
 */
final class IpvsWriter {
  private static final Logger LOG = LoggerFactory.getLogger(IpvsWriter.class);
  static final int ENOENT = 2;
  static final int ESRCH = 3;
  static final int EEXIST = 17;
  /** Changes queued at most before they are sent (the control windows them further). */
  static final int QUEUE = 1024;
  /** A callback for a change whose outcome the caller does not follow. */
  static final Consumer<Boolean> IGNORE = done -> { };

  private final IpvsControl ipvs;
  private final List<Pending> queue = new ArrayList<>();
  /** Services whose NEW_SERVICE was refused in the current batch. */
  private final Set<IpvsServiceKey> refused = new HashSet<>();
  private int depth;

  private record Pending(IpvsCommand command, String name, Consumer<Boolean> done) {}

  IpvsWriter(IpvsControl ipvs) {
    this.ipvs = ipvs;
  }

  /** Runs {@code changes} with the writes it makes queued, and sends them all before returning. */
  void batch(Runnable changes) {
    depth++;
    try {
      changes.run();
    } finally {
      depth--;
      if (depth == 0) {
        commit();
        refused.clear();
      }
    }
  }

  /** Sends what is queued now (between a reload's passes: the second reads the first's results). */
  void commit() {
    while (!queue.isEmpty()) {
      List<Pending> now = new ArrayList<>(queue);
      queue.clear();
      List<Pending> send = new ArrayList<>(now.size());
      for (Pending p : now) {
        if (orphan(p.command())) {
          p.done().accept(false);
        } else {
          send.add(p);
        }
      }
      List<IpvsOutcome> outcomes =
          ipvs.apply(send.stream().map(Pending::command).toList());
      for (int i = 0; i < send.size(); i++) {
        settle(send.get(i), outcomes.get(i));
      }
    }
  }

  void addService(IpvsService s, Consumer<Boolean> done) {
    submit(IpvsCommand.addService(s), "ADD", done);
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

  void editService(IpvsService s, Consumer<Boolean> done) {
    submit(IpvsCommand.editService(s), "EDIT", done);
  }

  void deleteService(IpvsServiceKey k, Consumer<Boolean> done) {
    submit(IpvsCommand.deleteService(k), "DEL", done);
  }

  void addDestination(IpvsServiceKey k, IpvsDestination d, Consumer<Boolean> done) {
    submit(IpvsCommand.addDestination(k, d), "ADDDEST", done);
  }

  void editDestination(IpvsServiceKey k, IpvsDestination d, Consumer<Boolean> done) {
    submit(IpvsCommand.editDestination(k, d), "EDITDEST", done);
  }

  void deleteDestination(IpvsServiceKey k, IpvsDestKey d, Consumer<Boolean> done) {
    submit(IpvsCommand.deleteDestination(k, d), "DELDEST", done);
  }

  /** The kernel's destinations of a service; none when it cannot say (logged). */
  List<IpvsDestination> destinations(IpvsServiceKey k) {
    commit();
    try {
      return ipvs.destinations(k);
    } catch (IpvsException e) {
      failed("GETDEST", e);
      return List.of();
    }
  }

  /** The kernel's services; none when it cannot say (logged). */
  List<IpvsService> services() {
    commit();
    try {
      return ipvs.services();
    } catch (IpvsException e) {
      failed("GETSERVICES", e);
      return List.of();
    }
  }

  boolean flush() {
    commit();
    try {
      ipvs.flush();
      return true;
    } catch (IpvsException e) {
      return failed("FLUSH", e);
    }
  }

  private void submit(IpvsCommand c, String name, Consumer<Boolean> done) {
    queue.add(new Pending(c, name, done));
    if (depth == 0) {
      commit();
      refused.clear();
    } else if (queue.size() >= QUEUE) {
      commit();
    }
  }

  /** A destination change for a service refused earlier in this batch. */
  private boolean orphan(IpvsCommand c) {
    return (c.op() == Op.NEW_DEST || c.op() == Op.SET_DEST) && refused.contains(c.service());
  }

  private void settle(Pending p, IpvsOutcome o) {
    if (o.ok()) {
      p.done().accept(true);
    } else if (p.command().op() == Op.SET_DEST && o.error().get().errno() == ENOENT
        && !refused.contains(p.command().service())) {
      // keepalived's ipvs_talk: a destination the kernel lost is added back; the add's outcome
      // is the edit's (sent with the next datagram, or at once outside a batch)
      addDestination(p.command().service(), p.command().destination(), p.done());
    } else {
      p.done().accept(tolerated(p, o.error().get()));
    }
  }

  /** Whether a refusal counts as done (keepalived's tolerance); otherwise it is logged. */
  private boolean tolerated(Pending p, IpvsException e) {
    IpvsCommand c = p.command();
    int errno = e.errno();
    boolean add = c.op() == Op.NEW_SERVICE || c.op() == Op.NEW_DEST;
    boolean delete = c.op() == Op.DEL_SERVICE || c.op() == Op.DEL_DEST;
    if ((add && errno == EEXIST) || (delete && (errno == ENOENT || errno == ESRCH))) {
      return true;
    }
    if (orphan(c)) {
      return false; // its service's refusal was logged
    }
    if (c.op() == Op.NEW_SERVICE) {
      refused.add(c.service());
    }
    return failed(p.name(), e);
  }

  private static boolean failed(String cmd, IpvsException e) {
    LOG.info("IPVS cmd {} error: {}({})", cmd, e.getMessage(), e.errno());
    return false;
  }
}
