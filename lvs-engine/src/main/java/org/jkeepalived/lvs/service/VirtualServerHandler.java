package org.jkeepalived.lvs.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jkeepalived.engine.store.StatePublisher;
import org.jkeepalived.linux.ipvs.IpvsService;
import org.jkeepalived.linux.ipvs.IpvsServiceKey;
import org.jkeepalived.mibs.config.lvs.VirtualServiceId;
import org.jkeepalived.mibs.model.RealServerRow;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.store.Index;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the store's virtual server rows into running virtual servers, keyed by {@link
 * LvsNames#key}: a new one gets its services and pool, a removed one loses them, a changed one
 * is diffed (keepalived's clear_diff_services): its services edited only when scheduler, flags
 * or persistence changed, its real servers matched by address and port so that a kept server
 * keeps its checkers' verdicts, and the kernel changed only where the pool differs. Runs on the
 * engine's loop.
 */
final class VirtualServerHandler {
  private static final Logger LOG = LoggerFactory.getLogger("org.jkeepalived.lvs");

  private final IpvsWriter writer;
  private final LvsNotifies notifies;
  private final StatePublisher publisher;
  private boolean rsInitNotifies;

  VirtualServerHandler(IpvsWriter writer, LvsNotifies notifies, StatePublisher publisher) {
    this.writer = writer;
    this.notifies = notifies;
    this.publisher = publisher;
  }

  void rsInitNotifies(boolean on) {
    rsInitNotifies = on;
  }

  /**
   * A new virtual server: its services and pool; with {@code kernel} (a restart) what the
   * kernel already holds of them is taken over first.
   */
  VirtualServerRuntime create(String key, VsRows rows, Map<IpvsServiceKey, IpvsService> kernel) {
    if (rows.config().id() instanceof VirtualServiceId.Group g && rows.group() == null) {
      LOG.info("Virtual server group {} specified but not configured - ignoring virtual server {}",
          g.name(), rows.name());
    }
    VirtualServerRuntime vs =
        new VirtualServerRuntime(key, rows.index(), rows.config(), rows.group(), rows.name());
    for (Map.Entry<Index, RealServerRow> e : rows.realServerList()) {
      RealServerRuntime rs =
          new RealServerRuntime(LvsNames.key(key, e.getValue()), e.getKey(), e.getValue());
      vs.realServers().put(rs.key(), rs);
    }
    if (!kernel.isEmpty()) {
      vs.adopt(kernel, writer);
    }
    vs.addServices(writer);
    updateQuorum(vs, true);
    vs.syncKernel(writer);
    if (rsInitNotifies) {
      vs.realServers().values().stream().filter(RealServerRuntime::alive)
          .forEach(notifies::realServer);
    }
    return vs;
  }

  /**
   * The first pass of a reload for a kept virtual server (keepalived's clear_diff_services):
   * takes the new rows, edits changed services, deletes removed services and real servers and
   * edits changed ones; the additions wait for {@link #secondPass}.
   *
   * @return whether anything changed (then the second pass must run)
   */
  boolean firstPass(VirtualServerRuntime vs, VsRows rows) {
    if (unchanged(vs, rows)) {
      return false;
    }
    String key = vs.key();
    List<IpvsService> before = vs.services();
    vs.reconfigure(rows.index(), rows.config(), rows.group(), rows.name());
    vs.resyncServices(before, writer);
    Map<String, RealServerRuntime> old = new LinkedHashMap<>(vs.realServers());
    vs.realServers().clear();
    for (Map.Entry<Index, RealServerRow> e : rows.realServerList()) {
      String rsKey = LvsNames.key(key, e.getValue());
      RealServerRuntime rs = old.remove(rsKey);
      if (rs == null) {
        rs = new RealServerRuntime(rsKey, e.getKey(), e.getValue());
      } else {
        int weight = rs.effectiveWeight();
        if (rs.update(e.getKey(), e.getValue())) {
          logTransition(vs, rs);
          notifies.realServer(rs);
        } else if (weight != rs.effectiveWeight()) {
          logWeight(vs, rs, weight);
        }
      }
      vs.realServers().put(rsKey, rs);
    }
    for (RealServerRuntime gone : old.values()) {
      LOG.info("service {} no longer exist", rsName(vs, gone));
      publisher.forget(Tables.REAL_SERVER, gone.index());
      if (gone.alive()) {
        gone.markDown();
        notifies.realServer(gone);
      }
    }
    vs.trimKernel(writer);
    return true;
  }

  /**
   * The second pass of a reload for a changed virtual server (keepalived's init_service_vs):
   * adds its new services and real servers, and follows a quorum the change gained or lost.
   */
  void secondPass(VirtualServerRuntime vs) {
    vs.addServices(writer);
    updateQuorum(vs, false);
    vs.syncKernel(writer);
  }

  /** Sends the kernel changes queued so far (between a reload's two passes). */
  void settle() {
    writer.commit();
  }

  private static boolean unchanged(VirtualServerRuntime vs, VsRows rows) {
    if (!vs.index().equals(rows.index()) || !vs.config().equals(rows.config())
        || !vs.name().equals(rows.name())
        || !java.util.Objects.equals(vs.group(), rows.group())
        || vs.realServers().size() != rows.realServers().size()) {
      return false;
    }
    for (RealServerRuntime rs : vs.realServers().values()) {
      if (!rs.row().equals(rows.realServers().get(rs.index()))) {
        return false;
      }
    }
    return true;
  }

  void remove(String key, VirtualServerRuntime vs) {
    LOG.info(vs.config().id() instanceof VirtualServiceId.Group g
        ? "Removing Virtual Server Group [" + g.name() + "]"
        : "Removing Virtual Server " + vs.name());
    for (RealServerRuntime rs : vs.realServers().values()) {
      publisher.forget(Tables.REAL_SERVER, rs.index());
      if (rs.alive()) {
        rs.markDown();
        notifies.realServer(rs);
      }
    }
    publisher.forget(Tables.VIRTUAL_SERVER, vs.index());
    vs.clear(writer, true);
  }

  void failed(String key, Exception cause) {
    LOG.error("virtual server {} could not be set up: {}", key, cause.toString());
  }

  /**
   * keepalived's update_quorum_state: gained when the live weights reach the threshold (the
   * sorry server leaves, the live servers come back), lost when they fall below it (the live
   * servers leave, the sorry server comes in); at the start of a virtual server with a sorry
   * server and no quorum, "Starting with quorum down". The kernel follows in {@code syncKernel}.
   *
   * @return whether the quorum state changed
   */
  boolean updateQuorum(VirtualServerRuntime vs, boolean init) {
    var c = vs.config();
    boolean up = vs.quorumUp();
    long sum = vs.weightSum();
    long threshold = QuorumRule.threshold(up, c.quorum(), c.hysteresis());
    boolean next = QuorumRule.next(up, sum, c.quorum(), c.hysteresis());
    if (!up && next) {
      vs.quorumUp(true);
      LOG.info("Gained quorum {}+{}={} <= {} for VS {}", c.quorum(), c.hysteresis(), threshold,
          sum, vs.name());
      if (c.sorryServer() != null && !init) {
        LOG.info("{} sorry server {} from VS {}", c.sorryServer().inhibit() ? "Disabling"
            : "Removing", sorryName(vs), vs.name());
      }
      notifies.quorum(vs);
      return true;
    }
    if ((up && !next) || (init && !up && c.sorryServer() != null)) {
      vs.quorumUp(false);
      LOG.info("{} {}-{}={} > {} for VS {}", init ? "Starting with quorum down" : "Lost quorum",
          c.quorum(), c.hysteresis(), threshold, sum, vs.name());
      if (c.sorryServer() != null) {
        LOG.info("{} sorry server {} to VS {}", c.sorryServer().inhibit() ? "Enabling" : "Adding",
            sorryName(vs), vs.name());
      }
      notifies.quorum(vs);
      return up;
    }
    return false;
  }

  /** keepalived's perform_svr_state line. */
  static void logTransition(VirtualServerRuntime vs, RealServerRuntime rs) {
    boolean inhibit = rs.inhibit();
    String verb = rs.alive() ? (inhibit ? "Enabling" : "Adding")
        : (inhibit ? "Disabling" : "Removing");
    String prep = inhibit ? "of" : rs.alive() ? "to" : "from";
    LOG.info("{} service {} {} VS {}", verb, rsName(vs, rs), prep, vs.name());
  }

  /** keepalived's update_svr_wgt line. */
  static void logWeight(VirtualServerRuntime vs, RealServerRuntime rs, int before) {
    LOG.info("Changing weight from {} to {} for {}active service {} of VS {}", before,
        rs.effectiveWeight(), rs.alive() ? "" : "in", rsName(vs, rs), vs.name());
  }

  static String rsName(VirtualServerRuntime vs, RealServerRuntime rs) {
    return LvsNames.rs(vs.config(), rs.row().address(), rs.row().port());
  }

  private static String sorryName(VirtualServerRuntime vs) {
    var s = vs.config().sorryServer();
    return LvsNames.rs(vs.config(), s.address(), s.port());
  }
}
