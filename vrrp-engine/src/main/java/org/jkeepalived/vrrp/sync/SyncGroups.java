package org.jkeepalived.vrrp.sync;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jkeepalived.mibs.config.VrrpSyncGroupConfig;
import org.jkeepalived.mibs.model.VrrpState;

/**
 * keepalived's vrrp_sync_group rules (vrrp_sync.c), as pure functions over the members' states.
 *
 * <ul>
 *   <li>FAULT: if any member is held in FAULT by its own tracking (its interface, its own or the
 *       group's trackers), every member is in FAULT (vrrp_sync_fault); the group leaves FAULT, to
 *       BACKUP, only when no member is faulted any more;
 *   <li>MASTER: a backup member whose Master_Down_Timer runs out becomes master only if every
 *       other member wants to as well (its own timer ran out, no master heard since) or already
 *       is (vrrp_sync_can_goto_master); it then takes every member still in BACKUP into MASTER
 *       with it (vrrp_sync_master);
 *   <li>BACKUP: a member that leaves MASTER for BACKUP (it heard a higher-priority master) takes
 *       every other member still in MASTER to BACKUP with it (vrrp_sync_backup); leaving MASTER
 *       for FAULT is the FAULT rule above;
 *   <li>the group's state is FAULT if any member is in FAULT, else MASTER if any member is master
 *       (the others follow at once), else BACKUP if any is backup, else INIT.
 * </ul>
 *
 * <p>An instance belongs to at most one group (the config loader refuses a second).
 */
public final class SyncGroups {
  private final Map<String, VrrpSyncGroupConfig> byMember = new LinkedHashMap<>();

  public SyncGroups(Collection<VrrpSyncGroupConfig> groups) {
    for (VrrpSyncGroupConfig g : groups) {
      g.members().forEach(m -> byMember.putIfAbsent(m, g));
    }
  }

  /** The group {@code instance} is a member of. */
  public Optional<VrrpSyncGroupConfig> groupOf(String instance) {
    return Optional.ofNullable(byMember.get(instance));
  }

  /** Whether any member of {@code group} has a base priority of 255 (an address owner). */
  public static boolean hasOwner(VrrpSyncGroupConfig group, Function<String, Integer> basePriority) {
    return group.members().stream().map(basePriority)
        .anyMatch(p -> p != null && p == 255);
  }

  /**
   * Whether {@code instance} must be in FAULT: its own tracking says so, or that of any member of
   * its group does.
   *
   * @param ownFault whether an instance's own tracking holds it in FAULT (false if unknown)
   */
  public boolean faulted(String instance, Predicate<String> ownFault) {
    if (ownFault.test(instance)) {
      return true;
    }
    return groupOf(instance).map(g -> g.members().stream().anyMatch(ownFault)).orElse(false);
  }

  /**
   * Whether {@code instance}, whose Master_Down_Timer ran out, may become master now
   * (vrrp_sync_can_goto_master): only if every other member of its group also wants to be master
   * or already is; an instance outside any group always may.
   */
  public boolean mayBecomeMaster(String instance, Predicate<String> wantsOrIsMaster) {
    return groupOf(instance).map(g -> g.members().stream()
        .filter(m -> !m.equals(instance))
        .allMatch(wantsOrIsMaster)).orElse(true);
  }

  /**
   * The members that follow {@code instance} into MASTER: the other members of its group that are
   * in BACKUP now.
   */
  public List<String> followersIntoMaster(String instance, Function<String, VrrpState> stateOf) {
    return groupOf(instance).map(g -> g.members().stream()
        .filter(m -> !m.equals(instance))
        .filter(m -> stateOf.apply(m) == VrrpState.BACKUP)
        .toList()).orElse(List.of());
  }

  /**
   * The members that follow {@code instance} from MASTER into BACKUP: the other members of its
   * group that are in MASTER now.
   */
  public List<String> followersIntoBackup(String instance, Function<String, VrrpState> stateOf) {
    return groupOf(instance).map(g -> g.members().stream()
        .filter(m -> !m.equals(instance))
        .filter(m -> stateOf.apply(m) == VrrpState.MASTER)
        .toList()).orElse(List.of());
  }

  /** The group's state from its members' states (members not running are left out). */
  public static VrrpState groupState(Collection<VrrpState> members) {
    if (members.contains(VrrpState.FAULT)) {
      return VrrpState.FAULT;
    }
    if (members.contains(VrrpState.MASTER)) {
      return VrrpState.MASTER;
    }
    if (members.contains(VrrpState.BACKUP)) {
      return VrrpState.BACKUP;
    }
    // keepalived's notify_shutdown stops every group with its instances: a group whose members
    // all stopped is shutdown(5) (vrrpSyncGroupStateChange at SIGTERM), not init
    if (!members.isEmpty() && members.stream().allMatch(m -> m == VrrpState.SHUTDOWN)) {
      return VrrpState.SHUTDOWN;
    }
    return VrrpState.INIT;
  }
}
