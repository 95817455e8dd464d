package org.jkeepalived.agent.snmp.service;

import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.agent.snmp.StoreBinding;
import org.jkeepalived.mibs.config.GlobalDefs;
import org.jkeepalived.mibs.oid.Oid;
import org.jkeepalived.mibs.smi.TableSchema;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.tables.BfdMibTables;
import org.jkeepalived.mibs.tables.KeepalivedMibTables;
import org.jkeepalived.mibs.tables.ScalarGroup;
import org.jkeepalived.mibs.tables.VrrpMibTables;
import org.jkeepalived.mibs.tables.Vrrpv3MibTables;

/**
 * The store binding of the MIB subtrees global_defs enables, as keepalived registers them
 * (snmp.c, vrrp_snmp.c, check_snmp.c): KEEPALIVED-MIB's global part always, its vrrp part
 * (…9586.100.5.2) with enable_snmp_vrrp, its check part (…9586.100.5.3) with enable_snmp_checker,
 * VRRP-MIB with enable_snmp_rfcv2 and VRRPv3-MIB with enable_snmp_rfcv3 (enable_snmp_rfc sets
 * both). Tables come from the *MibTables lists, so tables added there appear without a change here.
 */
public final class MibSubtrees {
  static final Oid KEEPALIVED_VRRP = Oid.parse("1.3.6.1.4.1.9586.100.5.2");
  static final Oid KEEPALIVED_CHECK = Oid.parse("1.3.6.1.4.1.9586.100.5.3");

  private MibSubtrees() {}

  /** The tables of the enabled subtrees. */
  public static List<TableSchema<?, ?>> tables(GlobalDefs.Snmp snmp) {
    List<TableSchema<?, ?>> out = new ArrayList<>();
    for (TableSchema<?, ?> t : KeepalivedMibTables.tables()) {
      if (keepalivedPartEnabled(Oid.of(t.entryOid()), snmp)) {
        out.add(t);
      }
    }
    if (snmp.rfcV2()) {
      out.addAll(VrrpMibTables.tables());
    }
    if (snmp.rfcV3()) {
      out.addAll(Vrrpv3MibTables.tables());
    }
    // BFD-STD-MIB: keepalived serves no BFD MIB, so no switch of its enables it; it is served
    // whenever the agent runs (its tables are empty without a bfd_instance)
    out.addAll(BfdMibTables.tables(DAEMON_START));
    return out;
  }

  /**
   * What BFD-STD-MIB's TimeStamps count from: the JVM's start, which the agent's sysUpTime
   * follows within its start-up time.
   */
  static final java.time.Instant DAEMON_START = java.time.Instant.ofEpochMilli(
      java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());

  /** The scalar groups of the enabled subtrees. */
  public static List<ScalarGroup<?, ?>> scalars(GlobalDefs.Snmp snmp) {
    List<ScalarGroup<?, ?>> out = new ArrayList<>();
    for (ScalarGroup<?, ?> g : KeepalivedMibTables.scalars()) {
      if (keepalivedPartEnabled(Oid.of(g.groupOid()), snmp)) {
        out.add(g);
      }
    }
    if (snmp.rfcV2()) {
      out.addAll(VrrpMibTables.scalars());
    }
    if (snmp.rfcV3()) {
      out.addAll(Vrrpv3MibTables.scalars());
    }
    out.add(BfdMibTables.scalars()); // served with its tables, see tables()
    return out;
  }

  /** A binding of every enabled table and scalar to the store. */
  public static StoreBinding binding(ObjectStore store, GlobalDefs.Snmp snmp) {
    StoreBinding b = new StoreBinding(store);
    for (TableSchema<?, ?> t : tables(snmp)) {
      b.table(DerivedCells.apply(store, t, KeepalivedMibTables.derived()));
    }
    for (ScalarGroup<?, ?> g : scalars(snmp)) {
      b.scalars(g);
    }
    return b;
  }

  private static boolean keepalivedPartEnabled(Oid oid, GlobalDefs.Snmp snmp) {
    if (oid.startsWith(KEEPALIVED_VRRP)) {
      return snmp.vrrp();
    }
    if (oid.startsWith(KEEPALIVED_CHECK)) {
      return snmp.checker();
    }
    return true; // the global part (version, router id, mail, ...) is always served
  }
}
