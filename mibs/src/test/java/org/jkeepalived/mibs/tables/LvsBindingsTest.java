package org.jkeepalived.mibs.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.jkeepalived.mibs.config.lvs.CheckerDefaults;
import org.jkeepalived.mibs.config.lvs.Forwarding;
import org.jkeepalived.mibs.config.lvs.ForwardingMethod;
import org.jkeepalived.mibs.config.lvs.IpFamily;
import org.jkeepalived.mibs.config.lvs.LvsProtocol;
import org.jkeepalived.mibs.config.lvs.ProxyProtocolVersion;
import org.jkeepalived.mibs.config.lvs.RealServerConfig;
import org.jkeepalived.mibs.config.lvs.IpvsScheduler;
import org.jkeepalived.mibs.config.lvs.SchedulerFlag;
import org.jkeepalived.mibs.config.lvs.TunnelChecksum;
import org.jkeepalived.mibs.config.lvs.TunnelType;
import org.jkeepalived.mibs.config.lvs.VirtualServerConfig;
import org.jkeepalived.mibs.config.lvs.VirtualServiceId;
import org.jkeepalived.mibs.model.IpvsStats;
import org.jkeepalived.mibs.model.QuorumStatus;
import org.jkeepalived.mibs.model.RealServerRow;
import org.jkeepalived.mibs.model.RealServerState;
import org.jkeepalived.mibs.model.RealServerStatus;
import org.jkeepalived.mibs.model.VirtualServerGroupMemberRow;
import org.jkeepalived.mibs.model.VirtualServerState;
import org.jkeepalived.mibs.smi.Column;
import org.jkeepalived.mibs.smi.TableSchema;
import org.junit.jupiter.api.Test;

/** The check tables show what keepalived's check_snmp.c shows, and realServerWeight writes. */
class LvsBindingsTest {
  static InetAddress ip(String s) {
    try {
      return InetAddress.getByName(s);
    } catch (java.net.UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static VirtualServerConfig vs(VirtualServiceId id, LvsProtocol p, Duration persist, int granularity) {
    return new VirtualServerConfig(id, IpFamily.INET, p, IpvsScheduler.WRR, Set.of(SchedulerFlag.SH_PORT),
        Forwarding.DR, persist, granularity, null, false, false, null, "web", false, false, 1, 0,
        null, null, null, Duration.ofSeconds(6), false, ProxyProtocolVersion.NONE, List.of());
  }

  static RealServerConfig rs(int weight, Forwarding f) {
    return new RealServerConfig(ip("198.18.6.1"), 80, weight, f, true, null, null, 100, 0, false,
        null, null, false, Duration.ofSeconds(3), Duration.ofSeconds(6), List.of());
  }

  static <C, S> Object read(TableSchema<C, S> t, String name, C c, S s) {
    Column<C, S> col = t.columns().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
    return col.reader().apply(c, s);
  }

  static final VirtualServerState UP = new VirtualServerState(QuorumStatus.MET, 1, 2,
      new IpvsStats(5L << 32 | 7, 0, 0, 0, 1, 2, 3, 4, 3L << 32 | 9, 0, 0, 0, 0));

  @Test
  void addressServiceShowsAddressPortProtocolAndNoGroupOrMark() {
    var t = VirtualServerBinding.schema();
    var v = vs(new VirtualServiceId.Address(ip("198.18.5.1"), 443), LvsProtocol.UDP, null, -1);
    assertThat(read(t, "virtualServerType", v, UP)).isEqualTo(2);
    assertThat((byte[]) read(t, "virtualServerAddress", v, UP)).containsExactly(198, 18, 5, 1);
    assertThat(read(t, "virtualServerPort", v, UP)).isEqualTo(443L);
    assertThat(read(t, "virtualServerProtocol", v, UP)).isEqualTo(2);
    assertThat(read(t, "virtualServerNameOfGroup", v, UP)).isNull();
    assertThat(read(t, "virtualServerFwMark", v, UP)).isNull();
    assertThat(read(t, "virtualServerLoadBalancingAlgo", v, UP)).isEqualTo(2);
    assertThat(read(t, "virtualServerLoadBalancingKind", v, UP)).isEqualTo(2);
    assertThat(read(t, "virtualServerSHPort", v, UP)).isEqualTo(1);
    assertThat(read(t, "virtualServerSHFallback", v, UP)).isEqualTo(2);
    assertThat(read(t, "virtualServerPersist", v, UP)).isEqualTo(2);
    assertThat(read(t, "virtualServerPersistTimeout", v, UP)).isNull();
    assertThat((byte[]) read(t, "virtualServerPersistGranularity", v, UP)).containsExactly(0, 0, 0, 0);
    assertThat(read(t, "virtualServerPersistGranularity6", v, UP)).isNull();
    assertThat(read(t, "virtualServerName", v, UP)).isEqualTo("web");
    assertThat(read(t, "virtualServerTunnelType", v, UP)).isNull();
  }

  @Test
  void checkerSettingsOfTheBlockAreZeroWhenNotGivenAndTheirValueWhenGiven() {
    var t = VirtualServerBinding.schema();
    var none = vs(new VirtualServiceId.Fwmark(9), null, null, -1);
    assertThat(read(t, "virtualServerRetry", none, UP)).isEqualTo(0L);
    assertThat(read(t, "virtualServerDelayBeforeRetry", none, UP)).isEqualTo(0L);
    assertThat(read(t, "virtualServerWarmupUsec", none, UP)).isEqualTo(0L);
    assertThat(read(t, "virtualServerWeight", none, UP)).isEqualTo(1);
    assertThat(read(t, "virtualServerConnTimeoutUsec", none, UP)).isEqualTo(5_000_000L);
    var n = none;
    var given = new VirtualServerConfig(n.id(), n.family(), n.protocol(), n.scheduler(), n.flags(),
        n.forwarding(), n.persistenceTimeout(), n.persistenceGranularity(), null, false, false,
        null, null, false, false, 1, 0, null, null, null, n.delayLoop(), false, null, List.of(),
        new CheckerDefaults(3, Duration.ofSeconds(2), Duration.ofMillis(1500), 7,
            Duration.ofSeconds(4)));
    assertThat(read(t, "virtualServerRetry", given, UP)).isEqualTo(3L);
    assertThat(read(t, "virtualServerDelayBeforeRetry", given, UP)).isEqualTo(2L);
    assertThat(read(t, "virtualServerDelayBeforeRetrUsec", given, UP)).isEqualTo(2_000_000L);
    assertThat(read(t, "virtualServerWarmup", given, UP)).isEqualTo(1L);
    assertThat(read(t, "virtualServerWarmupUsec", given, UP)).isEqualTo(1_500_000L);
    assertThat(read(t, "virtualServerWeight", given, UP)).isEqualTo(7);
    assertThat(read(t, "virtualServerConnTimeoutUsec", given, UP)).isEqualTo(4_000_000L);
  }

  @Test
  void fwmarkAndGroupServicesShowTheirKeyOnly() {
    var t = VirtualServerBinding.schema();
    var f = vs(new VirtualServiceId.Fwmark(9), null, null, -1);
    assertThat(read(t, "virtualServerType", f, UP)).isEqualTo(1);
    assertThat(read(t, "virtualServerFwMark", f, UP)).isEqualTo(9L);
    assertThat(read(t, "virtualServerAddress", f, UP)).isNull();
    assertThat(read(t, "virtualServerPort", f, UP)).isNull();
    assertThat(read(t, "virtualServerProtocol", f, UP)).isNull();
    assertThat(read(t, "virtualServerAddrType", f, UP)).isEqualTo(1);
    var g = vs(new VirtualServiceId.Group("VSG_1"), LvsProtocol.TCP, null, -1);
    assertThat(read(t, "virtualServerType", g, UP)).isEqualTo(3);
    assertThat(read(t, "virtualServerNameOfGroup", g, UP)).isEqualTo("VSG_1");
    assertThat(read(t, "virtualServerAddress", g, UP)).isNull();
    assertThat(read(t, "virtualServerProtocol", g, UP)).isEqualTo(1);
  }

  @Test
  void persistenceShowsTimeoutAndNetmask() {
    var t = VirtualServerBinding.schema();
    var v = vs(new VirtualServiceId.Address(ip("198.18.5.1"), 80), LvsProtocol.TCP, Duration.ofSeconds(50), 24);
    assertThat(read(t, "virtualServerPersist", v, UP)).isEqualTo(1);
    assertThat(read(t, "virtualServerPersistTimeout", v, UP)).isEqualTo(50L);
    assertThat((byte[]) read(t, "virtualServerPersistGranularity", v, UP)).containsExactly(255, 255, 255, 0);
    assertThat(read(t, "virtualServerPersistGranularity6", v, UP)).isNull();
    assertThat(read(t, "virtualServerDelayLoop", v, UP)).isEqualTo(6L);
    assertThat(read(t, "virtualServerDelayLoopUsec", v, UP)).isEqualTo(6_000_000L);
  }

  @Test
  void statisticsSplitAsThe32And64BitColumnsDo() {
    var t = VirtualServerBinding.schema();
    var v = vs(new VirtualServiceId.Fwmark(1), null, null, -1);
    assertThat(read(t, "virtualServerStatsConns", v, UP)).isEqualTo(7L);
    assertThat(read(t, "virtualServerStatsConns64", v, UP)).isEqualTo(5L << 32 | 7);
    assertThat(read(t, "virtualServerRateCpsLow", v, UP)).isEqualTo(9L);
    assertThat(read(t, "virtualServerRateCpsHigh", v, UP)).isEqualTo(3L);
    assertThat(read(t, "virtualServerStatsInBytes", v, UP)).isEqualTo(3L);
    assertThat(read(t, "virtualServerRealServersUp", v, UP)).isEqualTo(1L);
    assertThat(read(t, "virtualServerQuorumStatus", v, UP)).isEqualTo(1);
    assertThat(read(t, "virtualServerStatsConns", v, null)).isNull();
  }

  @Test
  void sorryServerHasNoStatusWeightOrActions() {
    var t = RealServerBinding.schema();
    RealServerRow sorry = RealServerRow.sorryServer(ip("198.18.7.1"), 8080, Forwarding.NAT);
    assertThat(read(t, "realServerType", sorry, null)).isEqualTo(2);
    assertThat(read(t, "realServerPort", sorry, null)).isEqualTo(8080L);
    assertThat(read(t, "realServerForwardingMethod", sorry, null)).isEqualTo(1);
    for (String n : List.of("realServerStatus", "realServerWeight", "realServerActionWhenDown",
        "realServerUpperConnectionLimit", "realServerFailedChecks", "realServerStatsConns")) {
      assertThat(read(t, n, sorry, null)).as(n).isNull();
    }
  }

  @Test
  void realServerShowsConfigAndState() {
    var t = RealServerBinding.schema();
    RealServerRow r = RealServerRow.of(rs(3, new Forwarding(ForwardingMethod.TUN, TunnelType.GUE, 5555,
        TunnelChecksum.REMCSUM)));
    RealServerState s = new RealServerState(RealServerStatus.DEAD, 2, IpvsStats.ZERO);
    assertThat(read(t, "realServerType", r, s)).isEqualTo(1);
    assertThat(read(t, "realServerStatus", r, s)).isEqualTo(2);
    assertThat(read(t, "realServerFailedChecks", r, s)).isEqualTo(2L);
    assertThat(read(t, "realServerWeight", r, s)).isEqualTo(3);
    assertThat(read(t, "realServerUpperConnectionLimit", r, s)).isEqualTo(100L);
    assertThat(read(t, "realServerLowerConnectionLimit", r, s)).isNull();
    assertThat(read(t, "realServerActionWhenDown", r, s)).isEqualTo(2);
    assertThat(read(t, "realServerConnTimeoutUsec", r, s)).isEqualTo(3_000_000L);
    assertThat(read(t, "realServerTunnelType", r, s)).isEqualTo(2);
    assertThat(read(t, "realServerTunnelPort", r, s)).isEqualTo(5555L);
    assertThat(read(t, "realServerTunnelCsum", r, s)).isEqualTo(3);
  }

  @Test
  void weightSetChangesOnlyTheWeightAndRefusesWhatIpvsCannotTake() {
    Column<RealServerRow, RealServerState> w = RealServerBinding.schema().columns().stream()
        .filter(c -> c.name().equals("realServerWeight")).findFirst().orElseThrow();
    assertThat(w.writable()).isTrue();
    RealServerRow r = RealServerRow.of(rs(3, Forwarding.NAT));
    assertThat(w.writer().apply(r, 0)).isEqualTo(r.withWeight(0));
    assertThat(w.writer().apply(r, 65535).weight()).isEqualTo(65535);
    assertThat(w.writer().apply(r, Integer.MAX_VALUE).weight()).isEqualTo(Integer.MAX_VALUE);
    assertThat(w.writer().apply(r, 7).config()).isEqualTo(r.config());
    assertThat(w.writer().apply(r, -1)).isNull();
    assertThat(w.writer().apply(r, 7L)).isNull();
    assertThat(w.writer().apply(RealServerRow.sorryServer(ip("198.18.7.1"), 80, Forwarding.NAT), 5)).isNull();
    long writable = KeepalivedMibTables.tables().stream()
        .flatMap(tb -> tb.columns().stream()).filter(Column::writable).count();
    assertThat(writable).as("vrrpInstanceBasePriority, vrrpInstancePreempt, realServerWeight").isEqualTo(3);
  }

  @Test
  void groupMembersShowTheColumnsOfTheirKind() {
    var t = LvsGroupBindings.member();
    var fw = VirtualServerGroupMemberRow.fwmark(7);
    var one = VirtualServerGroupMemberRow.address(ip("198.18.5.1"), 80);
    var range = VirtualServerGroupMemberRow.range(ip("198.18.5.3"), ip("198.18.5.10"), 80);
    assertThat(read(t, "virtualServerGroupMemberFwMark", fw, null)).isEqualTo(7L);
    assertThat(read(t, "virtualServerGroupMemberAddrType", fw, null)).isNull();
    assertThat(read(t, "virtualServerGroupMemberPort", fw, null)).isNull();
    assertThat((byte[]) read(t, "virtualServerGroupMemberAddress", one, null)).containsExactly(198, 18, 5, 1);
    assertThat(read(t, "virtualServerGroupMemberAddr1", one, null)).isNull();
    assertThat(read(t, "virtualServerGroupMemberAddress", range, null)).isNull();
    assertThat((byte[]) read(t, "virtualServerGroupMemberAddr2", range, null)).containsExactly(198, 18, 5, 10);
    assertThat(read(t, "virtualServerGroupMemberType", range, null)).isEqualTo(3);
  }
}
