package org.jkeepalived.agent.snmp.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jkeepalived.mibs.config.GlobalDefs;
import org.jkeepalived.mibs.oid.Oid;
import org.jkeepalived.mibs.smi.TableSchema;
import org.jkeepalived.mibs.tables.KeepalivedMibTables;
import org.jkeepalived.mibs.tables.ScalarGroup;
import org.jkeepalived.mibs.tables.VrrpMibTables;
import org.jkeepalived.mibs.tables.Vrrpv3MibTables;
import org.junit.jupiter.api.Test;

class MibSubtreesTest {
  private static final Oid KEEPALIVED = Oid.parse("1.3.6.1.4.1.9586.100.5");
  private static final Oid VRRP_MIB = Oid.parse("1.3.6.1.2.1.68");
  private static final Oid VRRPV3_MIB = Oid.parse("1.3.6.1.2.1.207");

  private static GlobalDefs.Snmp snmp(boolean vrrp, boolean checker, boolean v2, boolean v3) {
    return new GlobalDefs.Snmp(null, vrrp, checker, v2, v3, false);
  }

  private static List<Oid> tableOids(GlobalDefs.Snmp s) {
    return MibSubtrees.tables(s).stream().map(t -> Oid.of(t.entryOid())).toList();
  }

  private static List<Oid> scalarOids(GlobalDefs.Snmp s) {
    return MibSubtrees.scalars(s).stream().map(g -> Oid.of(g.groupOid())).toList();
  }

  @Test
  void everythingEnabledBindsEveryTableOfTheFourMibs() {
    List<TableSchema<?, ?>> all = MibSubtrees.tables(snmp(true, true, true, true));
    assertThat(all.stream().map(t -> t.table().name()))
        .containsAll(KeepalivedMibTables.tables().stream().map(t -> t.table().name()).toList());
    assertThat(all).hasSize(KeepalivedMibTables.tables().size() + VrrpMibTables.tables().size()
        + Vrrpv3MibTables.tables().size() + 4); // BFD-STD-MIB's session, perf and two map tables
    List<ScalarGroup<?, ?>> scalars = MibSubtrees.scalars(snmp(true, true, true, true));
    assertThat(scalars).hasSize(KeepalivedMibTables.scalars().size()
        + VrrpMibTables.scalars().size() + Vrrpv3MibTables.scalars().size() + 1); // bfdScalarObjects
  }

  @Test
  void rfcOnlyKeepsTheKeepalivedGlobalPartAndTheRfcMibs() {
    GlobalDefs.Snmp s = snmp(false, false, true, true);
    assertThat(tableOids(s)).noneMatch(o -> o.startsWith(MibSubtrees.KEEPALIVED_VRRP)
        || o.startsWith(MibSubtrees.KEEPALIVED_CHECK));
    assertThat(tableOids(s)).anyMatch(o -> o.startsWith(VRRP_MIB));
    assertThat(tableOids(s)).anyMatch(o -> o.startsWith(VRRPV3_MIB));
    // version, routerId and the mail group are always there
    assertThat(scalarOids(s)).contains(KEEPALIVED.append(1));
  }

  @Test
  void vrrpOnlyServesNoRfcMib() {
    GlobalDefs.Snmp s = snmp(true, false, false, false);
    assertThat(tableOids(s)).anyMatch(o -> o.startsWith(MibSubtrees.KEEPALIVED_VRRP));
    assertThat(tableOids(s)).noneMatch(o -> o.startsWith(VRRP_MIB) || o.startsWith(VRRPV3_MIB)
        || o.startsWith(MibSubtrees.KEEPALIVED_CHECK));
    assertThat(scalarOids(s)).noneMatch(o -> o.startsWith(VRRP_MIB) || o.startsWith(VRRPV3_MIB));
  }

  @Test
  void bfdSessionTablesAreServedWhateverTheKeepalivedSwitches() {
    // keepalived has no BFD MIB and so no switch for one: BFD-STD-MIB is always bound
    Oid bfd = Oid.parse("1.3.6.1.2.1.222");
    assertThat(tableOids(snmp(false, false, false, false)).stream()
        .filter(o -> o.startsWith(bfd)).map(Oid::toString))
        .containsExactly("1.3.6.1.2.1.222.1.2.1", "1.3.6.1.2.1.222.1.3.1",
            "1.3.6.1.2.1.222.1.4.1", "1.3.6.1.2.1.222.1.5.1");
    assertThat(scalarOids(snmp(false, false, false, false)).stream()
        .filter(o -> o.startsWith(bfd)).map(Oid::toString))
        .containsExactly("1.3.6.1.2.1.222.1.1");
  }

  @Test
  void rfcV2AloneLeavesOutVrrpv3() {
    GlobalDefs.Snmp s = snmp(false, false, true, false);
    assertThat(tableOids(s)).noneMatch(o -> o.startsWith(VRRPV3_MIB));
    assertThat(scalarOids(s)).anyMatch(o -> o.startsWith(VRRP_MIB));
  }
}
