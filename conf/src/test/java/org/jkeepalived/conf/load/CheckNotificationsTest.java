package org.jkeepalived.conf.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.jkeepalived.mibs.model.IpvsStats;
import org.jkeepalived.mibs.model.QuorumStatus;
import org.jkeepalived.mibs.model.RealServerState;
import org.jkeepalived.mibs.model.RealServerStatus;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VirtualServerState;
import org.jkeepalived.mibs.notify.CheckNotifications;
import org.jkeepalived.mibs.notify.Notification;
import org.jkeepalived.mibs.notify.Notification.Varbind;
import org.jkeepalived.mibs.oid.KeepalivedCheckMib;
import org.jkeepalived.mibs.oid.KeepalivedMib;
import org.jkeepalived.mibs.store.DefaultObjectStore;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.mibs.store.Transaction;
import org.junit.jupiter.api.Test;

class CheckNotificationsTest {
  static final String GLOBAL = "global_defs {\n router_id lb1\n %s}\n";
  static final String ADDRESS_VS = """
      virtual_server 198.18.5.1 80 {
       quorum 2
       protocol TCP
       real_server 198.18.6.1 8080 {
        weight 2
        TCP_CHECK {
         connect_timeout 3
        }
       }
      }
      """;
  static final String GROUP_VS = """
      virtual_server_group VSG_1 {
       198.18.5.1 80
      }
      virtual_server group VSG_1 {
       protocol UDP
       real_server 198.18.6.1 80 {
        weight 1
       }
      }
      """;

  /** Loads, lets the engine publish {@code change}, returns every check notification raised. */
  static List<Notification> run(String switches, String servers, java.util.function.Consumer<Transaction> change) {
    try (ObjectStore store = new DefaultObjectStore()) {
      new StoreLoader(Configs.rig(), "v", Instant.EPOCH)
          .apply(store, Configs.parse(String.format(GLOBAL, switches) + servers), Origin.CONFIG_LOAD);
      Transaction tx = store.begin(Origin.ENGINE);
      change.accept(tx);
      var events = tx.commit();
      var snap = store.snapshot();
      return events.stream().flatMap(e -> CheckNotifications.all(e, snap).stream()).toList();
    }
  }

  static final String ON = "enable_traps\n enable_snmp_checker\n";

  static void realServerDown(Transaction tx) {
    tx.putState(Tables.REAL_SERVER, Index.of(1, 1), new RealServerState(RealServerStatus.DEAD, 1, IpvsStats.ZERO));
    tx.putState(Tables.VIRTUAL_SERVER, Index.of(1), new VirtualServerState(QuorumStatus.NOT_MET, 0, 1, IpvsStats.ZERO));
  }

  @Test
  void realServerDownRaisesBothTrapsWithKeepalivedsVarbinds() {
    List<Notification> n = run(ON, ADDRESS_VS, CheckNotificationsTest::realServerDown);
    assertThat(n).extracting(Notification::trapOid).containsExactlyInAnyOrder(
        KeepalivedCheckMib.realServerStateChange, KeepalivedCheckMib.virtualServerQuorumStateChange);
    Notification rs = n.stream().filter(x -> x.trapOid().equals(KeepalivedCheckMib.realServerStateChange))
        .findFirst().orElseThrow();
    assertThat(rs.varbinds()).extracting(Varbind::oid).containsExactly(
        KeepalivedCheckMib.realServerAddrType, KeepalivedCheckMib.realServerAddress, KeepalivedCheckMib.realServerPort,
        KeepalivedCheckMib.realServerStatus, KeepalivedCheckMib.virtualServerType, KeepalivedCheckMib.virtualServerAddrType,
        KeepalivedCheckMib.virtualServerAddress, KeepalivedCheckMib.virtualServerPort, KeepalivedCheckMib.virtualServerProtocol,
        KeepalivedCheckMib.virtualServerRealServersUp, KeepalivedCheckMib.virtualServerRealServersTotal,
        KeepalivedMib.routerId.append(0));
    List<Object> values = rs.varbinds().stream().map(Varbind::value).toList();
    assertThat(values.get(0)).isEqualTo(1);
    assertThat((byte[]) values.get(1)).containsExactly(198, 18, 6, 1);
    assertThat(values.subList(2, 5)).containsExactly(8080L, 2, 2);
    assertThat(values.subList(7, 12)).containsExactly(80L, 1, 0L, 1L, "lb1");

    Notification q = n.stream().filter(x -> x.trapOid().equals(KeepalivedCheckMib.virtualServerQuorumStateChange))
        .findFirst().orElseThrow();
    assertThat(q.varbinds()).extracting(Varbind::oid).containsExactly(
        KeepalivedCheckMib.virtualServerType, KeepalivedCheckMib.virtualServerAddrType,
        KeepalivedCheckMib.virtualServerAddress, KeepalivedCheckMib.virtualServerPort, KeepalivedCheckMib.virtualServerProtocol,
        KeepalivedCheckMib.virtualServerQuorumStatus, KeepalivedCheckMib.virtualServerQuorum,
        KeepalivedCheckMib.virtualServerRealServersUp, KeepalivedCheckMib.virtualServerRealServersTotal,
        KeepalivedMib.routerId.append(0));
    assertThat(q.varbinds().subList(5, 7)).extracting(Varbind::value).containsExactly(2, 2L);
  }

  @Test
  void groupServiceNamesItsGroupAndSendsNonTcpAsTwo() {
    List<Notification> n = run(ON, GROUP_VS, tx -> tx.putState(Tables.REAL_SERVER, Index.of(1, 1),
        new RealServerState(RealServerStatus.DEAD, 0, IpvsStats.ZERO)));
    assertThat(n).hasSize(1);
    List<Varbind> v = n.get(0).varbinds();
    assertThat(v.get(4).oid()).isEqualTo(KeepalivedCheckMib.virtualServerType);
    assertThat(v.get(4).value()).isEqualTo(3);
    assertThat(v.get(5).oid()).isEqualTo(KeepalivedCheckMib.virtualServerNameOfGroup);
    assertThat(v.get(5).value()).isEqualTo("VSG_1");
    assertThat(v.get(6).oid()).isEqualTo(KeepalivedCheckMib.virtualServerProtocol);
    assertThat(v.get(6).value()).isEqualTo(2);
  }

  @Test
  void stoppingTheServiceSendsQuorumShutdown() {
    List<Notification> n = run(ON, ADDRESS_VS, tx -> tx.putState(Tables.VIRTUAL_SERVER, Index.of(1),
        new VirtualServerState(QuorumStatus.SHUTDOWN, 1, 1, IpvsStats.ZERO)));
    assertThat(n).singleElement().extracting(Notification::trapOid)
        .isEqualTo(KeepalivedCheckMib.virtualServerQuorumStateChange);
    assertThat(n.get(0).varbinds().get(5).value()).isEqualTo(3);
  }

  @Test
  void gatedByEnableTrapsAndEnableSnmpChecker() {
    assertThat(run("", ADDRESS_VS, CheckNotificationsTest::realServerDown)).isEmpty();
    assertThat(run("enable_traps\n", ADDRESS_VS, CheckNotificationsTest::realServerDown)).isEmpty();
    assertThat(run("enable_snmp_checker\n", ADDRESS_VS, CheckNotificationsTest::realServerDown)).isEmpty();
  }

  @Test
  void countersAndFailedChecksAloneRaiseNothing() {
    assertThat(run(ON, ADDRESS_VS, tx -> {
      tx.putState(Tables.REAL_SERVER, Index.of(1, 1),
          new RealServerState(RealServerStatus.ALIVE, 0, new IpvsStats(9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
      tx.putState(Tables.VIRTUAL_SERVER, Index.of(1),
          new VirtualServerState(QuorumStatus.MET, 1, 1, new IpvsStats(9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
    })).isEmpty();
  }
}
