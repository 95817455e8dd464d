package org.jkeepalived.agent.snmp;

import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.TableId;

/**
 * The log lines of a committed SNMP SET, one per changed object, each naming the requester. For
 * the vrrpInstance columns they are keepalived's (vrrp_snmp.c: "(VI_1) base priority changed
 * from 100 to 250 via SNMP.", "(VI_1) preemption enabled with SNMP"), so that log watchers made
 * for keepalived see them; any other row gets one line naming its table and index (keepalived
 * logs nothing for a realServerWeight SET, but a change made from the network belongs in the log).
 */
final class SetLog {
  private SetLog() {}

  /**
   * @param before the row as the request's snapshot had it
   * @param after the row as committed
   * @param requester the manager's transport address, as SNMP4J prints it (127.0.0.1/40000)
   */
  static List<String> lines(
      TableId<?, ?> table, Index index, Object before, Object after, String requester) {
    String from = " (request from " + requester + ")";
    List<String> out = new ArrayList<>();
    if (table == Tables.VRRP_INSTANCE
        && before instanceof VrrpInstanceConfig b
        && after instanceof VrrpInstanceConfig a) {
      if (a.priority() != b.priority()) {
        out.add("(%s) base priority changed from %d to %d via SNMP.%s"
            .formatted(a.name(), b.priority(), a.priority(), from));
      }
      if (a.behaviour() != null && b.behaviour() != null
          && a.behaviour().preempt() != b.behaviour().preempt()) {
        out.add("(%s) preemption %s with SNMP%s"
            .formatted(a.name(), a.behaviour().preempt() ? "enabled" : "disabled", from));
      }
      return out;
    }
    if (!after.equals(before)) {
      out.add("%s row %s changed via SNMP%s".formatted(table.name(), index, from));
    }
    return out;
  }
}
