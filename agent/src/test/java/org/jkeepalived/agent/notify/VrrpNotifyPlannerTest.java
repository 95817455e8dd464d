package org.jkeepalived.agent.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jkeepalived.agent.notify.VrrpFixtures.group;
import static org.jkeepalived.agent.notify.VrrpFixtures.instance;
import static org.jkeepalived.agent.notify.VrrpFixtures.notifyScripts;
import static org.jkeepalived.agent.notify.VrrpFixtures.script;
import static org.jkeepalived.agent.notify.VrrpFixtures.state;

import java.time.Duration;
import java.util.List;
import org.jkeepalived.agent.notify.NotifyAction.FifoLine;
import org.jkeepalived.agent.notify.NotifyAction.RunScript;
import org.jkeepalived.mibs.config.ScriptSpec;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.config.VrrpNotify;
import org.jkeepalived.mibs.config.VrrpSyncGroupConfig;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VrrpInstanceState;
import org.jkeepalived.mibs.model.VrrpState;
import org.jkeepalived.mibs.model.VrrpStats;
import org.jkeepalived.mibs.model.VrrpSyncGroupState;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.mibs.store.Part;
import org.jkeepalived.mibs.store.StoreEvent;
import org.junit.jupiter.api.Test;

class VrrpNotifyPlannerTest {
  private static final ScriptSpec MASTER = script("/s/master");
  private static final ScriptSpec BACKUP = script("/s/backup", "b");
  private static final ScriptSpec FAULT = script("/s/fault");
  private static final ScriptSpec STOP = script("/s/stop");
  private static final ScriptSpec ANY = script("/s/any", "x");
  private static final VrrpNotify ALL = notifyScripts(MASTER, BACKUP, FAULT, STOP, ANY);

  private VrrpInstanceConfig vi1 = instance("VI_1", 51, 100, ALL, false, List.of());
  private VrrpSyncGroupConfig vg1 = null;
  private final VrrpNotifyPlanner planner = new VrrpNotifyPlanner(false);

  private final VrrpNotifyPlanner.Configs configs = new VrrpNotifyPlanner.Configs() {
    @Override
    public VrrpInstanceConfig instance(Index index) {
      return index.equals(Index.of(1)) ? vi1 : null;
    }

    @Override
    public VrrpSyncGroupConfig group(Index index) {
      return vg1;
    }

    @Override
    public String groupOf(String name) {
      return vg1 != null && vg1.members().contains(name) ? vg1.name() : null;
    }
  };

  private List<NotifyAction> inst(VrrpInstanceState before, VrrpInstanceState after) {
    return planner.plan(new StoreEvent(Tables.VRRP_INSTANCE, Index.of(1), Part.STATE, before, after,
        Origin.ENGINE), configs);
  }

  private List<NotifyAction> grp(VrrpState before, VrrpState after) {
    return planner.plan(new StoreEvent(Tables.VRRP_SYNC_GROUP, Index.of(1), Part.STATE,
        before == null ? null : new VrrpSyncGroupState(before), new VrrpSyncGroupState(after),
        Origin.ENGINE), configs);
  }

  @Test
  void firstBackupRunsOwnScriptThenGenericThenFifo() {
    // keepalived 2.2.7 at start: note.sh [backup], note.sh [any] [INSTANCE] [VI_1] [BACKUP] [100],
    // FIFO: INSTANCE "VI_1" BACKUP 100
    assertThat(inst(state(VrrpState.INIT, 100), state(VrrpState.BACKUP, 100))).containsExactly(
        new RunScript(BACKUP, List.of(), null),
        new RunScript(ANY, List.of("INSTANCE", "VI_1", "BACKUP", "100"), null),
        new FifoLine("INSTANCE \"VI_1\" BACKUP 100"));
  }

  @Test
  void masterAndFaultUseTheirOwnScriptsAndTheNewPriority() {
    assertThat(inst(state(VrrpState.BACKUP, 100), state(VrrpState.MASTER, 110))).containsExactly(
        new RunScript(MASTER, List.of(), null),
        new RunScript(ANY, List.of("INSTANCE", "VI_1", "MASTER", "110"), null),
        new FifoLine("INSTANCE \"VI_1\" MASTER 110"));
    assertThat(inst(state(VrrpState.MASTER, 110), state(VrrpState.FAULT, 110)))
        .startsWith(new RunScript(FAULT, List.of(), null))
        .endsWith(new FifoLine("INSTANCE \"VI_1\" FAULT 110"));
  }

  @Test
  void stopScriptsGetOneSecondAndTheWordStop() {
    Duration t = VrrpNotifyPlanner.STOP_SCRIPT_TIMEOUT;
    assertThat(inst(state(VrrpState.MASTER, 100), state(VrrpState.SHUTDOWN, 100))).containsExactly(
        new RunScript(STOP, List.of(), t),
        new RunScript(ANY, List.of("INSTANCE", "VI_1", "STOP", "100"), t),
        new FifoLine("INSTANCE \"VI_1\" STOP 100"));
  }

  @Test
  void deletedReportsFaultUnlessNotifyDeletedIsSet() {
    assertThat(inst(state(VrrpState.MASTER, 100), state(VrrpState.DELETED, 100)))
        .containsExactly(new RunScript(FAULT, List.of(), null),
            new RunScript(ANY, List.of("INSTANCE", "VI_1", "FAULT", "100"), null),
            new FifoLine("INSTANCE \"VI_1\" FAULT 100"));
    ScriptSpec del = script("/s/deleted");
    vi1 = instance("VI_1", 51, 100, new VrrpNotify(null, null, null, null, true, del, ANY, null),
        false, List.of());
    assertThat(inst(state(VrrpState.BACKUP, 100), state(VrrpState.DELETED, 100)))
        .containsExactly(new RunScript(del, List.of(), null),
            new RunScript(ANY, List.of("INSTANCE", "VI_1", "DELETED", "100"), null),
            new FifoLine("INSTANCE \"VI_1\" DELETED 100"));
  }

  @Test
  void priorityChangesGoToTheFifoOnlyWhenAskedFor() {
    assertThat(inst(state(VrrpState.BACKUP, 50), state(VrrpState.BACKUP, 60))).isEmpty();
    vi1 = instance("VI_1", 51, 50, VrrpNotify.NONE, true, List.of());
    // keepalived 2.2.7: INSTANCE "VI_3" BACKUP_PRIORITY 60 / MASTER_PRIORITY 64
    assertThat(inst(state(VrrpState.BACKUP, 50), state(VrrpState.BACKUP, 60)))
        .containsExactly(new FifoLine("INSTANCE \"VI_1\" BACKUP_PRIORITY 60"));
    assertThat(inst(state(VrrpState.MASTER, 60), state(VrrpState.MASTER, 64)))
        .containsExactly(new FifoLine("INSTANCE \"VI_1\" MASTER_PRIORITY 64"));
    assertThat(inst(state(VrrpState.FAULT, 60), state(VrrpState.FAULT, 64))).isEmpty();
    // both at once: the priority line for the state left, then the transition
    assertThat(inst(state(VrrpState.BACKUP, 60), state(VrrpState.MASTER, 70))).containsExactly(
        new FifoLine("INSTANCE \"VI_1\" BACKUP_PRIORITY 70"),
        new FifoLine("INSTANCE \"VI_1\" MASTER 70"));
  }

  @Test
  void globalPriorityChangesSettingAppliesToEveryInstance() {
    VrrpNotifyPlanner global = new VrrpNotifyPlanner(true);
    var e = new StoreEvent(Tables.VRRP_INSTANCE, Index.of(1), Part.STATE,
        state(VrrpState.MASTER, 100), state(VrrpState.MASTER, 90), Origin.ENGINE);
    assertThat(global.plan(e, configs))
        .containsExactly(new FifoLine("INSTANCE \"VI_1\" MASTER_PRIORITY 90"));
  }

  @Test
  void noChangeOfStateOrIgnoredStatesSendNothing() {
    assertThat(inst(state(VrrpState.MASTER, 100), state(VrrpState.MASTER, 100))).isEmpty();
    assertThat(inst(null, state(VrrpState.INIT, 100))).isEmpty();
    assertThat(planner.plan(new StoreEvent(Tables.VRRP_INSTANCE, Index.of(1), Part.CONFIG, null,
        vi1, Origin.CONFIG_LOAD), configs)).isEmpty();
    assertThat(planner.plan(new StoreEvent(Tables.VRRP_INSTANCE, Index.of(9), Part.STATE,
        null, state(VrrpState.MASTER, 1), Origin.ENGINE), configs)).isEmpty();
  }

  @Test
  void groupNotifiesUseGroupAndPriorityZero() {
    ScriptSpec gm = script("/s/gmaster");
    ScriptSpec gany = script("/s/note.sh", "g any", "x\ty");
    vg1 = group("VG_1", notifyScripts(gm, null, null, null, gany), "VI_1", "VI_2");
    // keepalived 2.2.7: note.sh [g any] [x<TAB>y] [GROUP] [VG_1] [MASTER] [0]; GROUP "VG_1" MASTER 0
    assertThat(grp(VrrpState.BACKUP, VrrpState.MASTER)).containsExactly(
        new RunScript(gm, List.of(), null),
        new RunScript(gany, List.of("GROUP", "VG_1", "MASTER", "0"), null),
        new FifoLine("GROUP \"VG_1\" MASTER 0"));
    assertThat(grp(VrrpState.MASTER, VrrpState.MASTER)).isEmpty();
  }

  @Test
  void memberMovingToItsGroupsStateAfterFirstNotifyIsCoveredByTheGroup() {
    vg1 = group("VG_1", VrrpNotify.NONE, "VI_1");
    assertThat(inst(state(VrrpState.INIT, 100), state(VrrpState.BACKUP, 100))).isNotEmpty();
    grp(VrrpState.BACKUP, VrrpState.FAULT);
    assertThat(inst(state(VrrpState.BACKUP, 100), state(VrrpState.FAULT, 100))).isEmpty();
    assertThat(inst(state(VrrpState.FAULT, 100), state(VrrpState.BACKUP, 100))).isNotEmpty();
  }

  @Test
  void eachLowerPriorityAdvertRunsItsScriptAndWritesTheFifoLine() {
    ScriptSpec lower = script("/s/lower", "arg");
    vi1 = instance("VI_1", 51, 100,
        new VrrpNotify(MASTER, null, null, null, false, null, ANY, lower), false, List.of());
    // keepalived 2.2.7 send_event_notify: the script alone (no generic notify), then the FIFO
    assertThat(inst(state(VrrpState.MASTER, 100, 3), state(VrrpState.MASTER, 100, 5)))
        .containsExactly(new RunScript(lower, List.of(), null),
            new FifoLine("INSTANCE \"VI_1\" MASTER_RX_LOWER_PRI 100"),
            new RunScript(lower, List.of(), null),
            new FifoLine("INSTANCE \"VI_1\" MASTER_RX_LOWER_PRI 100"));
    assertThat(inst(state(VrrpState.MASTER, 100, 5), state(VrrpState.MASTER, 100, 5))).isEmpty();
  }

  @Test
  void lowerPriorityFifoLinesAreWrittenWithoutAScriptAndFloodsAreCapped() {
    vi1 = instance("VI_1", 51, 100, VrrpNotify.NONE, false, List.of());
    assertThat(inst(state(VrrpState.MASTER, 90, 0), state(VrrpState.MASTER, 90, 1)))
        .containsExactly(new FifoLine("INSTANCE \"VI_1\" MASTER_RX_LOWER_PRI 90"));
    assertThat(inst(state(VrrpState.MASTER, 90, 1), state(VrrpState.MASTER, 90, 1000)))
        .hasSize(VrrpNotifyPlanner.MAX_RX_LOWER_PRI_PER_EVENT);
  }

  @Test
  void lowerPriorityLinesComeBeforeATransitionInTheSameChange() {
    vi1 = instance("VI_1", 51, 100, VrrpNotify.NONE, false, List.of());
    assertThat(inst(state(VrrpState.MASTER, 100, 0), state(VrrpState.BACKUP, 100, 1)))
        .containsExactly(new FifoLine("INSTANCE \"VI_1\" MASTER_RX_LOWER_PRI 100"),
            new FifoLine("INSTANCE \"VI_1\" BACKUP 100"));
  }

  private static VrrpInstanceState counted(VrrpInstanceState s, long rcvd) {
    return new VrrpInstanceState(s.state(), s.wantedState(), s.effectivePriority(),
        s.vipsStatus(), s.masterAddress(), s.upSince(), s.newMasterReason(), s.protoErrReason(),
        new VrrpStats(0, rcvd, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), s.lastAuthError(),
        s.masterRxLowerPri());
  }

  private static StoreEvent instanceEvent(VrrpInstanceState before, VrrpInstanceState after) {
    return new StoreEvent(Tables.VRRP_INSTANCE, Index.of(1), Part.STATE, before, after,
        Origin.ENGINE);
  }

  /**
   * The store does not wake the notifier for a backup's counter-only publications: exactly the
   * events the planner has nothing to do for (with every notify script and priority notifies on),
   * while a state, priority or lower-priority count change, a first or removed row and every
   * config or sync group row still reach it.
   */
  @Test
  void onlyCounterChangesOfAnInstanceAreLeftOutOfTheNotifiersDeliveries() {
    VrrpNotifyPlanner all = new VrrpNotifyPlanner(true);
    vi1 = instance("VI_1", 51, 100, new VrrpNotify(MASTER, BACKUP, FAULT, STOP, true,
        script("/s/deleted"), ANY, script("/s/lower")), false, List.of());
    VrrpInstanceState backup = state(VrrpState.BACKUP, 100);
    assertThat(all.plan(instanceEvent(null, backup), configs)).isNotEmpty();

    StoreEvent counters = instanceEvent(backup, counted(backup, 7));
    assertThat(VrrpNotifyListener.relevant(counters)).isFalse();
    assertThat(all.plan(counters, configs)).isEmpty();

    assertThat(List.of(
        instanceEvent(null, backup),
        instanceEvent(backup, null),
        instanceEvent(backup, counted(state(VrrpState.MASTER, 100), 7)),
        instanceEvent(backup, counted(state(VrrpState.BACKUP, 90), 7)),
        instanceEvent(state(VrrpState.MASTER, 100, 1), state(VrrpState.MASTER, 100, 2)),
        new StoreEvent(Tables.VRRP_INSTANCE, Index.of(1), Part.CONFIG, null, vi1, Origin.CONFIG_LOAD),
        new StoreEvent(Tables.VRRP_SYNC_GROUP, Index.of(1), Part.STATE,
            new VrrpSyncGroupState(VrrpState.BACKUP), new VrrpSyncGroupState(VrrpState.BACKUP),
            Origin.ENGINE)))
        .allMatch(VrrpNotifyListener::relevant);
  }
}
