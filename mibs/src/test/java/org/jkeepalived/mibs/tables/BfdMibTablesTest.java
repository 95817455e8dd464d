package org.jkeepalived.mibs.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jkeepalived.mibs.config.BfdInstanceConfig;
import org.jkeepalived.mibs.model.BfdDiag;
import org.jkeepalived.mibs.model.BfdSessState;
import org.jkeepalived.mibs.model.BfdState;
import org.jkeepalived.mibs.smi.Column;
import org.jkeepalived.mibs.smi.TableSchema;
import org.junit.jupiter.api.Test;

/** bfdSessTable and bfdSessPerfTable cells from a bfd_instance and the BFD engine's row. */
class BfdMibTablesTest {
  private static final Instant START = Instant.parse("2026-12-06T00:00:00Z");

  private static Map<String, Object> cells(TableSchema<BfdInstanceConfig, BfdSessState> t,
      BfdInstanceConfig c, BfdSessState s) {
    Map<String, Object> m = new HashMap<>();
    for (Column<BfdInstanceConfig, BfdSessState> col : t.columns()) {
      m.put(col.name(), col.reader().apply(c, s));
    }
    return m;
  }

  @Test
  void anUpSessionShowsItsTimersDiscriminatorsAndCounters() throws Exception {
    BfdInstanceConfig c = new BfdInstanceConfig("b1", InetAddress.getByName("198.18.2.1"),
        InetAddress.getByName("198.18.2.2"), Duration.ofMillis(50), Duration.ofMillis(50),
        Duration.ofSeconds(1), 3, false, 255, 64, 0, 0, false, true, true);
    BfdSessState s = new BfdSessState(BfdState.UP, 0xdc3f972aL, true, BfdDiag.NO_DIAGNOSTIC,
        Duration.ofMillis(50), Duration.ZERO, 3, START.plusSeconds(12), START.plusSeconds(5),
        BfdDiag.CONTROL_DETECTION_TIME_EXPIRED, 2, 0x1_0000_0005L, 40, 1, START.plusSeconds(3),
        0x38275949L, 49152);
    Map<String, Object> sess = cells(BfdMibTables.sessions(), c, s);
    assertThat(sess.get("bfdSessDiscriminator")).isEqualTo(0x38275949L);
    assertThat(sess.get("bfdSessRemoteDiscr")).isEqualTo(0xdc3f972aL);
    assertThat(sess.get("bfdSessType")).isEqualTo(1); // singleHop
    assertThat(sess.get("bfdSessDestinationUdpPort")).isEqualTo(3784L);
    assertThat(sess.get("bfdSessSourceUdpPort")).isEqualTo(49152L);
    assertThat(sess.get("bfdSessState")).isEqualTo(4); // up
    assertThat(sess.get("bfdSessOperStatus")).isEqualTo(1);
    assertThat(sess.get("bfdSessAdminStatus")).isEqualTo(1);
    assertThat(sess.get("bfdSessRemoteHeardFlag")).isEqualTo(1);
    assertThat(sess.get("bfdSessDesiredMinTxInterval")).isEqualTo(50_000L);
    assertThat(sess.get("bfdSessReqMinRxInterval")).isEqualTo(50_000L);
    assertThat(sess.get("bfdSessNegotiatedInterval")).isEqualTo(50_000L);
    assertThat(sess.get("bfdSessDetectMult")).isEqualTo(3L);
    assertThat(sess.get("bfdSessGTSMTTL")).isEqualTo(255L);
    assertThat(sess.get("bfdSessDstAddr")).isEqualTo(new byte[] {(byte) 198, 18, 2, 1});
    assertThat(sess.get("bfdSessAuthenticationType")).isEqualTo(-1);
    Map<String, Object> perf = cells(BfdMibTables.performance(START), c, s);
    assertThat(perf.get("bfdSessPerfCtrlPktIn")).isEqualTo(5L); // Counter32 wraps
    assertThat(perf.get("bfdSessPerfCtrlPktInHC")).isEqualTo(0x1_0000_0005L);
    assertThat(perf.get("bfdSessPerfCtrlPktOut")).isEqualTo(40L);
    assertThat(perf.get("bfdSessPerfCtrlPktDrop")).isEqualTo(1L);
    assertThat(perf.get("bfdSessPerfCtrlPktDropLastTime")).isEqualTo(300L);
    assertThat(perf.get("bfdSessUpTime")).isEqualTo(1200L);
    assertThat(perf.get("bfdSessPerfLastSessDownTime")).isEqualTo(500L);
    assertThat(perf.get("bfdSessPerfLastCommLostDiag")).isEqualTo(1);
    assertThat(perf.get("bfdSessPerfSessUpCount")).isEqualTo(2L);
  }

  @Test
  void aSessionTheEngineHasNotRunShowsItsConfigOnly() throws Exception {
    BfdInstanceConfig c = new BfdInstanceConfig("b1", InetAddress.getByName("fd00::1"), null,
        Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofSeconds(1), 5, false, 255, 64,
        0, 0, false, true, true, true);
    Map<String, Object> sess = cells(BfdMibTables.sessions(), c, null);
    assertThat(sess.get("bfdSessState")).isNull();
    assertThat(sess.get("bfdSessType")).isEqualTo(2); // multihop
    assertThat(sess.get("bfdSessDestinationUdpPort")).isEqualTo(4784L);
    assertThat(sess.get("bfdSessDstAddrType")).isEqualTo(2);
    assertThat(sess.get("bfdSessSrcAddrType")).isEqualTo(0);
    assertThat(sess.get("bfdSessGTSMTTL")).isEqualTo(64L); // keepalived's IPv6 hoplimit
    Map<String, Object> perf = cells(BfdMibTables.performance(START), c, null);
    assertThat(perf.get("bfdSessUpTime")).isEqualTo(0L);
  }

  @Test
  void theIpMapIndexIsTypeThenSourceThenDestinationEachWithItsLength() throws Exception {
    BfdInstanceConfig c = new BfdInstanceConfig("b1", InetAddress.getByName("198.18.2.1"),
        InetAddress.getByName("198.18.2.2"), Duration.ofMillis(50), Duration.ofMillis(50),
        Duration.ofSeconds(1), 3, false, 255, 64, 0, 0, false, true, true);
    assertThat(BfdMibTables.ipMapIndex(c).toArray())
        .containsExactly(1, 1, 4, 198, 18, 2, 2, 1, 4, 198, 18, 2, 1);
    BfdInstanceConfig noSource = new BfdInstanceConfig("b2", InetAddress.getByName("fd00::1"),
        null, Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofSeconds(1), 5, false, 255,
        64, 0, 0, false, true, true, true);
    int[] i = BfdMibTables.ipMapIndex(noSource).toArray();
    assertThat(i).startsWith(2, 0, 0, 2, 16, 0xfd, 0).hasSize(5 + 16);
  }

  @Test
  void theMapTablesNameTheSessionAndTheScalarsFollowEnableTraps() {
    assertThat(BfdMibTables.discMap().columns().get(0).reader().apply(null, 7L)).isEqualTo(7L);
    assertThat(BfdMibTables.ipMap().columns().get(0).reader().apply(3L, null)).isEqualTo(3L);
    var names = BfdMibTables.scalars().columns().stream().map(Column::name).toList();
    assertThat(names).containsExactly("bfdAdminStatus", "bfdOperStatus",
        "bfdNotificationsEnable", "bfdSessIndexNext");
  }
}
