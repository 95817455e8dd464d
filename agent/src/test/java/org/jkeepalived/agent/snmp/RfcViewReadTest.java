package org.jkeepalived.agent.snmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.jkeepalived.mibs.model.NewMasterReason;
import org.jkeepalived.mibs.model.ProtoErrReason;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VipsStatus;
import org.jkeepalived.mibs.model.VrrpInstanceState;
import org.jkeepalived.mibs.model.VrrpState;
import org.jkeepalived.mibs.model.VrrpRouterStats;
import org.jkeepalived.mibs.model.VrrpStats;
import org.jkeepalived.mibs.oid.Oid;
import org.jkeepalived.mibs.oid.VrrpMib;
import org.jkeepalived.mibs.oid.Vrrpv3Mib;
import org.jkeepalived.mibs.store.Domain;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.mibs.store.StoreEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snmp4j.PDU;
import org.snmp4j.Target;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Counter64;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.IpAddress;
import org.snmp4j.smi.UdpAddress;

/**
 * The RFC 2787 and RFC 6527 tables are computed from vrrpInstanceTable when read: a VRRP state
 * change is one store commit, and a GET right after it (before any listener could act) answers
 * the new state and counters.
 */
class RfcViewReadTest {
  static final int PORT = 16406;
  /** VI_1 of {@link ScaleMib}: interface s0 (ifIndex 10), VRID 1, IPv4. */
  static final int[] OPER = {10, 1};
  static final int[] V3 = {10, 1, 1};

  @TempDir Path dir;
  ObjectStore store;
  SnmpAgent agent;
  TestClient client;
  final List<List<StoreEvent>> batches = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    store = ScaleMib.store(1);
    store.subscribe(Domain.VRRP, "test-recorder", batches::add);
    AgentSettings settings = TestAgents.settings(PORT, List.of(new CommunitySettings("public", AgentSettings.ALL_VIEW, null)), dir.resolve("engine"));
    agent = SnmpAgent.start(settings, ScaleMib.binding(store));
    agent.started().get(20, TimeUnit.SECONDS);
    client = new TestClient(PORT);
  }

  @AfterEach
  void stop() throws Exception {
    try {
      if (client != null) {
        client.close();
      }
    } finally {
      if (agent != null) {
        agent.close();
      }
      store.close();
    }
  }

  private Target<UdpAddress> v2c() {
    return client.community(SnmpConstants.version2c, "public");
  }

  private static String at(Oid column, int[] index) {
    return column.append(index).toString();
  }

  private static VrrpInstanceState master(InetAddress self) {
    return new VrrpInstanceState(VrrpState.MASTER, VrrpState.MASTER, 150, VipsStatus.ALL_SET, self,
        Instant.EPOCH.plusSeconds(3), NewMasterReason.PRIORITY, ProtoErrReason.NO_ERROR,
        new VrrpStats(1, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
  }

  @Test
  void aStateChangeIsOneCommitAndTheRfcViewsShowItAtOnce() throws Exception {
    InetAddress self = InetAddress.getByName("198.18.1.240");
    long version = store.snapshot().version();
    List<StoreEvent> events = store.begin(Origin.ENGINE)
        .putState(Tables.VRRP_INSTANCE, Index.of(1), master(self)).commit();
    assertThat(events).extracting(StoreEvent::table).containsExactly(Tables.VRRP_INSTANCE);
    assertThat(store.snapshot().version()).isEqualTo(version + 1);

    PDU r = client.get(v2c(),
        at(VrrpMib.vrrpOperState, OPER), at(VrrpMib.vrrpOperMasterIpAddr, OPER),
        at(VrrpMib.vrrpStatsBecomeMaster, OPER), at(VrrpMib.vrrpOperVirtualRouterUpTime, OPER),
        at(Vrrpv3Mib.vrrpv3OperationsStatus, V3), at(Vrrpv3Mib.vrrpv3StatisticsMasterTransitions, V3));
    assertThat(r).isNotNull();
    assertThat(r.getErrorStatus()).isZero();
    assertThat(r.get(0).getVariable()).isEqualTo(new Integer32(3)); // master(3)
    assertThat(r.get(1).getVariable()).isEqualTo(new IpAddress(self));
    assertThat(r.get(2).getVariable()).isEqualTo(new Counter32(1));
    assertThat(r.get(3).getVariable().toLong()).isEqualTo(300); // 3 s after daemon start
    assertThat(r.get(4).getVariable()).isEqualTo(new Integer32(3));
    assertThat(r.get(5).getVariable()).isEqualTo(new Counter32(1));

    // Listeners get that one commit; a marker commit after it shows nothing came in between.
    List<StoreEvent> marker = store.begin(Origin.ENGINE)
        .putState(Tables.VRRP_INSTANCE, Index.of(1), VrrpInstanceState.initial(150)).commit();
    awaitTrue(() -> batches.size() >= 2);
    assertThat(batches).containsExactly(events, marker);
    assertThat(store.snapshot().version()).isEqualTo(version + 2);
  }

  /**
   * Issue 18 item 1: the VRRP engine's router-wide error row is what a GET of VRRP-MIB
   * vrrpStatistics and VRRPv3-MIB vrrpv3Statistics answers.
   */
  @Test
  void routerErrorCountersAreServedFromTheEnginesRow() throws Exception {
    store.begin(Origin.ENGINE)
        .putState(Tables.VRRP_ROUTER_STATS, Index.of(0), new VrrpRouterStats(4, 5, 6, 1, 2, 3))
        .commit();
    int[] scalar = {0};
    PDU r = client.get(v2c(),
        at(VrrpMib.vrrpRouterChecksumErrors, scalar), at(VrrpMib.vrrpRouterVersionErrors, scalar),
        at(VrrpMib.vrrpRouterVrIdErrors, scalar), at(Vrrpv3Mib.vrrpv3RouterChecksumErrors, scalar),
        at(Vrrpv3Mib.vrrpv3RouterVersionErrors, scalar), at(Vrrpv3Mib.vrrpv3RouterVrIdErrors, scalar));
    assertThat(r).isNotNull();
    assertThat(r.getErrorStatus()).isZero();
    // VRRP-MIB: VRRPv2 over IPv4 only; VRRPv3-MIB: every packet
    assertThat(r.get(0).getVariable()).isEqualTo(new Counter32(1));
    assertThat(r.get(1).getVariable()).isEqualTo(new Counter32(2));
    assertThat(r.get(2).getVariable()).isEqualTo(new Counter32(3));
    assertThat(r.get(3).getVariable()).isEqualTo(new Counter64(4));
    assertThat(r.get(4).getVariable()).isEqualTo(new Counter64(5));
    assertThat(r.get(5).getVariable()).isEqualTo(new Counter64(6));
  }

  private static void awaitTrue(java.util.function.BooleanSupplier c) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!c.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
      LockSupport.parkNanos(1_000_000);
    }
  }
}
