package org.jkeepalived.conf.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.jkeepalived.mibs.model.GlobalRow;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.smi.Column;
import org.jkeepalived.mibs.store.DefaultObjectStore;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.mibs.tables.BfdMibTables;
import org.junit.jupiter.api.Test;

/** bfdSessIpMapTable rows and bfdNotificationsEnable (RFC 7331) from keepalived.conf. */
class BfdMibMapsTest {
  private static final String CONF = "global_defs {\n router_id lb1\n %s}\n"
      + "bfd_instance b1 {\n neighbor_ip 198.18.5.5\n source_ip 198.18.5.1\n}\n"
      + "bfd_instance b2 {\n neighbor_ip fd00::5\n multihop\n}\n";

  private static ObjectStore load(String switches) {
    ObjectStore store = new DefaultObjectStore();
    new StoreLoader(Configs.rig(), "v", Instant.EPOCH)
        .apply(store, Configs.parse(String.format(CONF, switches)), Origin.CONFIG_LOAD);
    return store;
  }

  private static Object notificationsEnable(ObjectStore store) {
    GlobalRow g = store.snapshot().config(Tables.GLOBAL, Index.of(0)).orElseThrow();
    for (Column<GlobalRow, Void> c : BfdMibTables.scalars().columns()) {
      if (c.name().equals("bfdNotificationsEnable")) {
        return c.reader().apply(g, null);
      }
    }
    throw new AssertionError("no bfdNotificationsEnable");
  }

  @Test
  void everySessionHasAnIpMapRowNamingItsIndex() {
    try (ObjectStore store = load("")) {
      Map<Index, Long> rows = store.snapshot().configs(Tables.BFD_SESS_IP_MAP);
      // singleHop(1), ipv4 198.18.5.1, ipv4 198.18.5.5 -> session 1
      assertThat(rows).containsEntry(
          Index.of(1, 1, 4, 198, 18, 5, 1, 1, 4, 198, 18, 5, 5), 1L);
      // multihop(2), no source: unknown(0) and an empty address, ipv6 fd00::5 -> session 2
      assertThat(rows).containsEntry(Index.of(2, 0, 0, 2, 16, 0xfd, 0, 0, 0, 0, 0, 0, 0, 0, 0,
          0, 0, 0, 0, 0, 5), 2L);
      assertThat(rows).hasSize(2);
    }
  }

  @Test
  void bfdNotificationsEnableFollowsEnableTraps() {
    try (ObjectStore on = load("enable_traps\n"); ObjectStore off = load("")) {
      assertThat(notificationsEnable(on)).isEqualTo(1); // true
      assertThat(notificationsEnable(off)).isEqualTo(2); // false
    }
  }
}
