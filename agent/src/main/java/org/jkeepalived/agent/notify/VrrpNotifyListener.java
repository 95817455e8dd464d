package org.jkeepalived.agent.notify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jkeepalived.agent.notify.NotifyAction.FifoLine;
import org.jkeepalived.agent.notify.NotifyAction.RunScript;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.config.VrrpSyncGroupConfig;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VrrpInstanceState;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.Part;
import org.jkeepalived.mibs.store.StoreEvent;
import org.jkeepalived.mibs.store.StoreListener;

/**
 * The VRRP notifier: a store listener on {@link org.jkeepalived.mibs.store.Domain#VRRP} that runs
 * the notify scripts and writes the notify FIFOs for instance and sync group state changes. It
 * never waits for a script; FIFO lines are queued to each FIFO's writer.
 */
final class VrrpNotifyListener implements StoreListener, VrrpNotifyPlanner.Configs {
  private final ObjectStore store;
  private final VrrpNotifyPlanner planner;
  private final ScriptLauncher launcher;
  private final List<NotifyFifo> fifos;
  /** The last config seen per row, kept after a removal so a deleted instance can be reported. */
  private final Map<Index, VrrpInstanceConfig> instances = new HashMap<>();
  private final Map<Index, VrrpSyncGroupConfig> groups = new HashMap<>();

  VrrpNotifyListener(
      ObjectStore store, VrrpNotifyPlanner planner, ScriptLauncher launcher, List<NotifyFifo> fifos) {
    this.store = store;
    this.planner = planner;
    this.launcher = launcher;
    this.fifos = List.copyOf(fifos);
  }

  /**
   * The events a notify may follow from: every config row (remembered for later notifies), and
   * every state row except an instance's whose state, effective priority and lower-priority
   * advert count are all unchanged, the counter publications of every advert a backup hears, for
   * which {@link VrrpNotifyPlanner#plan} has nothing to do. Cheap: the store runs it as it commits.
   */
  static boolean relevant(StoreEvent e) {
    if (!e.is(Tables.VRRP_INSTANCE, Part.STATE) || e.before() == null || e.after() == null) {
      return true;
    }
    VrrpInstanceState before = e.stateBefore(Tables.VRRP_INSTANCE).orElseThrow();
    VrrpInstanceState after = e.stateAfter(Tables.VRRP_INSTANCE).orElseThrow();
    return before.state() != after.state()
        || before.effectivePriority() != after.effectivePriority()
        || before.masterRxLowerPri() != after.masterRxLowerPri();
  }

  @Override
  public void onEvents(List<StoreEvent> events) {
    for (StoreEvent e : events) {
      if (e.part() == Part.CONFIG) {
        remember(e);
        continue;
      }
      for (NotifyAction a : planner.plan(e, this)) {
        if (a instanceof RunScript r) {
          launcher.launch(r.script(), r.extraArgs(), r.timeout());
        } else if (a instanceof FifoLine f) {
          fifos.forEach(fifo -> fifo.write(f.line()));
        }
      }
    }
  }

  private void remember(StoreEvent e) {
    // a removed row stays remembered: notify_deleted still needs its instance's config
    if (e.is(Tables.VRRP_INSTANCE)) {
      instances.put(e.index(), e.configAfter(Tables.VRRP_INSTANCE)
          .or(() -> e.configBefore(Tables.VRRP_INSTANCE)).orElseThrow());
    } else if (e.is(Tables.VRRP_SYNC_GROUP)) {
      groups.put(e.index(), e.configAfter(Tables.VRRP_SYNC_GROUP)
          .or(() -> e.configBefore(Tables.VRRP_SYNC_GROUP)).orElseThrow());
    }
  }

  @Override
  public VrrpInstanceConfig instance(Index index) {
    return instances.computeIfAbsent(
        index, i -> store.snapshot().config(Tables.VRRP_INSTANCE, i).orElse(null));
  }

  @Override
  public VrrpSyncGroupConfig group(Index index) {
    return groups.computeIfAbsent(
        index, i -> store.snapshot().config(Tables.VRRP_SYNC_GROUP, i).orElse(null));
  }

  @Override
  public String groupOf(String instanceName) {
    Map<Index, VrrpSyncGroupConfig> all = new HashMap<>(store.snapshot().configs(Tables.VRRP_SYNC_GROUP));
    all.putAll(groups);
    for (VrrpSyncGroupConfig g : all.values()) {
      if (g != null && g.members().contains(instanceName)) {
        return g.name();
      }
    }
    return null;
  }
}
