package org.jkeepalived.agent.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.jkeepalived.agent.engine.EngineReport;
import org.jkeepalived.agent.lvs.ForwarderGauge;
import org.jkeepalived.engine.EngineFactory.Subsystem;
import org.jkeepalived.engine.EngineHealth;
import org.jkeepalived.lvs.forward.ForwarderLoad;
import org.jkeepalived.mibs.store.DefaultObjectStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The LVS dataplane in the status: which one runs, and the userspace forwarder's bound and gauges
 * (values the metrics' jkeepalived_forwarder_* families serve), absent on kernel IPVS; the rest
 * of the output is left as it was.
 */
class StatusDataplaneTest {
  static final ForwarderGauge.Dataplane FORWARDER = new ForwarderGauge.Dataplane(true, 2_000,
      new ForwarderLoad(17, 3, 65_536, 5, 2, 11, 7));
  private static final List<EngineReport> ENGINES =
      List.of(new EngineReport(Subsystem.CHECKER, EngineHealth.running("1 virtual server"), 0));
  private final DefaultObjectStore store = new DefaultObjectStore();

  @AfterEach
  void close() {
    store.close();
  }

  private NodeStatus status(Optional<ForwarderGauge.Dataplane> dataplane) {
    return StatusBuilder.build(store.snapshot(), ENGINES, dataplane, "jkeepalived test", 1);
  }

  @Test
  void theForwardersBoundAndGaugesAreShownUnderItsName() throws Exception {
    NodeStatus s = status(Optional.of(FORWARDER));
    assertThat(s.dataplane()).isEqualTo(new NodeStatus.Dataplane("userspace",
        new NodeStatus.Forwarder(2_000, 17, 3, 65_536, 5, 2, 11, 7)));
    assertThat(StatusJson.read(StatusJson.write(s))).isEqualTo(s);
    assertThat(StatusText.render(s)).contains("\nLVS dataplane userspace forwarder\n"
        + " Connection limit             2000\n"
        + " Connections                  17\n"
        + " Refused at limit             3\n"
        + " Buffered bytes               65536\n"
        + " UDP flows                    5\n"
        + " UDP flows evicted            2\n"
        + " UDP datagrams dropped        11\n"
        + " Idle closed                  7\n");
  }

  @Test
  void kernelIpvsIsNamedWithoutForwarderGauges() throws Exception {
    NodeStatus s = status(Optional.of(ForwarderGauge.Dataplane.KERNEL_IPVS));
    assertThat(s.dataplane()).isEqualTo(new NodeStatus.Dataplane("ipvs", null));
    assertThat(StatusJson.read(StatusJson.write(s))).isEqualTo(s);
    String text = StatusText.render(s);
    assertThat(text).endsWith("\nLVS dataplane kernel IPVS\n")
        .doesNotContain("Connection limit", "Connections", "Buffered bytes", "UDP flows",
            "Refused", "Idle closed");
  }

  @Test
  void withoutAnLvsEngineNothingIsSaidOfADataplane() throws Exception {
    NodeStatus s = status(Optional.empty());
    assertThat(s.dataplane()).isNull();
    assertThat(StatusText.render(s)).doesNotContain("dataplane", "Connection limit");
    assertThat(new String(StatusJson.write(s), java.nio.charset.StandardCharsets.UTF_8))
        .contains("\"dataplane\" : null");
  }

  @Test
  void theDataplaneIsABlockOfItsOwnTheRestUnchanged() {
    String without = StatusText.render(status(Optional.empty()));
    String with = StatusText.render(status(Optional.of(FORWARDER)));
    assertThat(with).startsWith(without);
    assertThat(with.substring(without.length() + 1).split("\n")).as("a heading, key lines")
        .hasSize(9).allSatisfy(l -> assertThat(l).doesNotContain("\t"))
        .filteredOn(l -> !l.startsWith("LVS")).allSatisfy(l -> assertThat(l).startsWith(" "));
  }

  @Test
  void anOlderDaemonsAnswerWithoutADataplaneStillReads() throws Exception {
    String old = "{\"version\":\"jkeepalived 0.0\",\"pid\":9,\"instances\":[],\"syncGroups\":[],"
        + "\"virtualServers\":[],\"bfdSessions\":[],\"engines\":[]}";
    NodeStatus s = StatusJson.read(old.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(s.dataplane()).isNull();
    assertThat(StatusText.render(s)).startsWith("jkeepalived 0.0, pid 9\n")
        .doesNotContain("dataplane");
  }
}
