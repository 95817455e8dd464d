package org.jkeepalived.agent.snmp;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.vrrp.service.InstanceValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snmp4j.PDU;
import org.snmp4j.Target;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.UdpAddress;
import org.slf4j.LoggerFactory;

/**
 * SNMP SETs of the writable vrrpInstance columns over the real KEEPALIVED-MIB binding, with the
 * VRRP engine's validator registered as the engine does at start: its refusal is the response's
 * error status and the store is unchanged; an accepted SET commits.
 */
class RealMibSetTest {
  static final int PORT = 16405;
  static final String RW = "private";
  static final String BASE_PRIORITY = "1.3.6.1.4.1.9586.100.5.2.3.1.7.1";
  static final String PREEMPT = "1.3.6.1.4.1.9586.100.5.2.3.1.13.1";

  @TempDir static Path dir;
  static ObjectStore store;
  static VrrpInstanceConfig loaded;
  static SnmpAgent agent;
  static TestClient client;

  @BeforeAll
  static void startAgent() throws Exception {
    store = ScaleMib.store(1); // VI_1: state MASTER, priority 150
    loaded = row();
    store.addValidator(Tables.VRRP_INSTANCE, new InstanceValidator());
    AgentSettings settings =
        TestAgents.settings(PORT, List.of(new CommunitySettings(RW, AgentSettings.ALL_VIEW, AgentSettings.ALL_VIEW)), dir.resolve("engine"));
    agent = SnmpAgent.start(settings, ScaleMib.binding(store));
    agent.started().get(20, TimeUnit.SECONDS);
    client = new TestClient(PORT);
  }

  @AfterAll
  static void stopAgent() throws Exception {
    TestAgents.close(client, agent, store);
  }

  @AfterEach
  void restore() {
    store.begin(Origin.RELOAD).putConfig(Tables.VRRP_INSTANCE, Index.of(1), loaded).commit();
  }

  private static VrrpInstanceConfig row() {
    return store.snapshot().config(Tables.VRRP_INSTANCE, Index.of(1)).orElseThrow();
  }

  private static Target<UdpAddress> rw() {
    return client.community(SnmpConstants.version2c, RW);
  }

  @Test
  void priorityZeroIsWrongValueAndChangesNothing() throws Exception {
    PDU r = client.set(rw(), BASE_PRIORITY, new Integer32(0));
    assertThat(r.getErrorStatus()).isEqualTo(PDU.wrongValue);
    assertThat(row()).isEqualTo(loaded);
  }

  @Test
  void priority255MayBeSetAsKeepalivedAllows() throws Exception {
    // keepalived 2.2.7's write handler checks only the range 1..255
    PDU r = client.set(rw(), BASE_PRIORITY, new Integer32(255));
    assertThat(r.getErrorStatus()).isEqualTo(PDU.noError);
    assertThat(row().priority()).isEqualTo(255);
  }

  @Test
  void noPreemptIsInconsistentValueForAnInitialMaster() throws Exception {
    PDU r = client.set(rw(), PREEMPT, new Integer32(2));
    assertThat(r.getErrorStatus()).isEqualTo(PDU.inconsistentValue);
    assertThat(row()).isEqualTo(loaded);
  }

  @Test
  void preemptOutsideItsEnumerationIsStillTheAgentsWrongValue() throws Exception {
    PDU r = client.set(rw(), PREEMPT, new Integer32(3));
    assertThat(r.getErrorStatus()).isEqualTo(PDU.wrongValue);
    assertThat(row()).isEqualTo(loaded);
  }

  @Test
  void acceptedPriorityCommits() throws Exception {
    PDU r = client.set(rw(), BASE_PRIORITY, new Integer32(120));
    assertThat(r.getErrorStatus()).isEqualTo(PDU.noError);
    assertThat(row().priority()).isEqualTo(120);
  }

  /**
   * Issue 19 item 11: keepalived logs "(VI_1) base priority changed from 150 to 120 via SNMP."
   * and "preemption disabled/enabled with SNMP"; jkeepalived logged only the effective priority.
   * Each committed SET is logged with keepalived's words and the requester's address; a refused
   * one is not.
   */
  @Test
  void aCommittedSetIsLoggedAsKeepalivedDoesWithTheRequester() throws Exception {
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    Logger log = (Logger) LoggerFactory.getLogger(SetCoordinator.class);
    lines.start();
    log.addAppender(lines);
    try {
      assertThat(client.set(rw(), BASE_PRIORITY, new Integer32(0)).getErrorStatus())
          .isEqualTo(PDU.wrongValue);
      assertThat(client.set(rw(), BASE_PRIORITY, new Integer32(120)).getErrorStatus())
          .isEqualTo(PDU.noError);
    } finally {
      log.detachAppender(lines);
    }
    assertThat(lines.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .filteredOn(m -> m.contains("via SNMP"))
        .singleElement()
        .asString()
        .matches("\\(VI_1\\) base priority changed from 150 to 120 via SNMP\\. "
            + "\\(request from 127\\.0\\.0\\.1/\\d+\\)");
  }

  @Test
  void theWritableObjectsAreExactlyThoseTheReadmeNames() {
    // README: vrrpInstanceBasePriority, vrrpInstancePreempt and realServerWeight.
    assertThat(ScaleMib.binding(store).writableObjects())
        .containsExactlyInAnyOrder(
            new OID("1.3.6.1.4.1.9586.100.5.2.3.1.7"),
            new OID("1.3.6.1.4.1.9586.100.5.2.3.1.13"),
            new OID("1.3.6.1.4.1.9586.100.5.3.4.1.7"));
  }
}
