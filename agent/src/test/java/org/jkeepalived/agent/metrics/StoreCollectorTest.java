package org.jkeepalived.agent.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jkeepalived.agent.notify.VrrpFixtures.group;
import static org.jkeepalived.agent.notify.VrrpFixtures.instance;
import static org.jkeepalived.agent.notify.VrrpFixtures.vip;

import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import java.time.Duration;
import java.util.List;
import org.jkeepalived.agent.engine.EngineReport;
import org.jkeepalived.agent.mail.CheckerAlertPlannerTest;
import org.jkeepalived.engine.EngineFactory.Subsystem;
import org.jkeepalived.engine.EngineHealth;
import org.jkeepalived.mibs.config.VrrpNotify;
import org.jkeepalived.mibs.config.lvs.CheckerConfig;
import org.jkeepalived.mibs.config.lvs.CheckerKind;
import org.jkeepalived.mibs.model.CheckDurations;
import org.jkeepalived.mibs.model.CheckerState;
import org.jkeepalived.mibs.config.lvs.VirtualServerConfig;
import org.jkeepalived.mibs.model.IpvsStats;
import org.jkeepalived.mibs.model.QuorumStatus;
import org.jkeepalived.mibs.model.RealServerRow;
import org.jkeepalived.mibs.model.RealServerState;
import org.jkeepalived.mibs.model.RealServerStatus;
import org.jkeepalived.mibs.model.VirtualServerState;
import org.jkeepalived.mibs.model.NewMasterReason;
import org.jkeepalived.mibs.model.ProtoErrReason;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VipsStatus;
import org.jkeepalived.mibs.model.VrrpInstanceState;
import org.jkeepalived.mibs.model.VrrpRouterStats;
import org.jkeepalived.mibs.model.VrrpState;
import org.jkeepalived.mibs.model.VrrpStats;
import org.jkeepalived.mibs.model.VrrpSyncGroupState;
import org.jkeepalived.mibs.store.DefaultObjectStore;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.Origin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The text a scrape returns for a fixture store, in keepalived-exporter's names and labels. */
class StoreCollectorTest {
  private DefaultObjectStore store;

  @BeforeEach
  void fill() {
    store = new DefaultObjectStore();
    store.begin(Origin.CONFIG_LOAD)
        .putConfig(Tables.VRRP_INSTANCE, Index.of(1), instance("VI_1", 51, 100, VrrpNotify.NONE,
            false, List.of(vip("198.18.5.100", 24, null), vip("198.18.6.1", 32, "jkv1"))))
        .putConfig(Tables.VRRP_INSTANCE, Index.of(2),
            instance("VI_2", 52, 90, VrrpNotify.NONE, false, List.of()))
        .putConfig(Tables.VRRP_SYNC_GROUP, Index.of(1), group("VG_1", null, "VI_1", "VI_2"))
        .commit();
    VrrpStats stats = new VrrpStats(3, 120, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 0, 0, 130, 2);
    store.begin(Origin.ENGINE)
        .putState(Tables.VRRP_INSTANCE, Index.of(1), new VrrpInstanceState(VrrpState.MASTER,
            VrrpState.MASTER, 100, VipsStatus.ALL_SET, null, null, NewMasterReason.PRIORITY,
            ProtoErrReason.NO_ERROR, stats))
        .putState(Tables.VRRP_SYNC_GROUP, Index.of(1), new VrrpSyncGroupState(VrrpState.MASTER))
        .putState(Tables.VRRP_ROUTER_STATS, Index.of(0), new VrrpRouterStats(12, 13, 14, 0, 0, 0))
        .commit();
  }

  @AfterEach
  void close() {
    store.close();
  }

  private String scrape(List<EngineReport> engines) throws Exception {
    return PrometheusTextFormatWriter.create()
        .toDebugString(StoreCollector.collect(store.snapshot(), engines));
  }

  @Test
  void vrrpStateIsOneSamplePerVipWithTheExportersLabelsAndCodes() throws Exception {
    String text = scrape(List.of());
    assertThat(text)
        .contains("keepalived_up 1.0")
        .contains("keepalived_vrrp_state{iname=\"VI_1\",intf=\"jkv0\",ip_address=\"198.18.5.100/24\",vrid=\"51\"} 2.0")
        .contains("keepalived_vrrp_state{iname=\"VI_1\",intf=\"jkv1\",ip_address=\"198.18.6.1\",vrid=\"51\"} 2.0")
        // no VIP: one sample with an empty address; no state published yet: INIT (0)
        .contains("keepalived_vrrp_state{iname=\"VI_2\",intf=\"jkv0\",ip_address=\"\",vrid=\"52\"} 0.0");
  }

  @Test
  void statsCountersCarryTheStoresValues() throws Exception {
    String text = scrape(List.of());
    String l = "{iname=\"VI_1\",intf=\"jkv0\",vrid=\"51\"}";
    assertThat(text).contains("# TYPE keepalived_advertisements_received_total counter");
    // the fixture's VrrpStats: becomeMaster 3, advertiseRcvd 120, then 1, 2, 4, 5, ... 11, no
    // checksum or version errors (router-wide metrics), advertiseSent 130, releaseMaster 2
    String[][] expected = {{"become_master", "3"}, {"advertisements_received", "120"},
        {"advertisements_sent", "130"}, {"release_master", "2"},
        {"advertisements_interval_errors", "1"}, {"authentication_failure", "2"},
        {"ip_ttl_errors", "4"}, {"priority_zero_received", "5"}, {"priority_zero_sent", "6"},
        {"invalid_type_received", "7"}, {"address_list_errors", "8"},
        {"authentication_invalid", "9"}, {"authentication_mismatch", "10"},
        {"packet_length_errors", "11"}};
    for (String[] e : expected) {
      assertThat(text).contains("keepalived_" + e[0] + "_total" + l + " " + e[1] + ".0");
    }
  }

  @Test
  void extrasCoverPrioritySyncGroupsRouterErrorsAndEngines() throws Exception {
    String text = scrape(List.of(
        new EngineReport(Subsystem.VRRP, EngineHealth.running("ok"), 2),
        new EngineReport(Subsystem.BFD, new EngineHealth(EngineHealth.Status.FAILED, "x"), 5)));
    assertThat(text)
        .contains("jkeepalived_vrrp_effective_priority{iname=\"VI_1\",intf=\"jkv0\",vrid=\"51\"} 100.0")
        .contains("jkeepalived_vrrp_sync_group_state{name=\"VG_1\"} 2.0")
        .contains("jkeepalived_vrrp_checksum_errors_total 12.0")
        .contains("jkeepalived_vrrp_version_errors_total 13.0")
        .contains("jkeepalived_vrrp_vrid_errors_total 14.0")
        .contains("jkeepalived_engine_running{engine=\"vrrp\"} 1.0")
        .contains("jkeepalived_engine_running{engine=\"bfd\"} 0.0")
        .contains("jkeepalived_engine_restarts_total{engine=\"bfd\"} 5.0");
  }

  @Test
  void lvsRowsGiveTheExportersLvsFamiliesAndTheCheckerVerdicts() throws Exception {
    VirtualServerConfig vs = CheckerAlertPlannerTest.vs(false, false, 1, 0, null);
    RealServerRow rs = CheckerAlertPlannerTest.rs(true, new CheckerConfig.TcpCheck(null, null));
    store.begin(Origin.CONFIG_LOAD)
        .putConfig(Tables.VIRTUAL_SERVER, Index.of(1), vs)
        .putConfig(Tables.REAL_SERVER, Index.of(1, 1), rs)
        .commit();
    store.begin(Origin.ENGINE)
        .putState(Tables.VIRTUAL_SERVER, Index.of(1), new VirtualServerState(QuorumStatus.MET, 1,
            1, new IpvsStats(40, 0, 0, 0, 41, 42, 43, 44, 0, 0, 0, 0, 0)))
        .putState(Tables.REAL_SERVER, Index.of(1, 1), new RealServerState(RealServerStatus.DEAD,
            1, new IpvsStats(30, 3, 4, 0, 31, 32, 33, 34, 0, 0, 0, 0, 0)))
        .commit();
    String text = scrape(List.of());
    String vip = "{addr=\"198.18.0.10:80\",proto=\"TCP\"}";
    String dst = "{addr=\"198.18.1.2:80\",proto=\"TCP\"}";
    String named = "{real_server=\"198.18.1.2:80\",virtual_server=\"198.18.0.10:80/TCP\"}";
    assertThat(text)
        .contains("keepalived_lvs_vip_conn" + vip + " 40.0")
        .contains("keepalived_lvs_vip_in_packets" + vip + " 41.0")
        .contains("keepalived_lvs_vip_out_packets" + vip + " 42.0")
        .contains("keepalived_lvs_vip_in_bytes" + vip + " 43.0")
        .contains("keepalived_lvs_vip_out_bytes" + vip + " 44.0")
        .contains("keepalived_lvs_rs_conn" + dst + " 30.0")
        .contains("keepalived_lvs_rs_in_packets" + dst + " 31.0")
        .contains("keepalived_lvs_rs_out_packets" + dst + " 32.0")
        .contains("keepalived_lvs_rs_in_bytes" + dst + " 33.0")
        .contains("keepalived_lvs_rs_out_bytes" + dst + " 34.0")
        .contains("jkeepalived_real_server_active_connections" + named + " 3.0")
        .contains("jkeepalived_real_server_inactive_connections" + named + " 4.0")
        .contains("jkeepalived_real_server_up" + named + " 0.0")
        .contains("jkeepalived_real_server_failed_checks" + named + " 1.0")
        .contains("jkeepalived_real_server_weight" + named + " 3.0")
        .contains("jkeepalived_virtual_server_quorum_up{virtual_server=\"198.18.0.10:80/TCP\"} 1.0")
        .contains("jkeepalived_virtual_server_real_servers{virtual_server=\"198.18.0.10:80/TCP\"} 1.0")
        // the exporter's names, without the "_total" a counter would get
        .doesNotContain("keepalived_lvs_vip_conn_total");
  }

  @Test
  void eachCheckersVerdictAndProbeTimesAreAHistogramPerRealServerChecker() throws Exception {
    VirtualServerConfig vs = CheckerAlertPlannerTest.vs(false, false, 1, 0, null);
    RealServerRow rs = CheckerAlertPlannerTest.rs(true, new CheckerConfig.TcpCheck(null, null),
        new CheckerConfig.PingCheck(null, null));
    CheckDurations tcp = CheckDurations.NONE.plus(Duration.ofMillis(2))
        .plus(Duration.ofMillis(30)).plus(Duration.ofSeconds(30));
    store.begin(Origin.CONFIG_LOAD)
        .putConfig(Tables.VIRTUAL_SERVER, Index.of(1), vs)
        .putConfig(Tables.REAL_SERVER, Index.of(1, 1), rs)
        .commit();
    store.begin(Origin.ENGINE)
        .putState(Tables.REAL_SERVER, Index.of(1, 1), new RealServerState(RealServerStatus.DEAD,
            1, IpvsStats.ZERO, List.of(
                new CheckerState(CheckerKind.TCP_CHECK, true, "", tcp),
                new CheckerState(CheckerKind.PING_CHECK, false, "timeout", CheckDurations.NONE))))
        .commit();
    String text = scrape(List.of());
    String tcpLabels = "checker=\"TCP_CHECK\",checker_index=\"1\",real_server=\"198.18.1.2:80\","
        + "virtual_server=\"198.18.0.10:80/TCP\"";
    String pingLabels = tcpLabels.replace("TCP_CHECK", "PING_CHECK").replace("\"1\"", "\"2\"");
    assertThat(text)
        .contains("# TYPE jkeepalived_check_duration_seconds histogram")
        .contains("jkeepalived_check_up{" + tcpLabels + "} 1.0")
        .contains("jkeepalived_check_up{" + pingLabels + "} 0.0")
        .contains("jkeepalived_check_last_duration_seconds{" + tcpLabels + "} 30.0")
        // cumulative in the text: 2 ms is under 5 ms, 30 ms under 50 ms, 30 s above 10 s
        .contains("jkeepalived_check_duration_seconds_bucket{" + tcpLabels + ",le=\"0.001\"} 0")
        .contains("jkeepalived_check_duration_seconds_bucket{" + tcpLabels + ",le=\"0.005\"} 1")
        .contains("jkeepalived_check_duration_seconds_bucket{" + tcpLabels + ",le=\"0.05\"} 2")
        .contains("jkeepalived_check_duration_seconds_bucket{" + tcpLabels + ",le=\"10.0\"} 2")
        .contains("jkeepalived_check_duration_seconds_bucket{" + tcpLabels + ",le=\"+Inf\"} 3")
        .contains("jkeepalived_check_duration_seconds_count{" + tcpLabels + "} 3")
        .contains("jkeepalived_check_duration_seconds_sum{" + tcpLabels + "} 30.032")
        // a checker with no probe measured yet has a verdict but no times
        .doesNotContain("jkeepalived_check_last_duration_seconds{" + pingLabels)
        .doesNotContain("jkeepalived_check_duration_seconds_count{" + pingLabels);
  }

  @Test
  void theSnmpAgentsCountersAreOneFamilyByMibObject() throws Exception {
    java.util.Map<String, Long> counters = new java.util.LinkedHashMap<>();
    counters.put("snmpInPkts", 17L);
    counters.put("snmpInBadCommunityNames", 2L);
    counters.put("usmStatsUnknownUserNames", 1L);
    String text = PrometheusTextFormatWriter.create()
        .toDebugString(StoreCollector.collect(store.snapshot(), List.of(), counters));
    assertThat(text)
        .contains("# TYPE jkeepalived_snmp_agent_counter_total counter")
        .contains("jkeepalived_snmp_agent_counter_total{object=\"snmpInPkts\"} 17.0")
        .contains("jkeepalived_snmp_agent_counter_total{object=\"snmpInBadCommunityNames\"} 2.0")
        .contains("jkeepalived_snmp_agent_counter_total{object=\"usmStatsUnknownUserNames\"} 1.0");
    assertThat(scrape(List.of())).doesNotContain("jkeepalived_snmp_agent_counter");
  }

  @Test
  void anEmptyStoreSaysOnlyThatTheDaemonIsUp() throws Exception {
    try (DefaultObjectStore empty = new DefaultObjectStore()) {
      String text = PrometheusTextFormatWriter.create()
          .toDebugString(StoreCollector.collect(empty.snapshot(), List.of()));
      assertThat(text).contains("keepalived_up 1.0").doesNotContain("keepalived_vrrp_state");
    }
  }
}
