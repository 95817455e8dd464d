package org.jkeepalived.agent.snmp;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Instant;
import org.jkeepalived.conf.KeepalivedConfigParser;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.host.FakeHostInfo;
import org.jkeepalived.conf.load.HostInterfaces;
import org.jkeepalived.conf.load.StoreLoader;
import org.jkeepalived.conf.pre.ConfigReader;
import org.jkeepalived.conf.pre.PreprocessOptions;
import org.jkeepalived.mibs.config.KeepalivedConfig;
import org.jkeepalived.mibs.smi.TableSchema;
import org.jkeepalived.mibs.store.DefaultObjectStore;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.mibs.tables.KeepalivedMibTables;
import org.jkeepalived.mibs.tables.ScalarGroup;
import org.jkeepalived.mibs.tables.VrrpMibTables;
import org.jkeepalived.mibs.tables.Vrrpv3MibTables;

/**
 * The real MIB bindings over a store loaded from a generated configuration of N vrrp_instances,
 * laid out as the lab's scale test (gen-keepalived-conf.py --scale): 100 instances per interface
 * {@code s0, s1, ...}, VRID 1..100 on each, one VIP each.
 */
final class ScaleMib {
  static final int PER_IF = 100;

  private ScaleMib() {}

  static String config(int instances) {
    StringBuilder b = new StringBuilder();
    b.append("global_defs {\n  router_id bench1\n  vrrp_version 2\n}\n");
    for (int j = 0; j < instances; j++) {
      int vrid = j % PER_IF + 1;
      String iface = "s" + (j / PER_IF);
      b.append("vrrp_instance VI_").append(j + 1).append(" {\n")
          .append("  state MASTER\n  interface ").append(iface).append('\n')
          .append("  virtual_router_id ").append(vrid).append('\n')
          .append("  priority 150\n  advert_int 1\n")
          .append("  virtual_ipaddress {\n    198.18.1.").append(100 + vrid)
          .append("/32 dev ").append(iface).append("\n  }\n}\n");
    }
    return b.toString();
  }

  /** A store holding the configuration of {@code instances} vrrp_instances. */
  static ObjectStore store(int instances) {
    int interfaces = (instances + PER_IF - 1) / PER_IF;
    FakeHostInfo host = FakeHostInfo.conformanceRig();
    for (int k = 0; k < Math.max(1, interfaces); k++) {
      host = host.withInterface("s" + k, addr("198.18.1." + (240 + k)));
    }
    Diagnostics d = new Diagnostics();
    var nodes =
        new ConfigReader()
            .readText(config(instances), Path.of("bench.conf"), PreprocessOptions.defaults(), d);
    KeepalivedConfig config = new KeepalivedConfigParser().parse(nodes, host, d).config();
    ObjectStore store = new DefaultObjectStore();
    new StoreLoader(hostInterfaces(), "jkeepalived bench", Instant.EPOCH)
        .apply(store, config, Origin.CONFIG_LOAD);
    return store;
  }

  /** KEEPALIVED-MIB, VRRP-MIB and VRRPv3-MIB tables and scalars, as the daemon serves them. */
  static StoreBinding binding(ObjectStore store) {
    StoreBinding b = new StoreBinding(store);
    for (var list :
        java.util.List.of(
            KeepalivedMibTables.tables(), VrrpMibTables.tables(), Vrrpv3MibTables.tables())) {
      for (TableSchema<?, ?> t : list) {
        b.table(t);
      }
    }
    for (var list :
        java.util.List.of(
            KeepalivedMibTables.scalars(), VrrpMibTables.scalars(), Vrrpv3MibTables.scalars())) {
      for (ScalarGroup<?, ?> g : list) {
        b.scalars(g);
      }
    }
    return b;
  }

  private static HostInterfaces hostInterfaces() {
    return new HostInterfaces() {
      @Override
      public int ifIndex(String name) {
        return name.startsWith("s") ? 10 + Integer.parseInt(name.substring(1)) : 2;
      }

      @Override
      public byte[] mac(String name) {
        return new byte[] {0x02, 0, 0, 0, 0, (byte) ifIndex(name)};
      }

      @Override
      public InetAddress primaryAddress(String name, boolean ipv6) {
        return ipv6 ? null : addr("198.18.1." + (230 + ifIndex(name)));
      }
    };
  }

  private static InetAddress addr(String a) {
    try {
      return InetAddress.getByName(a);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(a, e);
    }
  }
}
