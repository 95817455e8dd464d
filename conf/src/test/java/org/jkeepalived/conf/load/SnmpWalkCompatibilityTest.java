package org.jkeepalived.conf.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jkeepalived.mibs.smi.Access;
import org.jkeepalived.mibs.smi.Column;
import org.jkeepalived.mibs.smi.SmiType;
import org.jkeepalived.mibs.smi.TableSchema;
import org.jkeepalived.mibs.store.DefaultObjectStore;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.mibs.store.StoreSnapshot;
import org.jkeepalived.mibs.oid.Oid;
import org.jkeepalived.mibs.tables.DerivedColumn;
import org.jkeepalived.mibs.tables.KeepalivedMibTables;
import org.jkeepalived.mibs.tables.ScalarGroup;
import org.jkeepalived.mibs.tables.SyntaxTypes;
import org.jkeepalived.mibs.tables.VrrpMibTables;
import org.jkeepalived.mibs.tables.Vrrpv3MibTables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The store half of the SNMP compatibility check: load keepalived's reference configuration,
 * render every bound table and scalar of a snapshot into (OID, SMI type) pairs, and compare them
 * with keepalived 2.2.7's walk of the same configuration. Values are host- and time-dependent and
 * are not compared. Prints "N of M OIDs match".
 */
class SnmpWalkCompatibilityTest {

  static Map<String, SmiType> render(
      StoreSnapshot snap, List<TableSchema<?, ?>> tables, List<ScalarGroup<?, ?>> scalars,
      List<DerivedColumn> derived) {
    Map<String, SmiType> out = new TreeMap<>();
    for (TableSchema<?, ?> t : tables) {
      renderTable(snap, t, out);
      for (DerivedColumn d : derived) {
        if (d.entry().equals(Oid.of(t.entryOid()))) {
          renderDerived(snap, t, d, out);
        }
      }
    }
    for (ScalarGroup<?, ?> g : scalars) {
      renderScalars(snap, g, out);
    }
    return out;
  }

  private static <C, S> void renderTable(StoreSnapshot snap, TableSchema<C, S> t, Map<String, SmiType> out) {
    var configs = snap.configs(t.table());
    var states = snap.states(t.table());
    TreeSet<Index> rows = new TreeSet<>(configs.keySet());
    rows.addAll(states.keySet());
    for (Column<C, S> c : t.columns()) {
      if (c.access() == Access.NOT_ACCESSIBLE) {
        continue;
      }
      for (Index i : rows) {
        if (c.reader().apply(configs.get(i), states.get(i)) != null) {
          out.put(dotted(t.entryOid()) + "." + c.subId() + "." + i, c.type());
        }
      }
    }
  }

  /** A derived column's cells, for each row of its table, with its schema column's type. */
  private static <C, S> void renderDerived(
      StoreSnapshot snap, TableSchema<C, S> t, DerivedColumn d, Map<String, SmiType> out) {
    TreeSet<Index> rows = new TreeSet<>(snap.configs(t.table()).keySet());
    rows.addAll(snap.states(t.table()).keySet());
    SmiType type = t.columns().stream().filter(c -> c.subId() == d.subId()).findFirst().orElseThrow().type();
    for (Index i : rows) {
      if (d.read(snap, i) != null) {
        out.put(dotted(t.entryOid()) + "." + d.subId() + "." + i, type);
      }
    }
  }

  private static <C, S> void renderScalars(StoreSnapshot snap, ScalarGroup<C, S> g, Map<String, SmiType> out) {
    C config = snap.config(g.table(), g.row()).orElse(null);
    S state = snap.state(g.table(), g.row()).orElse(null);
    if (config == null && state == null) {
      return;
    }
    for (Column<C, S> c : g.columns()) {
      if (c.reader().apply(config, state) != null) {
        out.put(dotted(g.groupOid()) + "." + c.subId() + ".0", c.type());
      }
    }
  }

  static String dotted(int[] oid) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < oid.length; i++) {
      sb.append(i == 0 ? "" : ".").append(oid[i]);
    }
    return sb.toString();
  }

  static SmiType walkType(String value) {
    if (value.startsWith("\"") || value.startsWith("STRING") || value.startsWith("Hex-STRING")) {
      return SmiType.OCTET_STRING;
    }
    return switch (value.substring(0, value.indexOf(':'))) {
      case "INTEGER" -> SmiType.INTEGER;
      case "Gauge32" -> SmiType.GAUGE32;
      case "Counter32" -> SmiType.COUNTER32;
      case "Counter64" -> SmiType.COUNTER64;
      case "Timeticks" -> SmiType.TIMETICKS;
      case "IpAddress" -> SmiType.IP_ADDRESS;
      default -> SmiType.OBJECT_IDENTIFIER;
    };
  }

  @ParameterizedTest
  @CsvSource({"KEEPALIVED-MIB", "VRRP-MIB", "VRRPv3-MIB"})
  void storeRendersTheOidsAndTypesKeepalivedServes(String mib) throws Exception {
    assumeTrue(Files.isDirectory(Configs.SNMP), "shared/conformance/snmp not present");
    var walkFile = Configs.SNMP.resolve("snmpwalk-keepalived-" + mib + "-master.numeric.txt");
    Map<String, SmiType> theirs = new TreeMap<>();
    for (String line : Files.readAllLines(walkFile)) {
      int eq = line.indexOf(" = ");
      theirs.put(line.substring(1, eq), walkType(line.substring(eq + 3)));
    }
    Map<String, SmiType> ours;
    try (ObjectStore store = new DefaultObjectStore()) {
      new StoreLoader(Configs.rig(), "Keepalived v2.2.7 (01/16,2022)", Instant.EPOCH)
          .apply(store, Configs.read(Configs.SNMP.resolve("snmp-ref-node1.conf")), Origin.CONFIG_LOAD);
      StoreSnapshot snap = store.snapshot();
      ours = switch (mib) {
        case "VRRP-MIB" -> render(snap, VrrpMibTables.tables(), VrrpMibTables.scalars(), List.of());
        case "VRRPv3-MIB" -> render(snap, Vrrpv3MibTables.tables(), Vrrpv3MibTables.scalars(), List.of());
        default -> render(snap, KeepalivedMibTables.tables(), KeepalivedMibTables.scalars(),
            KeepalivedMibTables.derived());
      };
    }
    int match = 0;
    List<String> missing = new ArrayList<>();
    List<String> wrongType = new ArrayList<>();
    for (var e : theirs.entrySet()) {
      SmiType t = ours.get(e.getKey());
      if (t == null) {
        missing.add(e.getKey());
      } else if (!SyntaxTypes.sameOnTheWire(t, e.getValue())) {
        wrongType.add(e.getKey() + " ours " + t + " theirs " + e.getValue());
      } else {
        match++;
      }
    }
    List<String> extra = ours.keySet().stream().filter(k -> !theirs.containsKey(k)).toList();
    System.out.printf("%s: %d of %d OIDs match (missing %s; extra %s)%n",
        mib, match, theirs.size(), missing, extra);
    assertThat(wrongType).as("OIDs served with another type").isEmpty();
    assertThat(missing).as("OIDs keepalived serves that we do not").isEmpty();
    assertThat(match).isEqualTo(theirs.size());
    assertThat(extra).as("OIDs we serve that keepalived does not").isEmpty();
  }
}
