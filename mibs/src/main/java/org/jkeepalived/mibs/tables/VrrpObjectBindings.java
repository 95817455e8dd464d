package org.jkeepalived.mibs.tables;

import static org.jkeepalived.mibs.smi.SmiType.INTEGER;
import static org.jkeepalived.mibs.smi.SmiType.OCTET_STRING;
import static org.jkeepalived.mibs.smi.SmiType.UNSIGNED32;
import static org.jkeepalived.mibs.tables.MibValues.code;
import static org.jkeepalived.mibs.tables.MibValues.command;
import static org.jkeepalived.mibs.tables.MibValues.inetType;
import static org.jkeepalived.mibs.tables.MibValues.micros;
import static org.jkeepalived.mibs.tables.MibValues.octets;
import static org.jkeepalived.mibs.tables.MibValues.truth;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.List;
import java.util.function.Function;
import org.jkeepalived.mibs.config.BfdInstanceConfig;
import org.jkeepalived.mibs.config.ScriptSpec;
import org.jkeepalived.mibs.config.TrackFileConfig;
import org.jkeepalived.mibs.config.TrackProcessConfig;
import org.jkeepalived.mibs.config.VirtualAddress;
import org.jkeepalived.mibs.config.VrrpNotify;
import org.jkeepalived.mibs.config.VrrpScriptConfig;
import org.jkeepalived.mibs.config.VrrpSyncGroupConfig;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.TrackerState;
import org.jkeepalived.mibs.model.VrrpAddressRow;
import org.jkeepalived.mibs.model.VrrpAddressState;
import org.jkeepalived.mibs.model.VrrpScriptState;
import org.jkeepalived.mibs.model.VrrpSyncGroupMemberRow;
import org.jkeepalived.mibs.model.VrrpSyncGroupState;
import org.jkeepalived.mibs.model.VrrpTrackedRow;
import org.jkeepalived.mibs.oid.KeepalivedTrackMib;
import org.jkeepalived.mibs.oid.KeepalivedVrrpMib;
import org.jkeepalived.mibs.oid.Oid;
import org.jkeepalived.mibs.smi.TableSchema;
import org.jkeepalived.mibs.store.TableId;

/**
 * KEEPALIVED-MIB VRRP tables other than vrrpInstanceTable and the route/rule tables: sync groups,
 * members, addresses, scripts, tracked files, processes and BFDs, and the tracking tables.
 */
final class VrrpObjectBindings {
  private VrrpObjectBindings() {}

  static TableSchema<VrrpSyncGroupConfig, VrrpSyncGroupState> syncGroup() {
    Cols<VrrpSyncGroupConfig, VrrpSyncGroupState> c = new Cols<>();
    Function<Function<VrrpNotify, ScriptSpec>, Function<VrrpSyncGroupConfig, Object>> script =
        w -> g -> command(w.apply(notify(g.notifyScripts())));
    c.index(1, "vrrpSyncGroupIndex", INTEGER)
        .cfg(2, "vrrpSyncGroupName", OCTET_STRING, VrrpSyncGroupConfig::name)
        .st(3, "vrrpSyncGroupState", INTEGER, s -> code(s.state()))
        .cfg(4, "vrrpSyncGroupSmtpAlert", INTEGER, g -> truth(Boolean.TRUE.equals(g.smtpAlert())))
        .cfg(5, "vrrpSyncGroupNotifyExec", INTEGER,
            g -> truth(!notify(g.notifyScripts()).scripts().isEmpty()))
        .cfg(6, "vrrpSyncGroupScriptMaster", OCTET_STRING, script.apply(VrrpNotify::master))
        .cfg(7, "vrrpSyncGroupScriptBackup", OCTET_STRING, script.apply(VrrpNotify::backup))
        .cfg(8, "vrrpSyncGroupScriptFault", OCTET_STRING, script.apply(VrrpNotify::fault))
        .cfg(9, "vrrpSyncGroupScript", OCTET_STRING, script.apply(VrrpNotify::any))
        .cfg(10, "vrrpSyncGroupTrackingWeight", INTEGER, g -> truth(g.syncGroupTrackingWeight()))
        .cfg(11, "vrrpSyncGroupScriptStop", OCTET_STRING, script.apply(VrrpNotify::stop));
    return schema(Tables.VRRP_SYNC_GROUP, KeepalivedVrrpMib.vrrpSyncGroupEntry, c);
  }

  static VrrpNotify notify(VrrpNotify n) {
    return n == null ? VrrpNotify.NONE : n;
  }

  static TableSchema<VrrpSyncGroupMemberRow, Void> syncGroupMember() {
    Cols<VrrpSyncGroupMemberRow, Void> c = new Cols<>();
    c.index(1, "vrrpSyncGroupMemberInstanceIndex", INTEGER)
        .cfg(2, "vrrpSyncGroupMemberName", OCTET_STRING, VrrpSyncGroupMemberRow::instanceName);
    return schema(Tables.VRRP_SYNC_GROUP_MEMBER, KeepalivedVrrpMib.vrrpSyncGroupMemberEntry, c);
  }

  /**
   * A tracking table: {@code first} is the sub-identifier of its name column (1 for the interface
   * tables, indexed by ifIndex; 2 for the others, whose column 1 is their own index).
   */
  static TableSchema<VrrpTrackedRow, Void> tracked(
      TableId<VrrpTrackedRow, Void> table, Oid entry, String prefix, boolean byIfIndex) {
    Cols<VrrpTrackedRow, Void> c = new Cols<>();
    int first = byIfIndex ? 1 : 2;
    if (!byIfIndex) {
      c.index(1, prefix + "Index", INTEGER);
    }
    c.cfg(first, prefix + "Name", OCTET_STRING, VrrpTrackedRow::name)
        .cfg(first + 1, prefix + "Weight", INTEGER, VrrpTrackedRow::weight)
        .cfg(first + 2, prefix + "WgtRev", INTEGER, r -> truth(r.reverse()));
    return schema(table, entry, c);
  }

  static TableSchema<VrrpAddressRow, VrrpAddressState> address() {
    Cols<VrrpAddressRow, VrrpAddressState> c = new Cols<>();
    c.index(1, "vrrpAddressIndex", INTEGER)
        .cfg(2, "vrrpAddressType", INTEGER, r -> inetType(r.address().address().address()))
        .cfg(3, "vrrpAddressValue", OCTET_STRING, r -> octets(r.address().address().address()))
        .cfg(4, "vrrpAddressBroadcast", OCTET_STRING, VrrpObjectBindings::broadcast)
        .cfg(5, "vrrpAddressMask", UNSIGNED32, r -> (long) r.address().address().prefixLength())
        .cfg(6, "vrrpAddressScope", INTEGER, r -> scope(r.address().scope()))
        .st(7, "vrrpAddressIfIndex", INTEGER, VrrpAddressState::ifIndex)
        .cfg(8, "vrrpAddressIfName", OCTET_STRING, VrrpAddressRow::interfaceName)
        .cfg(9, "vrrpAddressIfAlias", OCTET_STRING, r -> r.address().label())
        .st(10, "vrrpAddressStatus", INTEGER, s -> code(s.status()))
        .cfg(11, "vrrpAddressAdvertising", INTEGER, r -> truth(r.advertised()))
        .cfg(12, "vrrpAddressPeer", OCTET_STRING,
            r -> r.address().peer() == null ? null : octets(r.address().peer().address()));
    return schema(Tables.VRRP_ADDRESS, KeepalivedVrrpMib.vrrpAddressEntry, c);
  }

  /** An IPv4 address's broadcast, 0.0.0.0 when none was given (as keepalived); none for IPv6. */
  private static Object broadcast(VrrpAddressRow r) {
    VirtualAddress a = r.address();
    if (!(a.address().address() instanceof Inet4Address)) {
      return null;
    }
    InetAddress b = a.broadcast();
    return b == null ? new byte[4] : octets(b);
  }

  /** InetScopeType of an {@code ip address} scope name; keepalived's default is global. */
  static Integer scope(String name) {
    if (name == null) {
      return 14;
    }
    return switch (name) {
      case "host" -> 1;
      case "link" -> 2;
      case "site" -> 5;
      default -> 14;
    };
  }

  static TableSchema<VrrpScriptConfig, VrrpScriptState> script() {
    Cols<VrrpScriptConfig, VrrpScriptState> c = new Cols<>();
    c.index(1, "vrrpScriptIndex", INTEGER)
        .cfg(2, "vrrpScriptName", OCTET_STRING, VrrpScriptConfig::name)
        .cfg(3, "vrrpScriptCommand", OCTET_STRING, s -> command(s.script()))
        .cfg(4, "vrrpScriptInterval", INTEGER, s -> (int) s.interval().toSeconds())
        .cfg(5, "vrrpScriptWeight", INTEGER, VrrpScriptConfig::weight)
        .st(6, "vrrpScriptResult", INTEGER, s -> code(s.result()))
        .cfg(7, "vrrpScriptRise", UNSIGNED32, s -> (long) s.rise())
        .cfg(8, "vrrpScriptFall", UNSIGNED32, s -> (long) s.fall())
        .cfg(9, "vrrpScriptWgtRev", INTEGER, s -> truth(s.reverse()));
    return schema(Tables.VRRP_SCRIPT, KeepalivedVrrpMib.vrrpScriptEntry, c);
  }

  static TableSchema<TrackFileConfig, TrackerState> file() {
    Cols<TrackFileConfig, TrackerState> c = new Cols<>();
    c.index(1, "vrrpFileIndex", INTEGER)
        .cfg(2, "vrrpFileName", OCTET_STRING, TrackFileConfig::name)
        .cfg(3, "vrrpFilePath", OCTET_STRING, TrackFileConfig::file)
        .st(4, "vrrpFileResult", INTEGER, s -> (int) s.value())
        .cfg(5, "vrrpFileWeight", INTEGER, TrackFileConfig::weight)
        .cfg(6, "vrrpFileWgtRev", INTEGER, f -> truth(f.reverse()));
    return schema(Tables.VRRP_FILE, KeepalivedTrackMib.vrrpFileEntry, c);
  }

  static TableSchema<BfdInstanceConfig, TrackerState> bfd() {
    Cols<BfdInstanceConfig, TrackerState> c = new Cols<>();
    c.index(1, "vrrpBfdIndex", INTEGER)
        .cfg(2, "vrrpBfdName", OCTET_STRING, BfdInstanceConfig::name)
        .st(3, "vrrpBfdResult", INTEGER, s -> truth(s.up()))
        .cfg(4, "vrrpBfdWeight", INTEGER, BfdInstanceConfig::weight)
        .cfg(5, "vrrpBfdWgtRev", INTEGER, b -> truth(b.reverse()));
    return schema(Tables.VRRP_BFD, KeepalivedTrackMib.vrrpBfdEntry, c);
  }

  static TableSchema<TrackProcessConfig, TrackerState> process() {
    Cols<TrackProcessConfig, TrackerState> c = new Cols<>();
    c.index(1, "vrrpProcessIndex", INTEGER)
        .cfg(2, "vrrpProcessName", OCTET_STRING, TrackProcessConfig::name)
        .cfg(3, "vrrpProcessPath", OCTET_STRING, p -> p.process().isEmpty() ? null : p.process().get(0))
        .cfg(4, "vrrpProcessParams", OCTET_STRING, VrrpObjectBindings::params)
        .cfg(5, "vrrpProcessParamMatch", INTEGER,
            p -> p.paramMatch() == null ? 0 : p.paramMatch().ordinal() + 1)
        .cfg(6, "vrrpProcessWeight", INTEGER, TrackProcessConfig::weight)
        .cfg(7, "vrrpProcessWgtRev", INTEGER, p -> truth(p.reverse()))
        .cfg(8, "vrrpProcessQuorum", UNSIGNED32, p -> (long) p.quorum())
        .cfg(9, "vrrpProcessQuorumMax", INTEGER, TrackProcessConfig::quorumMax)
        .cfg(10, "vrrpProcessForkDelay", UNSIGNED32, p -> micros(p.forkDelay()))
        .cfg(11, "vrrpProcessTerminateDelay", UNSIGNED32, p -> micros(p.terminateDelay()))
        .cfg(12, "vrrpProcessFullCommand", INTEGER, p -> truth(p.fullCommand()))
        .st(13, "vrrpProcessCurProc", INTEGER, s -> (int) s.value())
        .st(14, "vrrpProcessResult", INTEGER, s -> truth(s.up()));
    return schema(Tables.VRRP_PROCESS, KeepalivedTrackMib.vrrpProcessEntry, c);
  }

  private static String params(TrackProcessConfig p) {
    List<String> words = p.process();
    return words.size() < 2 ? null : String.join(" ", words.subList(1, words.size()));
  }

  static <C, S> TableSchema<C, S> schema(TableId<C, S> table, Oid entry, Cols<C, S> c) {
    return new TableSchema<>(table, entry.toArray(), c.build());
  }
}
