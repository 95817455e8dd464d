package org.jkeepalived.lvs.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jkeepalived.mibs.model.RealServerRow;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.mibs.store.Refusal;
import org.jkeepalived.mibs.store.SetError;
import org.jkeepalived.mibs.store.StoreEvent;
import org.junit.jupiter.api.Test;

/**
 * {@code snmpset realServerWeight}: the agent commits the row with the new weight ({@code
 * RealServerRow.withWeight}); the engine follows it with one SET_DEST; a reload returns to the
 * configured weight; a weight IPVS cannot take is refused by the engine's validator.
 */
class SnmpWeightTest {
  static final String CONF = ReloadDiffTest.BASE;

  @Test
  void setWeightIsOneSetDestAndReloadRestoresTheConfiguredOne() {
    try (LvsRig rig = LvsRig.start(CONF)) {
      rig.store.addValidator(Tables.REAL_SERVER, new RealServerValidator());
      rig.ipvs.clearCalls();
      set(rig, Index.of(1, 2), 9);
      assertThat(rig.ipvs.calls()).containsExactly(
          "SET_DEST tcp 198.18.2.10:80 -> 198.18.2.22:8080 masq w 9");

      rig.ipvs.clearCalls();
      rig.reload(CONF);
      assertThat(rig.ipvs.calls()).containsExactly(
          "SET_DEST tcp 198.18.2.10:80 -> 198.18.2.22:8080 masq w 2");
    }
  }

  @Test
  void setWeightOfADeadServerWaitsForItToComeBack() {
    try (LvsRig rig = LvsRig.start(CONF)) {
      rig.verdict("198.18.2.22 8080", 0, false);
      rig.ipvs.clearCalls();
      set(rig, Index.of(1, 2), 9);
      assertThat(rig.ipvs.calls()).isEmpty();
      rig.verdict("198.18.2.22 8080", 0, true);
      assertThat(rig.ipvs.calls()).containsExactly(
          "NEW_DEST tcp 198.18.2.10:80 -> 198.18.2.22:8080 masq w 9");
    }
  }

  @Test
  void validatorRefusesNegativeWeightsAndSorryServerWeights() {
    RealServerRow row = rowOf(CONF);
    assertThat(RealServerValidator.check(row, row.withWeight(-1)))
        .map(Refusal::error).contains(SetError.WRONG_VALUE);
    assertThat(RealServerValidator.check(row, row.withWeight(0))).isEmpty();
    assertThat(RealServerValidator.check(row, row.withWeight(Integer.MAX_VALUE))).isEmpty();
    RealServerRow sorry = RealServerRow.sorryServer(row.address(), 80, row.forwarding());
    assertThat(RealServerValidator.check(sorry, sorry.withWeight(3)))
        .map(Refusal::error).contains(SetError.NOT_WRITABLE);
  }

  @Test
  void refusedSetChangesNothing() {
    try (LvsRig rig = LvsRig.start(CONF)) {
      rig.store.addValidator(Tables.REAL_SERVER, new RealServerValidator());
      RealServerRow row = rig.store.snapshot().config(Tables.REAL_SERVER, Index.of(1, 2)).orElseThrow();
      var tx = rig.store.begin(Origin.SNMP_SET).putConfig(Tables.REAL_SERVER, Index.of(1, 2),
          row.withWeight(-5));
      assertThat(tx.validate()).map(Refusal::error).contains(SetError.WRONG_VALUE);
    }
  }

  private static void set(LvsRig rig, Index index, int weight) {
    RealServerRow row = rig.store.snapshot().config(Tables.REAL_SERVER, index).orElseThrow();
    List<StoreEvent> events = rig.store.begin(Origin.SNMP_SET)
        .putConfig(Tables.REAL_SERVER, index, row.withWeight(weight)).commit();
    rig.core.onConfigEvents(events);
    rig.loop.runPending();
  }

  private static RealServerRow rowOf(String conf) {
    try (LvsRig rig = LvsRig.start(conf)) {
      return rig.store.snapshot().config(Tables.REAL_SERVER, Index.of(1, 1)).orElseThrow();
    }
  }
}
