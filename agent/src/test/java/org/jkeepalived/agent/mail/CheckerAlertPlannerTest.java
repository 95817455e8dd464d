package org.jkeepalived.agent.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jkeepalived.mibs.config.lvs.CheckerConfig;
import org.jkeepalived.mibs.config.lvs.Forwarding;
import org.jkeepalived.mibs.config.lvs.IpFamily;
import org.jkeepalived.mibs.config.lvs.IpvsScheduler;
import org.jkeepalived.mibs.config.lvs.LvsProtocol;
import org.jkeepalived.mibs.config.lvs.RealServerConfig;
import org.jkeepalived.mibs.config.lvs.SorryServer;
import org.jkeepalived.mibs.config.lvs.VirtualServerConfig;
import org.jkeepalived.mibs.config.lvs.VirtualServiceId;
import org.jkeepalived.mibs.model.CheckDurations;
import org.jkeepalived.mibs.model.CheckerState;
import org.jkeepalived.mibs.model.IpvsStats;
import org.jkeepalived.mibs.model.QuorumStatus;
import org.jkeepalived.mibs.model.RealServerRow;
import org.jkeepalived.mibs.model.RealServerState;
import org.jkeepalived.mibs.model.RealServerStatus;
import org.jkeepalived.mibs.model.VirtualServerState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** keepalived 2.2.7's checker and quorum mails (check_*.c, ipwrapper.c, smtp.c). */
public class CheckerAlertPlannerTest {
  private static final String VS = "[198.18.0.10]:tcp:80";
  private static final String RS = "[198.18.1.2]:tcp:80";
  private static final String SUBJECT = "[lb1] Realserver " + RS + " of virtual server " + VS
      + " - ";
  private final CheckerAlertPlanner planner = new CheckerAlertPlanner();

  static InetAddress ip(String s) {
    try {
      return InetAddress.getByName(s);
    } catch (java.net.UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }

  public static VirtualServerConfig vs(boolean smtpAlert, boolean omega, long quorum, long hysteresis,
      SorryServer sorry) {
    return new VirtualServerConfig(new VirtualServiceId.Address(ip("198.18.0.10"), 80),
        IpFamily.INET, LvsProtocol.TCP, IpvsScheduler.WRR, Set.of(), Forwarding.NAT, null, -1,
        null, false, smtpAlert, null, null, false, omega, quorum, hysteresis, null, null, sorry,
        Duration.ofSeconds(6), false, List.of());
  }

  public static RealServerRow rs(boolean smtpAlert, CheckerConfig... checkers) {
    return rsAt("198.18.1.2", smtpAlert, checkers);
  }

  /** A real server at ADDRESS:80. */
  public static RealServerRow rsAt(String address, boolean smtpAlert, CheckerConfig... checkers) {
    return RealServerRow.of(new RealServerConfig(ip(address), 80, 3, Forwarding.NAT, false,
        null, null, 0, 0, smtpAlert, null, null, false, Duration.ofSeconds(3),
        Duration.ofSeconds(6), List.of(checkers)));
  }

  static RealServerState rsState(RealServerStatus status, long failed) {
    return new RealServerState(status, failed, IpvsStats.ZERO);
  }

  static VirtualServerState vsState(QuorumStatus q) {
    return new VirtualServerState(q, 1, 2, IpvsStats.ZERO);
  }

  private static final CheckerConfig TCP = new CheckerConfig.TcpCheck(null, null);

  static Stream<Arguments> bodies() {
    return Stream.of(
        Arguments.of(TCP, "=> TCP CHECK succeed on service <=",
            "=> TCP CHECK failed on service <="),
        Arguments.of(new CheckerConfig.HttpGetCheck(null, null, null),
            "=> CHECK succeed on service <=",
            "=> CHECK failed on service : HTTP request failed <="),
        Arguments.of(new CheckerConfig.SslGetCheck(null, null, null, false),
            "=> CHECK succeed on service <=",
            "=> CHECK failed on service : HTTP request failed <="),
        Arguments.of(new CheckerConfig.SmtpCheck(null, null, "h", List.of()),
            "=> CHECK succeed on service <=", "=> CHECK failed on service <="),
        Arguments.of(new CheckerConfig.DnsCheck(null, null, null, "x"),
            "=> DNS_CHECK: succeed on service <=", "=> DNS_CHECK: failed on service <="),
        Arguments.of(new CheckerConfig.UdpCheck(null, null, null),
            "=> UDP CHECK succeed on service <=", "=> UDP CHECK failed on service <="),
        Arguments.of(new CheckerConfig.PingCheck(null, null),
            "=> ICMP CHECK succeed on service <=", "=> ICMP CHECK failed on service <="),
        Arguments.of(new CheckerConfig.BfdCheck("bfd1"),
            "=> BFD CHECK bfd1 succeeded on service <=",
            "=> BFD CHECK bfd1 failed on service <="));
  }

  @ParameterizedTest
  @MethodSource("bodies")
  void eachCheckerKindHasKeepalivedsBody(CheckerConfig checker, String up, String down) {
    RealServerRow row = rs(true, checker);
    assertThat(planner.realServer(vs(false, false, 1, 0, null), VS, row, RS,
        rsState(RealServerStatus.ALIVE, 0), rsState(RealServerStatus.DEAD, 1), false, false, "lb1"))
        .containsExactly(new SmtpAlert(SUBJECT + "DOWN", down));
    assertThat(planner.realServer(vs(false, false, 1, 0, null), VS, row, RS,
        rsState(RealServerStatus.DEAD, 1), rsState(RealServerStatus.ALIVE, 0), false, false, "lb1"))
        .containsExactly(new SmtpAlert(SUBJECT + "UP", up));
  }

  @Test
  void mixedKindsSayTheGenericCheckText() {
    RealServerRow row = rs(true, TCP, new CheckerConfig.PingCheck(null, null));
    assertThat(planner.realServer(vs(false, false, 1, 0, null), VS, row, RS,
        rsState(RealServerStatus.ALIVE, 0), rsState(RealServerStatus.DEAD, 1), false, false, "lb1"))
        .containsExactly(new SmtpAlert(SUBJECT + "DOWN", "=> CHECK failed on service <="));
  }

  @Test
  void fileChecksNeverMail() {
    RealServerRow row = rs(true, new CheckerConfig.FileCheck("/run/x", 0, false));
    assertThat(planner.realServer(vs(false, false, 1, 0, null), VS, row, RS,
        rsState(RealServerStatus.ALIVE, 0), rsState(RealServerStatus.DEAD, 1), false, false, "lb1"))
        .isEmpty();
  }

  /**
   * Rows: failed checks before, after, the status after, no_checker_emails, then the subjects'
   * ends of the mails: one per checker verdict, or only the one that turns the server.
   */
  static Stream<Arguments> steps() {
    return Stream.of(
        Arguments.of(0, 2, RealServerStatus.DEAD, false, List.of("DOWN", "DOWN")),
        Arguments.of(0, 2, RealServerStatus.DEAD, true, List.of("DOWN")),
        Arguments.of(1, 2, RealServerStatus.DEAD, true, List.of()),
        Arguments.of(1, 2, RealServerStatus.DEAD, false, List.of("DOWN")),
        Arguments.of(2, 0, RealServerStatus.ALIVE, false, List.of("DOWN", "UP")),
        Arguments.of(2, 0, RealServerStatus.ALIVE, true, List.of("UP")),
        Arguments.of(2, 1, RealServerStatus.DEAD, true, List.of()));
  }

  @ParameterizedTest
  @MethodSource("steps")
  void oneMailPerCheckerVerdictUnlessNoCheckerEmails(long from, long to, RealServerStatus after,
      boolean noCheckerEmails, List<String> ends) {
    RealServerRow row = rs(true, TCP, TCP);
    RealServerStatus before = from == 0 ? RealServerStatus.ALIVE : RealServerStatus.DEAD;
    List<SmtpAlert> mails = planner.realServer(vs(false, false, 1, 0, null), VS, row, RS,
        rsState(before, from), rsState(after, to), false, noCheckerEmails, "lb1");
    assertThat(mails).extracting(SmtpAlert::subject)
        .containsExactlyElementsOf(ends.stream().map(e -> SUBJECT + e).toList());
  }

  @Test
  void theRealServersSmtpAlertOffOrTheFirstStateMailsNothing() {
    RealServerRow off = rs(false, TCP);
    assertThat(planner.realServer(vs(true, false, 1, 0, null), VS, off, RS,
        rsState(RealServerStatus.ALIVE, 0), rsState(RealServerStatus.DEAD, 1), false, false, "lb1"))
        .isEmpty();
    assertThat(planner.realServer(vs(true, false, 1, 0, null), VS, rs(true, TCP), RS, null,
        rsState(RealServerStatus.DEAD, 1), false, false, "lb1")).isEmpty();
  }

  @Test
  void aServerTakenDownWithoutAVerdictIsRemovedOrShutDownUnderOmega() {
    RealServerRow row = rs(true, TCP);
    RealServerState up = rsState(RealServerStatus.ALIVE, 0);
    RealServerState down = rsState(RealServerStatus.DEAD, 0);
    assertThat(planner.realServer(vs(false, false, 1, 0, null), VS, row, RS, up, down, false,
        false, "lb1")).containsExactly(new SmtpAlert(SUBJECT + "DOWN", "=> Removing <="));
    assertThat(planner.realServer(vs(false, true, 1, 0, null), VS, row, RS, up, down, true,
        false, "lb1")).containsExactly(new SmtpAlert(SUBJECT + "DOWN", "=> Shutting down <="));
    assertThat(planner.realServer(vs(false, false, 1, 0, null), VS, row, RS, up, down, true,
        false, "lb1")).isEmpty();
  }

  private static CheckerState checker(CheckerConfig c, boolean up, String reason) {
    return new CheckerState(c.kind(), up, reason, CheckDurations.NONE);
  }

  private static RealServerState perChecker(RealServerStatus status, CheckerState... checkers) {
    long failed = java.util.Arrays.stream(checkers).filter(c -> !c.up()).count();
    return new RealServerState(status, failed, IpvsStats.ZERO, List.of(checkers));
  }

  @Test
  void checkersOfSeveralKindsMailTheBodyOfTheOneThatTurned() {
    CheckerConfig ping = new CheckerConfig.PingCheck(null, null);
    RealServerRow row = rs(true, TCP, ping);
    List<SmtpAlert> down = planner.realServer(vs(false, false, 1, 0, null), VS, row, RS,
        perChecker(RealServerStatus.ALIVE, checker(TCP, true, ""), checker(ping, true, "")),
        perChecker(RealServerStatus.DEAD, checker(TCP, true, ""), checker(ping, false, "x")),
        false, false, "lb1");
    assertThat(down).containsExactly(
        new SmtpAlert(SUBJECT + "DOWN", "=> ICMP CHECK failed on service <="));
    // two verdicts in one batch: keepalived's order (the checkers'), aliveness after each
    List<SmtpAlert> both = planner.realServer(vs(false, false, 1, 0, null), VS, row, RS,
        perChecker(RealServerStatus.DEAD, checker(TCP, false, ""), checker(ping, true, "")),
        perChecker(RealServerStatus.DEAD, checker(TCP, true, ""), checker(ping, false, "")),
        false, false, "lb1");
    assertThat(both).containsExactly(
        new SmtpAlert(SUBJECT + "UP", "=> TCP CHECK succeed on service <="),
        new SmtpAlert(SUBJECT + "DOWN", "=> ICMP CHECK failed on service <="));
  }

  @Test
  void smtpCheckFailureCarriesItsReasonAndMiscCheckItsTimeout() {
    CheckerConfig smtp = new CheckerConfig.SmtpCheck(null, null, "h", List.of());
    RealServerRow row = rs(true, smtp, TCP);
    String reason = "Connection timeout to server [198.18.1.2]:25";
    assertThat(planner.realServer(vs(false, false, 1, 0, null), VS, row, RS,
        perChecker(RealServerStatus.ALIVE, checker(smtp, true, ""), checker(TCP, true, "")),
        perChecker(RealServerStatus.DEAD, checker(smtp, false, reason), checker(TCP, true, "")),
        false, false, "lb1")).containsExactly(new SmtpAlert(SUBJECT + "DOWN",
            "=> CHECK failed on service : " + reason + " <="));
    CheckerConfig misc = new CheckerConfig.MiscCheck(null, null, null, false);
    assertThat(CheckerAlertPlanner.body(misc, checker(misc, false, "timed out")))
        .isEqualTo("=> MISC CHECK timed out on service <=");
    assertThat(CheckerAlertPlanner.body(misc, checker(misc, false, "exited with status 1")))
        .isEqualTo("=> MISC CHECK failed on service <=");
    assertThat(CheckerAlertPlanner.body(misc, checker(misc, true, "exited with status 0")))
        .isEqualTo("=> MISC CHECK succeeded on service <=");
  }

  @Test
  void aLiveServerAReloadRemovesMailsRemoving() {
    assertThat(planner.removed(VS, rs(true, TCP), RS, rsState(RealServerStatus.ALIVE, 0), "lb1"))
        .contains(new SmtpAlert(SUBJECT + "DOWN", "=> Removing <="));
    assertThat(planner.removed(VS, rs(true, TCP), RS, rsState(RealServerStatus.DEAD, 1), "lb1"))
        .as("a dead one was already mailed down").isEmpty();
    assertThat(planner.removed(VS, rs(false, TCP), RS, rsState(RealServerStatus.ALIVE, 0), "lb1"))
        .isEmpty();
  }

  /** Rows: omega, sorry server, state before (null: start), after, then subject end and body. */
  static Stream<Arguments> quorum() {
    SorryServer sorry = new SorryServer(ip("198.18.1.9"), 80, Forwarding.NAT, false);
    return Stream.of(
        Arguments.of(false, null, QuorumStatus.NOT_MET, QuorumStatus.MET, "UP",
            "=> Gained quorum 4+1=5 <= 6 <="),
        Arguments.of(false, null, QuorumStatus.MET, QuorumStatus.NOT_MET, "DOWN",
            "=> Lost quorum 4+1=3 <= 6 <="),
        Arguments.of(false, sorry, null, QuorumStatus.NOT_MET, "DOWN",
            "=> Starting with quorum down 4+1=5 <= 6 <="),
        Arguments.of(false, null, null, QuorumStatus.NOT_MET, null, null),
        Arguments.of(false, sorry, null, QuorumStatus.MET, null, null),
        Arguments.of(true, null, QuorumStatus.MET, QuorumStatus.SHUTDOWN, "DOWN",
            "=> Shutting down <="),
        Arguments.of(false, null, QuorumStatus.MET, QuorumStatus.SHUTDOWN, null, null),
        Arguments.of(false, null, QuorumStatus.MET, QuorumStatus.MET, null, null));
  }

  @ParameterizedTest
  @MethodSource("quorum")
  void quorumMailsAsKeepalivedsDoVsNotifies(boolean omega, SorryServer sorry, QuorumStatus before,
      QuorumStatus after, String end, String body) {
    var mail = planner.virtualServer(vs(true, omega, 4, 1, sorry), VS,
        before == null ? null : vsState(before), vsState(after), 6, "lb1");
    if (end == null) {
      assertThat(mail).isEmpty();
    } else {
      assertThat(mail).contains(new SmtpAlert("[lb1] Virtualserver " + VS + " - " + end, body));
    }
  }

  @Test
  void aVirtualServerWithoutSmtpAlertMailsNothing() {
    assertThat(planner.virtualServer(vs(false, false, 1, 0, null), VS,
        vsState(QuorumStatus.MET), vsState(QuorumStatus.NOT_MET), 0, "lb1")).isEmpty();
  }
}
