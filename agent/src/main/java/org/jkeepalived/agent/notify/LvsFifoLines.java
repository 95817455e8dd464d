package org.jkeepalived.agent.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jkeepalived.lvs.service.LvsNames;
import org.jkeepalived.mibs.config.lvs.VirtualServerConfig;
import org.jkeepalived.mibs.model.QuorumStatus;
import org.jkeepalived.mibs.model.RealServerRow;
import org.jkeepalived.mibs.model.RealServerState;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VirtualServerState;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.StoreEvent;
import org.jkeepalived.mibs.store.StoreSnapshot;

/**
 * The notify FIFO lines keepalived's checker writes (check/ipwrapper.c notify_fifo_rs and
 * notify_fifo_vs), made from the LVS engine's published state: {@code RS
 * [198.18.2.21]:tcp:8080 [198.18.2.10]:tcp:80 UP} when a real server comes or goes, {@code VS
 * [198.18.2.10]:tcp:80 DOWN} when a virtual server's quorum changes. When the engine stops (the
 * quorum goes to shutdown) keepalived writes them only with {@code omega}. Pure.
 */
final class LvsFifoLines {
  private LvsFifoLines() {}

  /** The lines of one batch of check-domain events, in event order. */
  static List<String> of(List<StoreEvent> events, StoreSnapshot snap) {
    Set<Integer> stopping = new TreeSet<>();
    for (StoreEvent e : events) {
      e.stateAfter(Tables.VIRTUAL_SERVER).filter(s -> s.quorumStatus() == QuorumStatus.SHUTDOWN)
          .ifPresent(s -> stopping.add(e.index().get(0)));
    }
    List<String> out = new ArrayList<>();
    for (StoreEvent e : events) {
      int vsIndex = e.index().get(0);
      VirtualServerConfig vs = snap.config(Tables.VIRTUAL_SERVER, Index.of(vsIndex)).orElse(null);
      if (vs == null || (stopping.contains(vsIndex) && !vs.omega())) {
        continue;
      }
      RealServerState rsBefore = e.stateBefore(Tables.REAL_SERVER).orElse(null);
      RealServerState rsAfter = e.stateAfter(Tables.REAL_SERVER).orElse(null);
      String vsName = LvsNames.vs(snap, Index.of(vsIndex), vs);
      if (rsBefore != null && rsAfter != null && rsBefore.status() != rsAfter.status()) {
        RealServerRow rs = snap.config(Tables.REAL_SERVER, e.index()).orElse(null);
        if (rs != null && !rs.sorry()) {
          out.add("RS " + LvsNames.rs(vs, rs.address(), rs.port()) + " " + vsName + " "
              + (rsAfter.status() == org.jkeepalived.mibs.model.RealServerStatus.ALIVE
                  ? "UP" : "DOWN"));
        }
      }
      VirtualServerState vsBefore = e.stateBefore(Tables.VIRTUAL_SERVER).orElse(null);
      VirtualServerState vsAfter = e.stateAfter(Tables.VIRTUAL_SERVER).orElse(null);
      if (vsBefore != null && vsAfter != null && up(vsBefore) != up(vsAfter)) {
        out.add("VS " + vsName + " " + (up(vsAfter) ? "UP" : "DOWN"));
      }
    }
    return out;
  }

  private static boolean up(VirtualServerState s) {
    return s.quorumStatus() == QuorumStatus.MET;
  }
}
