package org.jkeepalived.agent.snmp;

import org.jkeepalived.testkit.Proc;

import org.jkeepalived.testkit.Programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.VariableBinding;

/** The agent against net-snmp's command line tools and snmptrapd. */
class NetSnmpInteropIT {
  static final int PORT = 16102;
  static final int TRAP_PORT = 16190;
  static final String AGENT = "udp:127.0.0.1:" + PORT;
  static final String ENGINE_ID = "8000257205010203";

  @TempDir static Path dir;
  static ObjectStore store;
  static SnmpAgent agent;

  @BeforeAll
  static void startAgent() throws Exception {
    Programs.require("snmpwalk"); // a missing tool fails naming its package; never a skip
    store = FakeMib.populatedStore();
    agent =
        TestAgents.startFromFile(
            dir,
            """
            listen = udp:127.0.0.1:%d
            writeCommunity = private-rw
            engineId = %s
            user.admin.auth = SHA-256
            user.admin.authPassword = auth-pass-123
            user.admin.priv = AES
            user.admin.privPassword = priv-pass-123
            user.admin.writeView = all
            trapsink.v2.address = udp:127.0.0.1:%d
            trapsink.v2.community = traps
            trapsink.v3.address = udp:127.0.0.1:%d
            trapsink.v3.version = 3
            trapsink.v3.user = admin
            trapsink.zinform.address = udp:127.0.0.1:%d
            trapsink.zinform.community = traps
            trapsink.zinform.type = inform
            trapsink.zinform.retries = 1
            trapsink.zinform.timeout = 3000
            """
                .formatted(PORT, ENGINE_ID, TRAP_PORT, TRAP_PORT, TRAP_PORT),
            FakeMib.binding(store));
  }

  @AfterAll
  static void stopAgent() {
    if (agent != null) {
      agent.close();
    }
    if (store != null) {
      store.close();
    }
  }

  @AfterEach
  void restore() {
    Transaction tx = store.begin(Origin.CONFIG_LOAD);
    tx.putConfig(FakeMib.WIDGETS, Index.of(2), new WidgetConfig("beta", 150));
    tx.commit();
  }

  /** Runs a command to completion (bounded) and returns its stdout+stderr lines. */
  static List<String> run(String... command) throws Exception {
    Proc.requirePrograms(command);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      List<String> lines = new ArrayList<>();
      Thread reader = new Thread(() -> readLines(p, lines));
      reader.start();
      assertThat(p.waitFor(20, TimeUnit.SECONDS)).as("%s finished", command[0]).isTrue();
      reader.join(2000);
      synchronized (lines) {
        return List.copyOf(lines);
      }
    } finally {
      p.destroyForcibly();
    }
  }

  private static void readLines(Process p, List<String> into) {
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        synchronized (into) {
          into.add(line);
        }
      }
    } catch (java.io.IOException e) {
      // The process went away: what was read so far stands.
    }
  }

  private static List<String> expectedTable() {
    String e = "." + FakeMib.ENTRY_OID;
    return List.of(
        e + ".2.1 = STRING: \"alpha\"",
        e + ".2.2 = STRING: \"beta\"",
        e + ".2.10 = STRING: \"gamma\"",
        e + ".3.1 = INTEGER: 100",
        e + ".3.2 = INTEGER: 150",
        e + ".3.10 = INTEGER: 50",
        e + ".4.1 = Counter32: 5",
        e + ".4.2 = Counter32: 7",
        e + ".4.7 = Counter32: 9",
        e + ".5.1 = STRING: \"MASTER\"",
        e + ".5.2 = STRING: \"BACKUP\"",
        e + ".5.7 = STRING: \"FAULT\"",
        "." + FakeMib.VERSION_OID + " = STRING: \"1.0-test\"",
        "." + FakeMib.MODE_OID + " = INTEGER: 1");
  }

  @Test
  void snmpwalkV2c() throws Exception {
    assertThat(run("snmpwalk", "-v2c", "-c", "public", "-On", "-m", "", AGENT, FakeMib.ROOT))
        .containsExactlyElementsOf(expectedTable());
  }

  @Test
  void snmpbulkwalkV2c() throws Exception {
    assertThat(
            run("snmpbulkwalk", "-v2c", "-c", "public", "-On", "-m", "", "-Cr5", AGENT, FakeMib.ROOT))
        .containsExactlyElementsOf(expectedTable());
  }

  @Test
  void snmpwalkOfTheSystemGroup() throws Exception {
    List<String> out = run("snmpwalk", "-v2c", "-c", "public", "-On", "-m", "", AGENT, "1.3.6.1.2.1.1");
    assertThat(out).anyMatch(l -> l.startsWith(".1.3.6.1.2.1.1.1.0 = STRING: \"jkeepalived"));
    assertThat(out).contains(".1.3.6.1.2.1.1.2.0 = OID: .1.3.6.1.4.1.9586.100.5");
  }

  @Test
  void snmpgetV3AuthPrivSha256Aes() throws Exception {
    assertThat(
            run("snmpget", "-v3", "-l", "authPriv", "-u", "admin", "-a", "SHA-256", "-A",
                "auth-pass-123", "-x", "AES", "-X", "priv-pass-123", "-On", "-m", "", AGENT,
                FakeMib.ENTRY_OID + ".5.1"))
        .containsExactly("." + FakeMib.ENTRY_OID + ".5.1 = STRING: \"MASTER\"");
  }

  @Test
  void communitiesCannotReadOrRewriteTheCommunityTable() throws Exception {
    // Issue 19 items 1 and 2: the community strings were readable and writable.
    List<String> walk =
        run("snmpwalk", "-v2c", "-c", "public", "-On", "-m", "", AGENT, "1.3.6.1.6.3.18");
    assertThat(String.join("\n", walk)).doesNotContain("private-rw").doesNotContain("\"public\"");
    assertThat(walk).noneMatch(l -> l.startsWith(".1.3.6.1.6.3.18."));
    List<String> rwWalk =
        run("snmpwalk", "-v2c", "-c", "private-rw", "-On", "-m", "", AGENT, "1.3.6.1.6.3");
    assertThat(rwWalk).isNotEmpty().allMatch(l -> l.startsWith(".1.3.6.1.6.3.10.2.1."));
    List<String> set =
        run("snmpset", "-v2c", "-c", "private-rw", "-m", "", AGENT,
            "1.3.6.1.6.3.18.1.1.1.2.114.119", "s", "hacked");
    assertThat(String.join("\n", set)).contains("noAccess");
    assertThat(run("snmpget", "-v2c", "-c", "private-rw", "-On", "-m", "", AGENT, "1.3.6.1.2.1.1.2.0"))
        .contains(".1.3.6.1.2.1.1.2.0 = OID: .1.3.6.1.4.1.9586.100.5");
  }

  @Test
  void snmpsetChangesTheStore() throws Exception {
    List<String> out =
        run("snmpset", "-v2c", "-c", "private-rw", "-On", "-m", "", AGENT,
            FakeMib.ENTRY_OID + ".3.2", "i", "111");
    assertThat(out).containsExactly("." + FakeMib.ENTRY_OID + ".3.2 = INTEGER: 111");
    assertThat(store.snapshot().config(FakeMib.WIDGETS, Index.of(2)).orElseThrow().priority())
        .isEqualTo(111);
  }

  @Test
  void snmpsetWithTheWrongTypeIsRefused() throws Exception {
    List<String> out =
        run("snmpset", "-v2c", "-c", "private-rw", "-m", "", AGENT,
            FakeMib.ENTRY_OID + ".3.2", "s", "111");
    assertThat(String.join("\n", out)).contains("wrongType");
    assertThat(store.snapshot().config(FakeMib.WIDGETS, Index.of(2)).orElseThrow().priority())
        .isEqualTo(150);
  }

  @Test
  void snmptrapdReceivesV2cAndV3TrapsFromTrapSender() throws Exception {
    Path conf = dir.resolve("snmptrapd.conf");
    Files.writeString(
        conf,
        """
        authCommunity log traps
        createUser -e 0x%s admin SHA-256 auth-pass-123 AES priv-pass-123
        authUser log admin
        """
            .formatted(ENGINE_ID));
    ProcessBuilder pb =
        new ProcessBuilder(
                "snmptrapd", "-f", "-Lo", "-n", "-C", "-c", conf.toString(), "-m", "",
                "udp:127.0.0.1:" + TRAP_PORT)
            .redirectErrorStream(true);
    pb.environment().put("SNMP_PERSISTENT_DIR", dir.resolve("trapd").toString());
    Process trapd = pb.start();
    List<String> lines = new ArrayList<>();
    Thread reader = new Thread(() -> readLines(trapd, lines));
    reader.setDaemon(true);
    reader.start();
    try {
      awaitLine(lines, "NET-SNMP version", 10_000);
      long t0 = System.nanoTime();
      agent
          .trapSender()
          .sendAsync(
              new OID(FakeMib.ROOT + ".0.1"),
              List.of(
                  new VariableBinding(
                      new OID(FakeMib.ENTRY_OID + ".5.1"), new OctetString("MASTER"))))
          .get(10, TimeUnit.SECONDS);
      long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
      // The inform sink's future completes when snmptrapd acknowledges it; unacknowledged it
      // would wait out its 3 s timeout and a retry first (RFC 3416 section 4.2.7).
      assertThat(elapsedMs).as("inform acknowledged without a retry").isLessThan(3000);
      // One notification per sink, v2c trap (community traps), v3 trap (user admin, authPriv)
      // and v2c inform, each with sysUpTime.0 and snmpTrapOID.0 first (RFC 3416 section 4.2.6),
      // then our varbind.
      awaitCount(lines, "99999.0.1", 3, 10_000);
      String all;
      synchronized (lines) {
        all = String.join("\n", lines);
      }
      assertThat(all).contains("MASTER");
      assertThat(all)
          .containsPattern("3\\.6\\.1\\.2\\.1\\.1\\.3\\.0 = Timeticks: [^\\n]*"
              + "3\\.6\\.1\\.6\\.3\\.1\\.1\\.4\\.1\\.0 = OID: [^\\n]*99999\\.0\\.1");
    } finally {
      trapd.destroy();
      if (!trapd.waitFor(5, TimeUnit.SECONDS)) {
        trapd.destroyForcibly();
      }
    }
  }

  private static void awaitLine(List<String> lines, String text, long millis) throws Exception {
    awaitCount(lines, text, 1, millis);
  }

  private static void awaitCount(List<String> lines, String text, int count, long millis)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    while (System.nanoTime() < deadline) {
      synchronized (lines) {
        if (lines.stream().filter(l -> l.contains(text)).count() >= count) {
          return;
        }
      }
      Thread.sleep(50);
    }
    synchronized (lines) {
      throw new AssertionError("no " + count + " x '" + text + "' in:\n" + String.join("\n", lines));
    }
  }
}
