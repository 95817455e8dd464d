package org.jkeepalived.agent.notify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jkeepalived.agent.notify.NotifyAction.FifoLine;
import org.jkeepalived.agent.notify.NotifyAction.RunScript;
import org.jkeepalived.mibs.config.ScriptSpec;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.config.VrrpNotify;
import org.jkeepalived.mibs.config.VrrpSyncGroupConfig;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VrrpInstanceState;
import org.jkeepalived.mibs.model.VrrpState;
import org.jkeepalived.mibs.model.VrrpSyncGroupState;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.Part;
import org.jkeepalived.mibs.store.StoreEvent;

/**
 * Decides, from VRRP store events in commit order, what keepalived 2.2.7 runs and writes
 * ({@code send_instance_notifies}, {@code send_group_notifies}, {@code notify_fifo} in
 * vrrp_notify.c). No I/O; one instance per listener, fed on one thread.
 *
 * <p>On a change of an instance's state to MASTER, BACKUP, FAULT, STOP (store SHUTDOWN) or
 * DELETED: the state's own script ({@code notify_master} etc.) with no extra arguments, then the
 * generic {@code notify} script with {@code INSTANCE NAME STATE PRIORITY}, then the FIFO line
 * {@code INSTANCE "NAME" STATE PRIORITY}. A sync group does the same with {@code GROUP} and
 * priority 0. A deleted instance reports FAULT unless {@code notify_deleted} is set. With
 * notify_priority_changes, a change of effective priority alone in MASTER or BACKUP writes {@code
 * INSTANCE "NAME" MASTER_PRIORITY|BACKUP_PRIORITY PRIORITY} to the FIFOs (all verified against the
 * keepalived binary; see the tests). An instance already notified once sends nothing when it moves
 * to the state its sync group is already in (keepalived: the group's notifies cover it).
 *
 * <p>Each advert a master counted as lower ({@link VrrpInstanceState#masterRxLowerPri} grew) runs
 * the instance's {@code notify_master_rx_lower_pri} script with no arguments and writes {@code
 * INSTANCE "NAME" MASTER_RX_LOWER_PRI PRIORITY} (keepalived send_event_notify: the generic
 * {@code notify} script is not run for it).
 */
final class VrrpNotifyPlanner {
  /** At most this many lower-priority notifies for one published change (a flood guard). */
  static final int MAX_RX_LOWER_PRI_PER_EVENT = 16;

  /** keepalived gives a notify_stop script one second before killing it. */
  static final Duration STOP_SCRIPT_TIMEOUT = Duration.ofSeconds(1);

  /** Configuration rows the planner needs; null when a row is unknown. */
  interface Configs {
    VrrpInstanceConfig instance(Index index);

    VrrpSyncGroupConfig group(Index index);

    /** The name of the sync group the instance belongs to, or null. */
    String groupOf(String instanceName);
  }

  private final boolean globalPriorityChanges;
  private final Map<String, VrrpState> groupStates = new HashMap<>();
  private final Set<String> notified = new HashSet<>();

  /** @param globalPriorityChanges global_defs vrrp_notify_priority_changes */
  VrrpNotifyPlanner(boolean globalPriorityChanges) {
    this.globalPriorityChanges = globalPriorityChanges;
  }

  /** The actions for one event, in the order keepalived performs them. */
  List<NotifyAction> plan(StoreEvent e, Configs configs) {
    if (e.part() != Part.STATE || e.after() == null) {
      return List.of();
    }
    if (e.is(Tables.VRRP_INSTANCE)) {
      VrrpInstanceConfig cfg = configs.instance(e.index());
      return cfg == null
          ? List.of()
          : instance(cfg, e.stateBefore(Tables.VRRP_INSTANCE).orElse(null),
              e.stateAfter(Tables.VRRP_INSTANCE).orElseThrow(), configs);
    }
    if (e.is(Tables.VRRP_SYNC_GROUP)) {
      VrrpSyncGroupConfig cfg = configs.group(e.index());
      return cfg == null
          ? List.of()
          : group(cfg, e.stateBefore(Tables.VRRP_SYNC_GROUP).orElse(null),
              e.stateAfter(Tables.VRRP_SYNC_GROUP).orElseThrow());
    }
    return List.of();
  }

  private List<NotifyAction> instance(
      VrrpInstanceConfig cfg, VrrpInstanceState before, VrrpInstanceState after, Configs configs) {
    List<NotifyAction> out = new ArrayList<>();
    String name = cfg.name();
    boolean stateChanged = before == null || before.state() != after.state();
    if (before != null
        && before.effectivePriority() != after.effectivePriority()
        && (globalPriorityChanges || cfg.behaviour().notifyPriorityChanges())
        && (before.state() == VrrpState.MASTER || before.state() == VrrpState.BACKUP)) {
      // send_instance_priority_notifies: the state it is in when the priority changes
      out.add(new FifoLine(fifoLine("INSTANCE", name, before.state() + "_PRIORITY",
          after.effectivePriority())));
    }
    out.addAll(lowerPriority(cfg, before, after));
    NotifyState state = NotifyState.of(after.state());
    if (!stateChanged || state == null) {
      return out;
    }
    String group = configs.groupOf(name);
    if (notified.contains(name) && group != null && groupStates.get(group) == after.state()) {
      return out;
    }
    notified.add(name);
    VrrpNotify scripts = cfg.notifyScripts() == null ? VrrpNotify.NONE : cfg.notifyScripts();
    if (state == NotifyState.DELETED && !scripts.notifyDeleted()) {
      state = NotifyState.FAULT;
    }
    out.addAll(actions("INSTANCE", name, state, after.effectivePriority(), scripts,
        state == NotifyState.STOP ? STOP_SCRIPT_TIMEOUT : null));
    return out;
  }

  /** notify_master_rx_lower_pri and its FIFO line, once per lower-priority advert counted. */
  private static List<NotifyAction> lowerPriority(
      VrrpInstanceConfig cfg, VrrpInstanceState before, VrrpInstanceState after) {
    long grew = after.masterRxLowerPri() - (before == null ? 0 : before.masterRxLowerPri());
    if (grew <= 0) {
      return List.of();
    }
    ScriptSpec script = cfg.notifyScripts() == null ? null : cfg.notifyScripts().masterRxLowerPri();
    List<NotifyAction> out = new ArrayList<>();
    for (long i = 0; i < Math.min(grew, MAX_RX_LOWER_PRI_PER_EVENT); i++) {
      if (script != null) {
        out.add(new RunScript(script, List.of(), null));
      }
      out.add(new FifoLine(fifoLine("INSTANCE", cfg.name(), "MASTER_RX_LOWER_PRI",
          after.effectivePriority())));
    }
    return out;
  }

  private List<NotifyAction> group(
      VrrpSyncGroupConfig cfg, VrrpSyncGroupState before, VrrpSyncGroupState after) {
    groupStates.put(cfg.name(), after.state());
    NotifyState state = NotifyState.of(after.state());
    if ((before != null && before.state() == after.state()) || state == null) {
      return List.of();
    }
    VrrpNotify scripts = cfg.notifyScripts() == null ? VrrpNotify.NONE : cfg.notifyScripts();
    if (state == NotifyState.DELETED && !scripts.notifyDeleted()) {
      state = NotifyState.FAULT;
    }
    return actions("GROUP", cfg.name(), state, 0, scripts, null);
  }

  private static List<NotifyAction> actions(
      String type, String name, NotifyState state, int priority, VrrpNotify scripts,
      Duration timeout) {
    List<NotifyAction> out = new ArrayList<>(3);
    ScriptSpec own = switch (state) {
      case MASTER -> scripts.master();
      case BACKUP -> scripts.backup();
      case FAULT -> scripts.fault();
      case STOP -> scripts.stop();
      case DELETED -> scripts.deleted();
    };
    if (own != null) {
      out.add(new RunScript(own, List.of(), timeout));
    }
    if (scripts.any() != null) {
      out.add(new RunScript(scripts.any(),
          List.of(type, name, state.name(), Integer.toString(priority)), timeout));
    }
    out.add(new FifoLine(fifoLine(type, name, state.name(), priority)));
    return out;
  }

  /** keepalived's FIFO line: {@code TYPE "NAME" STATE PRIORITY}. */
  static String fifoLine(String type, String name, String state, int priority) {
    return type + " \"" + name + "\" " + state + " " + priority;
  }
}
