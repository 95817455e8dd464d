package org.jkeepalived.agent.snmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jkeepalived.agent.snmp.FakeMib.Global;
import org.jkeepalived.agent.snmp.FakeMib.WidgetConfig;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.mibs.store.Transaction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snmp4j.PDU;
import org.snmp4j.Target;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;

/** The agent over real UDP on 127.0.0.1, driven by an SNMP4J manager. */
class SnmpAgentTest {
  static final int PORT = 16101;
  static final String RW = "private-rw";
  static final String USER = "admin";
  static final String AUTH = "auth-pass-123";
  static final String PRIV = "priv-pass-123";

  @TempDir static Path dir;
  static ObjectStore store;
  static SnmpAgent agent;
  static TestClient client;

  @BeforeAll
  static void startAgent() throws Exception {
    store = FakeMib.populatedStore();
    AgentSettings settings =
        new AgentSettings(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), PORT),
            List.of(
                new CommunitySettings("public", AgentSettings.ALL_VIEW, null),
                new CommunitySettings(RW, AgentSettings.ALL_VIEW, AgentSettings.ALL_VIEW)),
            List.of(
                new UsmUserSettings(
                    USER, AuthProtocol.SHA_256, AUTH, PrivProtocol.AES128, PRIV,
                    AgentSettings.ALL_VIEW, AgentSettings.ALL_VIEW, AgentSettings.ALL_VIEW)),
            List.of(new ViewSettings(AgentSettings.ALL_VIEW, List.of("1.3.6.1"), List.of())),
            List.of(),
            dir.resolve("engine"),
            null);
    agent = SnmpAgent.start(settings, FakeMib.binding(store));
    agent.started().get(20, TimeUnit.SECONDS);
    client = new TestClient(PORT);
    client.addUser(USER, AUTH, PRIV);
  }

  @AfterAll
  static void stopAgent() throws Exception {
    TestAgents.close(client, agent, store);
  }

  @AfterEach
  void restoreConfig() {
    Transaction tx = store.begin(Origin.CONFIG_LOAD);
    tx.putConfig(FakeMib.WIDGETS, Index.of(2), new WidgetConfig("beta", 150));
    tx.putConfig(FakeMib.GLOBAL, Index.of(), new Global("1.0-test", 1));
    tx.commit();
  }

  private static Target<UdpAddress> v2c() {
    return client.community(SnmpConstants.version2c, "public");
  }

  private static Target<UdpAddress> v2cWrite() {
    return client.community(SnmpConstants.version2c, RW);
  }

  private static int storedPriority(int index) {
    return store.snapshot().config(FakeMib.WIDGETS, Index.of(index)).orElseThrow().priority();
  }

  @Test
  void getReadsConfigAndStateCells() throws Exception {
    String e = FakeMib.ENTRY_OID;
    PDU r = client.get(v2c(), e + ".2.1", e + ".3.2", e + ".4.1", e + ".5.7", FakeMib.VERSION_OID);
    assertThat(r.getErrorStatus()).isZero();
    assertThat(r.get(0).getVariable()).isEqualTo(new OctetString("alpha"));
    assertThat(r.get(1).getVariable()).isEqualTo(new Integer32(150));
    assertThat(r.get(2).getVariable()).isEqualTo(new Counter32(5));
    assertThat(r.get(3).getVariable()).isEqualTo(new OctetString("FAULT"));
    assertThat(r.get(4).getVariable()).isEqualTo(new OctetString("1.0-test"));
  }

  @Test
  void getOfAbsentCellsAndUnknownColumns() throws Exception {
    String e = FakeMib.ENTRY_OID;
    // Row 10 has no state; row 3 does not exist; column 9 and index column 1 are not served.
    PDU r = client.get(v2c(), e + ".4.10", e + ".2.3", e + ".9.1", e + ".1.1");
    assertThat(r.getErrorStatus()).isZero();
    assertThat(r.get(0).getVariable()).isEqualTo(Null.noSuchInstance);
    assertThat(r.get(1).getVariable()).isEqualTo(Null.noSuchInstance);
    assertThat(r.get(2).getVariable()).isEqualTo(Null.noSuchObject);
    assertThat(r.get(3).getVariable()).isEqualTo(Null.noSuchObject);
  }

  private static List<VariableBinding> walk(String root) throws Exception {
    List<VariableBinding> out = new ArrayList<>();
    OID prefix = new OID(root);
    String next = root;
    for (int i = 0; i < 100; i++) {
      PDU r = client.getNext(v2c(), next);
      VariableBinding vb = r.get(0);
      if (vb.isException() || !vb.getOid().startsWith(prefix)) {
        break;
      }
      out.add(vb);
      next = vb.getOid().toDottedString();
    }
    return out;
  }

  private static List<String> expectedWalk() {
    String e = FakeMib.ENTRY_OID;
    return List.of(
        e + ".2.1 = alpha", e + ".2.2 = beta", e + ".2.10 = gamma",
        e + ".3.1 = 100", e + ".3.2 = 150", e + ".3.10 = 50",
        e + ".4.1 = 5", e + ".4.2 = 7", e + ".4.7 = 9",
        e + ".5.1 = MASTER", e + ".5.2 = BACKUP", e + ".5.7 = FAULT",
        FakeMib.VERSION_OID + " = 1.0-test", FakeMib.MODE_OID + " = 1");
  }

  private static List<String> render(List<? extends VariableBinding> vbs) {
    return vbs.stream().map(vb -> vb.getOid().toDottedString() + " = " + vb.toValueString()).toList();
  }

  @Test
  void getNextWalksColumnMajorSkippingAbsentCells() throws Exception {
    assertThat(render(walk(FakeMib.ROOT))).containsExactlyElementsOf(expectedWalk());
  }

  @Test
  void getNextFromInsideARowAndBetweenIndexes() throws Exception {
    String e = FakeMib.ENTRY_OID;
    assertThat(client.getNext(v2c(), e + ".4.2").get(0).getOid()).isEqualTo(new OID(e + ".4.7"));
    assertThat(client.getNext(v2c(), e + ".3.5.1").get(0).getOid()).isEqualTo(new OID(e + ".3.10"));
    assertThat(client.getNext(v2c(), e + ".5.7").get(0).getOid())
        .isEqualTo(new OID(FakeMib.VERSION_OID));
  }

  @Test
  void getBulkReturnsTheSameOrder() throws Exception {
    PDU r = client.bulk(v2c(), FakeMib.ROOT, 14);
    assertThat(r.getErrorStatus()).isZero();
    assertThat(render(r.getVariableBindings())).containsExactlyElementsOf(expectedWalk());
  }

  @Test
  void hugeGetBulkIsBoundedAndAnswered() throws Exception {
    // RFC 3416 section 4.2.3: the response is bounded by the message size, and SNMP4J stops at
    // the end of the MIB view instead of repeating endOfMibView 100000 times.
    Target<UdpAddress> patient = v2c();
    patient.setTimeout(15_000);
    long t0 = System.nanoTime();
    PDU r = client.bulk(patient, "1.3.6.1", 100_000);
    assertThat(r).isNotNull();
    assertThat(r.size()).isLessThan(2_000);
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(15));
  }

  @Test
  void v1GetAndGetNext() throws Exception {
    Target<UdpAddress> v1 = client.community(SnmpConstants.version1, "public");
    PDU r = client.get(v1, FakeMib.ENTRY_OID + ".2.2");
    assertThat(r.get(0).getVariable()).isEqualTo(new OctetString("beta"));
    PDU missing = client.get(v1, FakeMib.ENTRY_OID + ".2.3");
    assertThat(missing.getErrorStatus()).isEqualTo(PDU.noSuchName);
  }

  @Test
  void v3AuthPrivSha256Aes128Get() throws Exception {
    PDU r = client.get(client.user(USER), FakeMib.ENTRY_OID + ".5.1");
    assertThat(r).isNotNull();
    assertThat(r.getErrorStatus()).isZero();
    assertThat(r.get(0).getVariable()).isEqualTo(new OctetString("MASTER"));
  }

  @Test
  void v3SetChangesTheStore() throws Exception {
    PDU r = client.set(client.user(USER), FakeMib.ENTRY_OID + ".3.2", new Integer32(120));
    assertThat(r.getErrorStatus()).isZero();
    assertThat(storedPriority(2)).isEqualTo(120);
  }

  @Test
  void setThroughTheWriteCommunityCommitsToTheStore() throws Exception {
    PDU r = client.set(v2cWrite(), FakeMib.ENTRY_OID + ".3.2", new Integer32(90));
    assertThat(r.getErrorStatus()).isZero();
    assertThat(r.get(0).getVariable()).isEqualTo(new Integer32(90));
    assertThat(storedPriority(2)).isEqualTo(90);
    assertThat(client.get(v2c(), FakeMib.ENTRY_OID + ".3.2").get(0).getVariable())
        .isEqualTo(new Integer32(90));
  }

  @Test
  void setOfAScalarCommitsToItsRow() throws Exception {
    PDU r = client.set(v2cWrite(), FakeMib.MODE_OID, new Integer32(3));
    assertThat(r.getErrorStatus()).isZero();
    assertThat(store.snapshot().config(FakeMib.GLOBAL, Index.of()).orElseThrow().mode())
        .isEqualTo(3);
  }

  @Test
  void readOnlyCommunityCannotSet() throws Exception {
    PDU r = client.set(v2c(), FakeMib.ENTRY_OID + ".3.2", new Integer32(90));
    assertThat(r.getErrorStatus()).isIn(PDU.noAccess, PDU.authorizationError, PDU.notWritable);
    assertThat(storedPriority(2)).isEqualTo(150);
  }

  @Test
  void wrongTypeSetIsRefusedAndStoreUnchanged() throws Exception {
    PDU r = client.set(v2cWrite(), FakeMib.ENTRY_OID + ".3.2", new OctetString("90"));
    assertThat(r.getErrorStatus()).isEqualTo(PDU.wrongType);
    assertThat(r.getErrorIndex()).isEqualTo(1);
    assertThat(storedPriority(2)).isEqualTo(150);
  }

  @Test
  void writerRefusalIsWrongValue() throws Exception {
    PDU r = client.set(v2cWrite(), FakeMib.ENTRY_OID + ".3.2", new Integer32(300));
    assertThat(r.getErrorStatus()).isEqualTo(PDU.wrongValue);
    assertThat(storedPriority(2)).isEqualTo(150);
  }

  @Test
  void validatorRefusalMapsToItsErrorAndStoreUnchanged() throws Exception {
    PDU r = client.set(v2cWrite(), FakeMib.ENTRY_OID + ".3.2", new Integer32(200));
    assertThat(r.getErrorStatus()).isEqualTo(PDU.inconsistentValue);
    assertThat(storedPriority(2)).isEqualTo(150);
  }

  @Test
  void multiVarbindSetIsAllOrNothing() throws Exception {
    String e = FakeMib.ENTRY_OID;
    PDU r =
        client.send(
            v2cWrite(),
            PDU.SET,
            new VariableBinding(new OID(e + ".3.1"), new Integer32(80)),
            new VariableBinding(new OID(e + ".3.2"), new Integer32(200)));
    assertThat(r.getErrorStatus()).isEqualTo(PDU.inconsistentValue);
    assertThat(storedPriority(1)).isEqualTo(100);
    assertThat(storedPriority(2)).isEqualTo(150);
  }

  @Test
  void readOnlyColumnIsNotWritableInV2cAndNoSuchNameInV1() throws Exception {
    PDU r = client.set(v2cWrite(), FakeMib.ENTRY_OID + ".2.2", new OctetString("x"));
    assertThat(r.getErrorStatus()).isEqualTo(PDU.notWritable);
    Target<UdpAddress> v1 = client.community(SnmpConstants.version1, RW);
    PDU r1 = client.set(v1, FakeMib.ENTRY_OID + ".2.2", new OctetString("x"));
    assertThat(r1.getErrorStatus()).isEqualTo(PDU.noSuchName);
    assertThat(store.snapshot().config(FakeMib.WIDGETS, Index.of(2)).orElseThrow().name())
        .isEqualTo("beta");
  }

  @Test
  void wrongCommunityIsDroppedAndCounted() throws Exception {
    String inBadCommunityNames = "1.3.6.1.2.1.11.4.0";
    long before = ((Counter32) client.get(v2c(), inBadCommunityNames).get(0).getVariable()).getValue();
    PDU r = client.get(client.community(SnmpConstants.version2c, "wrong"), "1.3.6.1.2.1.1.1.0");
    assertThat(r).isNull();
    long after = ((Counter32) client.get(v2c(), inBadCommunityNames).get(0).getVariable()).getValue();
    assertThat(after).isEqualTo(before + 1);
  }

  @Test
  void systemGroupIdentifiesJkeepalived() throws Exception {
    PDU r = client.get(v2c(), "1.3.6.1.2.1.1.1.0", "1.3.6.1.2.1.1.2.0", "1.3.6.1.2.1.1.3.0");
    assertThat(r.get(0).getVariable().toString()).startsWith("jkeepalived");
    assertThat(r.get(1).getVariable()).isEqualTo(new OID("1.3.6.1.4.1.9586.100.5"));
    assertThat(r.get(2).getVariable().getSyntax()).isEqualTo(new org.snmp4j.smi.TimeTicks().getSyntax());
  }
}
