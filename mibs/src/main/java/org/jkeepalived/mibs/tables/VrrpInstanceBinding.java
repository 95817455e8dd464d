package org.jkeepalived.mibs.tables;

import static org.jkeepalived.mibs.smi.SmiType.INTEGER;
import static org.jkeepalived.mibs.smi.SmiType.OCTET_STRING;
import static org.jkeepalived.mibs.smi.SmiType.UNSIGNED32;
import static org.jkeepalived.mibs.tables.MibValues.code;
import static org.jkeepalived.mibs.tables.MibValues.command;
import static org.jkeepalived.mibs.tables.MibValues.inetType;
import static org.jkeepalived.mibs.tables.MibValues.octets;
import static org.jkeepalived.mibs.tables.MibValues.seconds;
import static org.jkeepalived.mibs.tables.MibValues.truth;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.function.Function;
import org.jkeepalived.mibs.config.InitialState;
import org.jkeepalived.mibs.config.ScriptSpec;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.config.VrrpNotify;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VrrpInstanceState;
import org.jkeepalived.mibs.model.VrrpState;
import org.jkeepalived.mibs.oid.KeepalivedVrrpMib;
import org.jkeepalived.mibs.smi.TableSchema;

/** KEEPALIVED-MIB vrrpInstanceTable bound to {@link Tables#VRRP_INSTANCE}. */
final class VrrpInstanceBinding {
  private VrrpInstanceBinding() {}

  /** The VRRP multicast groups (RFC 5798 section 5.1.1.2 and 5.1.2.2). */
  static final InetAddress GROUP4 = literal(new byte[] {(byte) 224, 0, 0, 18});

  static final InetAddress GROUP6 =
      literal(new byte[] {(byte) 0xff, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x12});

  static InetAddress literal(byte[] b) {
    try {
      return InetAddress.getByAddress(b);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** vrrpInstanceSyncGroup: the name of the instance's sync group, absent when it has none. */
  static DerivedColumn syncGroup() {
    return new DerivedColumn(KeepalivedVrrpMib.vrrpInstanceEntry, 18,
        (snap, index) -> snap.config(Tables.VRRP_INSTANCE_SYNC_GROUP, index).orElse(null));
  }

  static TableSchema<VrrpInstanceConfig, VrrpInstanceState> schema() {
    Cols<VrrpInstanceConfig, VrrpInstanceState> c = new Cols<>();
    c.index(1, "vrrpInstanceIndex", INTEGER)
        .cfg(2, "vrrpInstanceName", OCTET_STRING, VrrpInstanceConfig::name)
        .cfg(3, "vrrpInstanceVirtualRouterId", UNSIGNED32, i -> (long) i.virtualRouterId())
        .st(4, "vrrpInstanceState", INTEGER, s -> code(s.state()))
        .cfg(5, "vrrpInstanceInitialState", INTEGER, i -> initialState(i.state()))
        .st(6, "vrrpInstanceWantedState", INTEGER, s -> code(s.wantedState()))
        .rw(7, "vrrpInstanceBasePriority", INTEGER, VrrpInstanceConfig::priority,
            VrrpInstanceBinding::withPriority)
        .st(8, "vrrpInstanceEffectivePriority", INTEGER, VrrpInstanceState::effectivePriority)
        .st(9, "vrrpInstanceVipsStatus", INTEGER, s -> code(s.vipsStatus()))
        .cfg(10, "vrrpInstancePrimaryInterface", OCTET_STRING, VrrpInstanceConfig::interfaceName)
        .cfg(11, "vrrpInstanceTrackPrimaryIf", INTEGER, VrrpInstanceBinding::tracksPrimary)
        // seconds for VRRPv2, centiseconds for VRRPv3, as the MIB's DESCRIPTION says
        .cfg(12, "vrrpInstanceAdvertisementsInt", UNSIGNED32, VrrpInstanceBinding::advertInterval)
        .rw(13, "vrrpInstancePreempt", INTEGER, i -> truth(i.behaviour().preempt()),
            VrrpInstanceBinding::withPreempt)
        .cfg(14, "vrrpInstancePreemptDelay", UNSIGNED32, i -> seconds(i.behaviour().preemptDelay()))
        .cfg(15, "vrrpInstanceAuthType", INTEGER, i -> i.authentication().type().ordinal())
        .cfg(16, "vrrpInstanceLvsSyncDaemon", INTEGER,
            i -> truth(i.behaviour().lvsSyncDaemonInterface() != null))
        .cfg(17, "vrrpInstanceLvsSyncInterface", OCTET_STRING,
            i -> i.behaviour().lvsSyncDaemonInterface())
        // the group name is not on VrrpInstanceConfig: served by syncGroup() from a side table
        .absent(18, "vrrpInstanceSyncGroup", OCTET_STRING)
        .cfg(19, "vrrpInstanceGarpDelay", UNSIGNED32, i -> seconds(i.garp().masterDelay()))
        .cfg(20, "vrrpInstanceSmtpAlert", INTEGER,
            i -> truth(Boolean.TRUE.equals(i.behaviour().smtpAlert())))
        .cfg(21, "vrrpInstanceNotifyExec", INTEGER, i -> truth(!notify(i).scripts().isEmpty()))
        .cfg(22, "vrrpInstanceScriptMaster", OCTET_STRING, script(VrrpNotify::master))
        .cfg(23, "vrrpInstanceScriptBackup", OCTET_STRING, script(VrrpNotify::backup))
        .cfg(24, "vrrpInstanceScriptFault", OCTET_STRING, script(VrrpNotify::fault))
        .cfg(25, "vrrpInstanceScriptStop", OCTET_STRING, script(VrrpNotify::stop))
        .cfg(26, "vrrpInstanceScript", OCTET_STRING, script(VrrpNotify::any))
        // keepalived 2.2.7 answers 0 for a VRRPv2 instance (accept mode is VRRPv3's).
        .rwNoWriter(27, "vrrpInstanceAccept", INTEGER,
            i -> i.version() == 2 ? 0 : truth(i.behaviour().accept()))
        .rwNoWriter(28, "vrrpInstancePromoteSecondaries", INTEGER,
            i -> truth(i.behaviour().promoteSecondaries()))
        .rwNoWriter(29, "vrrpInstanceUseLinkbeat", INTEGER,
            i -> truth(i.behaviour().linkbeatUsePolling()))
        .cfg(30, "vrrpInstanceVrrpVersion", INTEGER, VrrpInstanceConfig::version)
        .cfg(31, "vrrpInstanceScriptMstrRxLowerPri", OCTET_STRING, script(VrrpNotify::masterRxLowerPri))
        .cfg(32, "vrrpInstanceScriptDeleted", OCTET_STRING, script(VrrpNotify::deleted))
        .rwNoWriter(33, "vrrpInstanceNotifyDeleted", INTEGER, i -> truth(notify(i).notifyDeleted()))
        .cfg(34, "vrrpInstanceMulticastAddressType", INTEGER, i -> inetType(group(i)))
        .cfg(35, "vrrpInstanceMulticastAddress", OCTET_STRING, i -> octets(group(i)));
    return new TableSchema<>(Tables.VRRP_INSTANCE, KeepalivedVrrpMib.vrrpInstanceEntry.toArray(), c.build());
  }

  private static Integer initialState(InitialState s) {
    return (s == InitialState.MASTER ? VrrpState.MASTER : VrrpState.BACKUP).code();
  }

  private static Integer tracksPrimary(VrrpInstanceConfig i) {
    boolean tracked =
        i.tracking().interfaces().stream().anyMatch(t -> t.name().equals(i.interfaceName()));
    return tracked ? 1 : 2;
  }

  static Long advertInterval(VrrpInstanceConfig i) {
    return i.version() == 2
        ? i.advertInterval().toSeconds()
        : i.advertInterval().toMillis() / 10;
  }

  static InetAddress group(VrrpInstanceConfig i) {
    InetAddress g = i.transport().multicastGroup();
    return g != null ? g : (i.ipv6() ? GROUP6 : GROUP4);
  }

  private static VrrpNotify notify(VrrpInstanceConfig i) {
    return i.notifyScripts() == null ? VrrpNotify.NONE : i.notifyScripts();
  }

  private static Function<VrrpInstanceConfig, Object> script(Function<VrrpNotify, ScriptSpec> which) {
    return i -> command(which.apply(notify(i)));
  }

  /**
   * SET vrrpInstanceBasePriority: any Integer32, as the column's syntax says. What VRRP can run
   * (keepalived 2.2.7 refuses 0 and keeps the value's low byte; we refuse all but 1..255, and
   * 255 unless the instance is the address owner) is the VRRP engine's validator's to say
   * ({@code org.jkeepalived.vrrp.service.InstanceValidator}), so that a reload and a SET meet the
   * same rules.
   */
  static VrrpInstanceConfig withPriority(VrrpInstanceConfig i, Object value) {
    if (!(value instanceof Integer p)) {
      return null;
    }
    return new VrrpInstanceConfig(
        i.name(), i.state(), i.interfaceName(), i.virtualRouterId(), p, i.advertInterval(),
        i.version(), i.ipv6(), i.authentication(), i.virtualAddresses(), i.excludedAddresses(),
        i.virtualRoutes(), i.virtualRules(), i.tracking(), i.transport(), i.vmac(), i.behaviour(),
        i.garp(), i.notifyScripts());
  }

  /** SET vrrpInstancePreempt: preempt(1) or noPreempt(2), as keepalived accepts. */
  static VrrpInstanceConfig withPreempt(VrrpInstanceConfig i, Object value) {
    if (!(value instanceof Integer v) || (v != 1 && v != 2)) {
      return null;
    }
    VrrpInstanceConfig.Behaviour b = i.behaviour();
    VrrpInstanceConfig.Behaviour nb =
        new VrrpInstanceConfig.Behaviour(
            v == 1, b.preemptDelay(), b.accept(), b.strict(), b.skipCheckAdvAddr(),
            b.lowerPrioNoAdvert(), b.higherPrioSendAdvert(), b.downTimerAdverts(), b.garpExtraIf(),
            b.garpExtraIfAll(), b.promoteSecondaries(), b.notifyPriorityChanges(), b.smtpAlert(),
            b.linkbeatUsePolling(), b.debug(), b.lvsSyncDaemonInterface());
    return new VrrpInstanceConfig(
        i.name(), i.state(), i.interfaceName(), i.virtualRouterId(), i.priority(),
        i.advertInterval(), i.version(), i.ipv6(), i.authentication(), i.virtualAddresses(),
        i.excludedAddresses(), i.virtualRoutes(), i.virtualRules(), i.tracking(), i.transport(),
        i.vmac(), nb, i.garp(), i.notifyScripts());
  }
}
