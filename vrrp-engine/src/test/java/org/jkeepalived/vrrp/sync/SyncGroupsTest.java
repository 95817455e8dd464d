package org.jkeepalived.vrrp.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jkeepalived.mibs.config.VrrpSyncGroupConfig;
import org.jkeepalived.mibs.model.VrrpState;
import org.junit.jupiter.api.Test;

class SyncGroupsTest {
  private static VrrpSyncGroupConfig group(String name, String... members) {
    return new VrrpSyncGroupConfig(name, List.of(members), List.of(), List.of(), List.of(),
        List.of(), List.of(), null, false, null, false, false);
  }

  private final SyncGroups groups =
      new SyncGroups(List.of(group("G1", "VI_1", "VI_2", "VI_3"), group("G2", "VI_4")));

  @Test
  void oneFaultedMemberFaultsTheWholeGroupAndNoOtherGroup() {
    Set<String> own = Set.of("VI_2");
    assertThat(groups.faulted("VI_1", own::contains)).isTrue();
    assertThat(groups.faulted("VI_3", own::contains)).isTrue();
    assertThat(groups.faulted("VI_4", own::contains)).isFalse();
    assertThat(groups.faulted("VI_9", own::contains)).isFalse(); // in no group
    assertThat(groups.faulted("VI_9", Set.of("VI_9")::contains)).isTrue();
  }

  @Test
  void onlyBackupMembersFollowIntoMaster() {
    Map<String, VrrpState> states = Map.of("VI_1", VrrpState.MASTER, "VI_2", VrrpState.BACKUP,
        "VI_3", VrrpState.FAULT, "VI_4", VrrpState.BACKUP);
    assertThat(groups.followersIntoMaster("VI_1", states::get)).containsExactly("VI_2");
    assertThat(groups.followersIntoMaster("VI_4", states::get)).isEmpty();
  }

  @Test
  void onlyMasterMembersFollowIntoBackup() {
    Map<String, VrrpState> states = Map.of("VI_1", VrrpState.BACKUP, "VI_2", VrrpState.MASTER,
        "VI_3", VrrpState.FAULT, "VI_4", VrrpState.MASTER);
    assertThat(groups.followersIntoBackup("VI_1", states::get)).containsExactly("VI_2");
    assertThat(groups.followersIntoBackup("VI_4", states::get)).isEmpty();
    assertThat(groups.followersIntoBackup("VI_9", states::get)).isEmpty(); // in no group
  }

  @Test
  void masterOnlyWhenEveryOtherMemberWantsItOrIsMaster() {
    assertThat(groups.mayBecomeMaster("VI_1", Set.of("VI_2", "VI_3")::contains)).isTrue();
    assertThat(groups.mayBecomeMaster("VI_1", Set.of("VI_2")::contains)).isFalse();
    assertThat(groups.mayBecomeMaster("VI_9", Set.<String>of()::contains)).isTrue();
  }

  @Test
  void groupStateIsFaultThenMasterThenBackup() {
    assertThat(SyncGroups.groupState(List.of(VrrpState.MASTER, VrrpState.FAULT)))
        .isEqualTo(VrrpState.FAULT);
    assertThat(SyncGroups.groupState(List.of(VrrpState.BACKUP, VrrpState.MASTER)))
        .isEqualTo(VrrpState.MASTER);
    assertThat(SyncGroups.groupState(List.of(VrrpState.BACKUP, VrrpState.INIT)))
        .isEqualTo(VrrpState.BACKUP);
    assertThat(SyncGroups.groupState(List.of())).isEqualTo(VrrpState.INIT);
  }

  @Test
  void anAddressOwnerMemberIsFound() {
    VrrpSyncGroupConfig g = group("G", "A", "B");
    assertThat(SyncGroups.hasOwner(g, Map.of("A", 100, "B", 255)::get)).isTrue();
    assertThat(SyncGroups.hasOwner(g, Map.of("A", 100)::get)).isFalse();
  }

  /**
   * Issue 19 sibling review: at SIGTERM keepalived sends vrrpSyncGroupStateChange with
   * shutdown(5) per group (notify_shutdown); the group of stopped members read init(0).
   */
  @Test
  void aGroupWhoseMembersAllStoppedIsShutdown() {
    assertThat(SyncGroups.groupState(List.of(VrrpState.SHUTDOWN, VrrpState.SHUTDOWN)))
        .isEqualTo(VrrpState.SHUTDOWN);
    assertThat(SyncGroups.groupState(List.of(VrrpState.SHUTDOWN, VrrpState.BACKUP)))
        .isEqualTo(VrrpState.BACKUP);
    assertThat(SyncGroups.groupState(List.of())).isEqualTo(VrrpState.INIT);
  }
}
