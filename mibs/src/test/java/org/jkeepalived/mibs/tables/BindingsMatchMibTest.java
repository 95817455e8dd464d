package org.jkeepalived.mibs.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jkeepalived.mibs.oid.MibText;
import org.jkeepalived.mibs.smi.Access;
import org.jkeepalived.mibs.smi.Column;
import org.jkeepalived.mibs.smi.SmiType;
import org.jkeepalived.mibs.smi.TableSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every column of every table of each MIB has a binding whose SMI type is the one the MIB's
 * SYNTAX gives, at the right sub-identifier, with the MIB's access (read-create bound read-only,
 * as keepalived serves it); every scalar likewise.
 */
class BindingsMatchMibTest {
  static MibText mib;

  @BeforeAll
  static void load() throws Exception {
    mib = MibText.load();
  }

  /** OBJECT-TYPE definitions of a module by numeric OID. */
  static Map<String, MibText.Definition> objects(String module) {
    Map<String, MibText.Definition> m = new HashMap<>();
    for (MibText.Definition d : mib.module(module)) {
      if (d.kind().equals("OBJECT-TYPE")) {
        m.put(mib.oid(d.name()), d);
      }
    }
    return m;
  }

  static String dotted(int[] oid) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < oid.length; i++) {
      sb.append(i == 0 ? "" : ".").append(oid[i]);
    }
    return sb.toString();
  }

  /** Checks the columns against the module; returns the MIB's column OIDs the schema covers. */
  static void checkColumns(
      Map<String, MibText.Definition> objects, String base, List<? extends Column<?, ?>> columns,
      boolean scalars, List<String> errors) {
    Set<Long> bound = new TreeSet<>();
    for (Column<?, ?> c : columns) {
      String oid = base + "." + c.subId();
      MibText.Definition d = objects.get(oid);
      if (d == null) {
        errors.add(c.name() + ": no object at " + oid);
        continue;
      }
      bound.add((long) c.subId());
      if (!d.name().equals(c.name())) {
        errors.add(oid + ": MIB names it " + d.name() + ", binding " + c.name());
      }
      Optional<SmiType> t = SyntaxTypes.of(d.syntax());
      if (t.isEmpty() || !SyntaxTypes.sameOnTheWire(t.get(), c.type())) {
        errors.add(c.name() + ": SYNTAX " + d.syntax() + " but bound as " + c.type());
      }
      String access = mibAccess(d.name());
      Access expected =
          switch (access) {
            case "not-accessible" -> Access.NOT_ACCESSIBLE;
            case "read-write" -> Access.READ_WRITE;
            default -> Access.READ_ONLY;
          };
      if (c.access() != expected) {
        errors.add(c.name() + ": MAX-ACCESS " + access + " but bound " + c.access());
      }
    }
    if (!scalars) {
      for (Map.Entry<String, MibText.Definition> e : objects.entrySet()) {
        String k = e.getKey();
        if (k.startsWith(base + ".") && k.substring(base.length() + 1).matches("\\d+")
            && !bound.contains(Long.parseLong(k.substring(base.length() + 1)))) {
          errors.add("unbound column " + e.getValue().name());
        }
      }
    }
  }

  static String mibAccess(String name) {
    return AccessReader.access(name);
  }

  static List<String> check(String module, List<TableSchema<?, ?>> tables, List<ScalarGroup<?, ?>> scalars) {
    Map<String, MibText.Definition> objects = objects(module);
    List<String> errors = new ArrayList<>();
    for (TableSchema<?, ?> t : tables) {
      checkColumns(objects, dotted(t.entryOid()), t.columns(), false, errors);
    }
    for (ScalarGroup<?, ?> g : scalars) {
      checkColumns(objects, dotted(g.groupOid()), g.columns(), true, errors);
    }
    return errors;
  }

  /** Tables of a module no schema binds. */
  static Set<String> unboundTables(String module, List<TableSchema<?, ?>> tables) {
    Set<String> entries = new TreeSet<>();
    for (TableSchema<?, ?> t : tables) {
      entries.add(dotted(t.entryOid()));
    }
    Set<String> out = new TreeSet<>();
    for (MibText.Definition d : mib.module(module)) {
      if (d.kind().equals("OBJECT-TYPE") && d.name().endsWith("Entry")
          && !entries.contains(mib.oid(d.name()))) {
        out.add(d.name());
      }
    }
    return out;
  }

  @Test
  void keepalivedMibBindingsMatchTheModule() {
    assertThat(check("KEEPALIVED-MIB", KeepalivedMibTables.tables(), KeepalivedMibTables.scalars()))
        .isEmpty();
    assertThat(unboundTables("KEEPALIVED-MIB", KeepalivedMibTables.tables())).isEmpty();
  }

  @Test
  void vrrpMibBindingsMatchTheModule() {
    assertThat(check("VRRP-MIB", VrrpMibTables.tables(), VrrpMibTables.scalars())).isEmpty();
    assertThat(unboundTables("VRRP-MIB", VrrpMibTables.tables())).isEmpty();
  }

  @Test
  void vrrpv3MibBindingsMatchTheModule() {
    assertThat(check("VRRPV3-MIB", Vrrpv3MibTables.tables(), Vrrpv3MibTables.scalars())).isEmpty();
    assertThat(unboundTables("VRRPV3-MIB", Vrrpv3MibTables.tables())).isEmpty();
  }

  @Test
  void bfdMibBindingsMatchTheModule() {
    assertThat(check("BFD-STD-MIB", BfdMibTables.tables(java.time.Instant.EPOCH),
        List.of(BfdMibTables.scalars()))).isEmpty();
    assertThat(unboundTables("BFD-STD-MIB", BfdMibTables.tables(java.time.Instant.EPOCH)))
        .isEmpty();
  }
}
