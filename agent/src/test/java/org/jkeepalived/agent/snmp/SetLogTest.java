package org.jkeepalived.agent.snmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BiFunction;
import org.jkeepalived.agent.snmp.FakeMib.WidgetConfig;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.smi.Column;
import org.jkeepalived.mibs.smi.TableSchema;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.tables.KeepalivedMibTables;
import org.junit.jupiter.api.Test;

/** The log lines of committed SETs: keepalived's words for vrrpInstance, one line otherwise. */
class SetLogTest {
  private static final String FROM = "127.0.0.1/40000";

  @Test
  void preemptChangesUseKeepalivedsWords() throws Exception {
    try (ObjectStore store = ScaleMib.store(1)) {
      VrrpInstanceConfig row =
          store.snapshot().config(Tables.VRRP_INSTANCE, Index.of(1)).orElseThrow();
      boolean preempt = row.behaviour().preempt();
      VrrpInstanceConfig flipped = preemptWriter().apply(row, preempt ? 2 : 1); // TruthValue
      assertThat(SetLog.lines(Tables.VRRP_INSTANCE, Index.of(1), row, flipped, FROM))
          .containsExactly("(VI_1) preemption " + (preempt ? "disabled" : "enabled")
              + " with SNMP (request from 127.0.0.1/40000)");
      assertThat(SetLog.lines(Tables.VRRP_INSTANCE, Index.of(1), row, row, FROM)).isEmpty();
    }
  }

  /** vrrpInstancePreempt's SET writer, as the agent applies it. */
  @SuppressWarnings("unchecked")
  private static BiFunction<VrrpInstanceConfig, Object, VrrpInstanceConfig> preemptWriter() {
    TableSchema<?, ?> table = KeepalivedMibTables.tables().stream()
        .filter(t -> t.columns().stream().anyMatch(c -> c.name().equals("vrrpInstancePreempt")))
        .findFirst().orElseThrow();
    Column<?, ?> column = table.columns().stream()
        .filter(c -> c.name().equals("vrrpInstancePreempt")).findFirst().orElseThrow();
    return (BiFunction<VrrpInstanceConfig, Object, VrrpInstanceConfig>) column.writer();
  }

  @Test
  void anyOtherTableGetsOneLineNamingTheRow() {
    assertThat(SetLog.lines(FakeMib.WIDGETS, Index.of(2), new WidgetConfig("beta", 150),
            new WidgetConfig("beta", 111), FROM))
        .containsExactly(FakeMib.WIDGETS.name() + " row " + Index.of(2)
            + " changed via SNMP (request from 127.0.0.1/40000)");
  }
}
