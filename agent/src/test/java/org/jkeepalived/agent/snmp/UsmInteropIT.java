package org.jkeepalived.agent.snmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.testkit.Programs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SNMPv3 (USM, RFC 3414 and RFC 7860) against net-snmp's snmpget: every authentication and
 * privacy protocol the README lists works, and the errors a manager can make get the report
 * net-snmp's snmpd sends (RFC 3414 section 3.2), counted in usmStats.
 */
class UsmInteropIT {
  static final int PORT = 16103;
  static final String AGENT = "udp:127.0.0.1:" + PORT;
  static final String AUTH_PASS = "auth-pass-123";
  static final String PRIV_PASS = "priv-pass-123";
  /** SNMP-USER-BASED-SM-MIB usmStats (RFC 3414 section 5). */
  static final String USM_STATS = "1.3.6.1.6.3.15.1.1";
  static final String UNSUPPORTED_SEC_LEVELS = USM_STATS + ".1.0";
  static final String WRONG_DIGESTS = USM_STATS + ".5.0";
  static final String ROW = FakeMib.ENTRY_OID + ".5.1";
  /** The user that reads usmStats (SHA-256, AES). */
  static final String STATS_USER = "stats";

  @TempDir static Path dir;
  static ObjectStore store;
  static SnmpAgent agent;

  @BeforeAll
  static void startAgent() throws Exception {
    Programs.require("snmpget"); // a missing tool fails naming its package; never a skip
    StringBuilder users = new StringBuilder();
    for (AuthProtocol a : AuthProtocol.values()) {
      users.append(user(name(a, null), a, null));
      for (PrivProtocol p : PrivProtocol.values()) {
        users.append(user(name(a, p), a, p));
      }
    }
    store = FakeMib.populatedStore();
    agent =
        TestAgents.startFromFile(
            dir,
            """
            listen = udp:127.0.0.1:%d
            view.usmstats.include = %s
            %s%s
            user.%s.readView = usmstats
            """
                .formatted(
                    PORT, USM_STATS, users,
                    user(STATS_USER, AuthProtocol.SHA_256, PrivProtocol.AES128), STATS_USER),
            FakeMib.binding(store));
  }


  private static String user(String name, AuthProtocol a, PrivProtocol p) {
    StringBuilder b = new StringBuilder();
    b.append("user.%s.auth = %s\nuser.%s.authPassword = %s\n".formatted(name, a.label(), name, AUTH_PASS));
    if (p != null) {
      b.append("user.%s.priv = %s\nuser.%s.privPassword = %s\n".formatted(name, p.label(), name, PRIV_PASS));
    }
    return b.toString();
  }

  private static String name(AuthProtocol a, PrivProtocol p) {
    String n = a.name().toLowerCase(Locale.ROOT).replace("_", "");
    return p == null ? n : n + "-" + p.name().toLowerCase(Locale.ROOT);
  }

  @AfterAll
  static void stopAgent() throws Exception {
    TestAgents.close(null, agent, store);
  }

  static Stream<Arguments> protocols() {
    List<Arguments> out = new ArrayList<>();
    for (AuthProtocol a : AuthProtocol.values()) {
      out.add(Arguments.of(a, null));
      for (PrivProtocol p : PrivProtocol.values()) {
        out.add(Arguments.of(a, p));
      }
    }
    return out.stream();
  }

  /** Issue 19 item 5: a SHA-1 user timed out ("authentication protocol ... not found"). */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("protocols")
  void everyListedProtocolAnswersNetSnmp(AuthProtocol a, PrivProtocol p) throws Exception {
    assertThat(v3("snmpget", name(a, p), a, AUTH_PASS, p, ROW))
        .containsExactly("." + ROW + " = STRING: \"MASTER\"");
  }

  /** Issue 19 item 4: a wrong password timed out; snmpd reports usmStatsWrongDigests. */
  @Test
  void aWrongAuthPasswordGetsAWrongDigestsReportAndIsCounted() throws Exception {
    // net-snmp's text for a usmStatsWrongDigests report (snmp_api.c SNMPERR_AUTHENTICATION_FAILURE)
    assertReported(WRONG_DIGESTS, name(AuthProtocol.SHA_256, PrivProtocol.AES128),
        "wrong-pass-123", "Authentication failure (incorrect password, community or key)");
  }

  /** Issue 19 item 4: authPriv for a user without a privacy key got no answer at all. */
  @Test
  void aSecurityLevelTheUserCannotDoGetsAnUnsupportedSecLevelsReport() throws Exception {
    // net-snmp's text for a usmStatsUnsupportedSecLevels report (SNMPERR_UNSUPPORTED_SEC_LEVEL)
    assertReported(UNSUPPORTED_SEC_LEVELS, name(AuthProtocol.SHA_256, null), AUTH_PASS,
        "Unsupported security level");
  }

  /**
   * An authPriv SHA-256/AES GET as {@code user} gets the report net-snmp prints as {@code text}
   * (not a timeout) and the report's usmStats {@code counter} grows by one.
   */
  private static void assertReported(String counter, String user, String authPass, String text)
      throws Exception {
    long before = counter(counter);
    List<String> out =
        v3("snmpget", user, AuthProtocol.SHA_256, authPass, PrivProtocol.AES128, ROW);
    assertThat(String.join("\n", out)).contains(text).doesNotContain("Timeout");
    assertThat(counter(counter)).isEqualTo(before + 1);
  }

  /**
   * Issue 19 sibling review: the predefined view "all" of a v3 user also showed SNMP4J's
   * NOTIFICATION-LOG-MIB (1.3.6.1.2.1.92, every notification sent, with writable limits),
   * SNMP-TLS-TM-MIB (1.3.6.1.2.1.198) and SNMP-USM-DH-OBJECTS-MIB (1.3.6.1.3.101, per-user key
   * change objects). A whole walk now reaches only the system and snmp groups, the served MIB
   * and the snmpEngine scalars, and still runs to the end (no view gap stops it).
   */
  @Test
  void theAllViewShowsOnlyWhatTheReadmeSays() throws Exception {
    List<String> out = v3("snmpbulkwalk", name(AuthProtocol.SHA_256, PrivProtocol.AES128),
        AuthProtocol.SHA_256, AUTH_PASS, PrivProtocol.AES128, "1.3.6.1");
    List<String> oids = out.stream().filter(l -> l.startsWith(".")).map(l -> l.split(" ")[0])
        .toList();
    assertThat(oids).isNotEmpty().allMatch(o -> o.startsWith(".1.3.6.1.2.1.1.")
        || o.startsWith(".1.3.6.1.2.1.11.") || o.startsWith("." + FakeMib.ROOT + ".")
        || o.startsWith(".1.3.6.1.6.3.10.2.1."));
    assertThat(oids).anyMatch(o -> o.startsWith("." + FakeMib.ROOT + "."))
        .anyMatch(o -> o.startsWith(".1.3.6.1.6.3.10.2.1."));
  }

  /**
   * Runs a net-snmp tool as a v3 user at authNoPriv ({@code priv} null) or authPriv, one try.
   *
   * @param tail the tool's last arguments (the OID)
   */
  private static List<String> v3(String tool, String user, AuthProtocol a, String authPass,
      PrivProtocol p, String... tail) throws Exception {
    List<String> command = new ArrayList<>(List.of(tool, "-v3", "-r", "0", "-t", "3"));
    command.addAll(List.of("-u", user, "-a", a.label(), "-A", authPass));
    if (p == null) {
      command.addAll(List.of("-l", "authNoPriv"));
    } else {
      command.addAll(List.of("-l", "authPriv", "-x", p.label(), "-X", PRIV_PASS));
    }
    command.addAll(List.of("-On", "-m", "", AGENT));
    command.addAll(List.of(tail));
    return NetSnmpInteropIT.run(command.toArray(String[]::new));
  }

  /** One usmStats counter, read by the user whose view holds them. */
  private static long counter(String oid) throws Exception {
    List<String> out = v3("snmpget", STATS_USER, AuthProtocol.SHA_256, AUTH_PASS,
        PrivProtocol.AES128, "-Oqv", oid);
    assertThat(out).hasSize(1);
    return Long.parseLong(out.get(0).trim());
  }
}
