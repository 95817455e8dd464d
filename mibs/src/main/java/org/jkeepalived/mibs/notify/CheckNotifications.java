package org.jkeepalived.mibs.notify;

import static org.jkeepalived.mibs.smi.SmiType.INTEGER;
import static org.jkeepalived.mibs.smi.SmiType.OCTET_STRING;
import static org.jkeepalived.mibs.smi.SmiType.UNSIGNED32;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jkeepalived.mibs.config.GlobalDefs;
import org.jkeepalived.mibs.config.lvs.LvsProtocol;
import org.jkeepalived.mibs.config.lvs.VirtualServerConfig;
import org.jkeepalived.mibs.config.lvs.VirtualServiceId;
import org.jkeepalived.mibs.model.GlobalRow;
import org.jkeepalived.mibs.model.RealServerRow;
import org.jkeepalived.mibs.model.RealServerState;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VirtualServerState;
import org.jkeepalived.mibs.notify.Notification.Varbind;
import org.jkeepalived.mibs.oid.KeepalivedCheckMib;
import org.jkeepalived.mibs.oid.KeepalivedMib;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.StoreEvent;
import org.jkeepalived.mibs.store.StoreSnapshot;

/**
 * The KEEPALIVED-MIB check notifications as pure functions of a store event and the snapshot
 * after it, as keepalived 2.2.7's check_snmp_rs_trap builds them: gated by enable_traps and
 * enable_snmp_checker; varbinds named by their column OID without a row index (routerId with .0),
 * as keepalived sends them; virtualServerProtocol sent as 1 for TCP and 2 otherwise, as
 * keepalived computes it there. Sent on a change of an existing row's state only: the initial
 * state the loader seeds is not a transition.
 */
public final class CheckNotifications {
  private CheckNotifications() {}

  /**
   * realServerStateChange when a real server's realServerStatus changes: realServerAddrType,
   * realServerAddress, realServerPort, realServerStatus, the virtual server's identity, its
   * protocol, virtualServerRealServersUp, virtualServerRealServersTotal, routerId.
   */
  public static Optional<Notification> realServerStateChange(StoreEvent e, StoreSnapshot snap) {
    RealServerState before = e.stateBefore(Tables.REAL_SERVER).orElse(null);
    RealServerState after = e.stateAfter(Tables.REAL_SERVER).orElse(null);
    if (before == null || after == null || before.status() == after.status()) {
      return Optional.empty();
    }
    Optional<GlobalDefs> g = gate(snap);
    Optional<RealServerRow> rs = snap.config(Tables.REAL_SERVER, e.index());
    Index vsIndex = Index.of(e.index().get(0));
    Optional<VirtualServerConfig> vs = snap.config(Tables.VIRTUAL_SERVER, vsIndex);
    if (g.isEmpty() || rs.isEmpty() || vs.isEmpty()) {
      return Optional.empty();
    }
    List<Varbind> v = new ArrayList<>();
    InetAddress a = rs.get().address();
    v.add(new Varbind(KeepalivedCheckMib.realServerAddrType, INTEGER, inetType(a)));
    v.add(new Varbind(KeepalivedCheckMib.realServerAddress, OCTET_STRING, a.getAddress()));
    v.add(new Varbind(KeepalivedCheckMib.realServerPort, UNSIGNED32, (long) rs.get().port()));
    v.add(new Varbind(KeepalivedCheckMib.realServerStatus, INTEGER, after.status().code()));
    virtualServer(v, vs.get());
    counts(v, snap.state(Tables.VIRTUAL_SERVER, vsIndex).orElse(null), vs.get());
    v.add(routerId(g.get()));
    return Optional.of(new Notification(KeepalivedCheckMib.realServerStateChange, v));
  }

  /**
   * virtualServerQuorumStateChange when virtualServerQuorumStatus changes (to shutdown(3) when the
   * engine stops the service): the virtual server's identity, its protocol,
   * virtualServerQuorumStatus, virtualServerQuorum, virtualServerRealServersUp,
   * virtualServerRealServersTotal, routerId.
   */
  public static Optional<Notification> quorumStateChange(StoreEvent e, StoreSnapshot snap) {
    VirtualServerState before = e.stateBefore(Tables.VIRTUAL_SERVER).orElse(null);
    VirtualServerState after = e.stateAfter(Tables.VIRTUAL_SERVER).orElse(null);
    if (before == null || after == null || before.quorumStatus() == after.quorumStatus()) {
      return Optional.empty();
    }
    Optional<GlobalDefs> g = gate(snap);
    Optional<VirtualServerConfig> vs = snap.config(Tables.VIRTUAL_SERVER, e.index());
    if (g.isEmpty() || vs.isEmpty()) {
      return Optional.empty();
    }
    List<Varbind> v = new ArrayList<>();
    virtualServer(v, vs.get());
    v.add(new Varbind(KeepalivedCheckMib.virtualServerQuorumStatus, INTEGER, after.quorumStatus().code()));
    v.add(new Varbind(KeepalivedCheckMib.virtualServerQuorum, UNSIGNED32, vs.get().quorum()));
    counts(v, after, vs.get());
    v.add(routerId(g.get()));
    return Optional.of(new Notification(KeepalivedCheckMib.virtualServerQuorumStateChange, v));
  }

  /** Every check notification the event triggers, in a stable order. */
  public static List<Notification> all(StoreEvent e, StoreSnapshot snap) {
    List<Notification> out = new ArrayList<>();
    realServerStateChange(e, snap).ifPresent(out::add);
    quorumStateChange(e, snap).ifPresent(out::add);
    return out;
  }

  /** virtualServerType, then the group name, the fwmark or the address, then the protocol. */
  private static void virtualServer(List<Varbind> v, VirtualServerConfig vs) {
    VirtualServiceId id = vs.id();
    if (id instanceof VirtualServiceId.Group grp) {
      v.add(new Varbind(KeepalivedCheckMib.virtualServerType, INTEGER, 3));
      v.add(new Varbind(KeepalivedCheckMib.virtualServerNameOfGroup, OCTET_STRING, grp.name()));
    } else if (id instanceof VirtualServiceId.Fwmark f) {
      v.add(new Varbind(KeepalivedCheckMib.virtualServerType, INTEGER, 1));
      v.add(new Varbind(KeepalivedCheckMib.virtualServerFwMark, UNSIGNED32, f.mark()));
    } else {
      VirtualServiceId.Address a = (VirtualServiceId.Address) id;
      v.add(new Varbind(KeepalivedCheckMib.virtualServerType, INTEGER, 2));
      v.add(new Varbind(KeepalivedCheckMib.virtualServerAddrType, INTEGER, inetType(a.address())));
      v.add(new Varbind(KeepalivedCheckMib.virtualServerAddress, OCTET_STRING, a.address().getAddress()));
      v.add(new Varbind(KeepalivedCheckMib.virtualServerPort, UNSIGNED32, (long) a.port()));
    }
    v.add(new Varbind(KeepalivedCheckMib.virtualServerProtocol, INTEGER, vs.protocol() == LvsProtocol.TCP ? 1 : 2));
  }

  /** virtualServerRealServersUp and ...Total, from the engine's state (else the configuration). */
  private static void counts(List<Varbind> v, VirtualServerState s, VirtualServerConfig vs) {
    long up = s == null ? 0 : s.realServersUp();
    long total = s == null ? vs.realServers().size() : s.realServersTotal();
    v.add(new Varbind(KeepalivedCheckMib.virtualServerRealServersUp, UNSIGNED32, up));
    v.add(new Varbind(KeepalivedCheckMib.virtualServerRealServersTotal, UNSIGNED32, total));
  }

  private static int inetType(InetAddress a) {
    return a instanceof Inet6Address ? 2 : 1;
  }

  /** The global config when enable_traps and enable_snmp_checker are both on. */
  private static Optional<GlobalDefs> gate(StoreSnapshot snap) {
    return snap.config(Tables.GLOBAL, Index.of(0))
        .map(GlobalRow::global)
        .filter(g -> g.snmp().traps() && g.snmp().checker());
  }

  private static Varbind routerId(GlobalDefs g) {
    return new Varbind(KeepalivedMib.routerId.append(0), OCTET_STRING,
        g.routerId() == null ? "" : g.routerId());
  }
}
