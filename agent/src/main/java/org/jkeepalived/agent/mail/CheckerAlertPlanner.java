package org.jkeepalived.agent.mail;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jkeepalived.mibs.config.lvs.CheckerConfig;
import org.jkeepalived.mibs.config.lvs.CheckerKind;
import org.jkeepalived.mibs.config.lvs.VirtualServerConfig;
import org.jkeepalived.mibs.model.CheckerState;
import org.jkeepalived.mibs.model.QuorumStatus;
import org.jkeepalived.mibs.model.RealServerRow;
import org.jkeepalived.mibs.model.RealServerState;
import org.jkeepalived.mibs.model.RealServerStatus;
import org.jkeepalived.mibs.model.VirtualServerState;

/**
 * Which checker and quorum changes send mail, with keepalived 2.2.7's words.
 *
 * <p>Real servers (check_tcp.c, check_http.c, check_misc.c, ... ; core/smtp.c SMTP_MSG_RS): each
 * checker that turns up or down mails {@code [ROUTER_ID] Realserver RS of virtual server VS -
 * UP|DOWN} (the server's aliveness after that checker's verdict) with the checker's own body, such
 * as {@code => TCP CHECK failed on service <=}, when the real server's {@code smtp_alert} is on
 * (resolved by the configuration loader: real_server's, else {@code smtp_alert_checker}, else
 * {@code smtp_alert}, else on); under {@code no_checker_emails} only the verdict that changes the
 * server's aliveness mails. FILE_CHECK never mails. The engine publishes each checker's state
 * ({@link CheckerState}): every checker that turned mails its own body, in checker order, an
 * SMTP_CHECK's failure with its reason ({@code => CHECK failed on service : Connection timeout to
 * server [198.18.1.2]:25 <=}, check_smtp.c smtp_final), a MISC_CHECK's with "timed out" when its
 * script did. A state that carries only the count of failing checkers (the configuration
 * loader's) is read as one step per checker, with the body of the server's checker kind when all
 * its mailing checkers are of one kind, else the generic {@code => CHECK failed on service <=}.
 * A server the engine takes down without a verdict (the daemon stops) mails {@code => Shutting
 * down <=} (ipwrapper.c clear_service_rs; only with {@code omega}); one a reload removes mails
 * {@code => Removing <=} ({@link #removed}).
 *
 * <p>Virtual servers (ipwrapper.c update_quorum_state, do_vs_notifies; SMTP_MSG_VS): {@code
 * [ROUTER_ID] Virtualserver VS - UP|DOWN}, body {@code => Gained quorum Q+H=T <= W <=} or {@code
 * => Lost quorum Q+H=T <= W <=} (T the threshold crossed: quorum plus hysteresis to gain, minus
 * it to lose, printed after "Q+H=" all the same; W the live weight), at start only {@code => Starting with quorum down ...} when a sorry server exists,
 * and {@code => Shutting down <=} on stop with {@code omega}; only with the virtual server's
 * {@code smtp_alert}. Pure.
 */
public final class CheckerAlertPlanner {
  private static final String GENERIC_UP = "=> CHECK succeed on service <=";
  private static final String GENERIC_DOWN = "=> CHECK failed on service <=";

  /** Body per checker kind: {succeeded, failed}. BFD_CHECK is built with its name. */
  private static final Map<CheckerKind, String[]> BODIES = new EnumMap<>(Map.of(
      CheckerKind.TCP_CHECK, new String[] {"=> TCP CHECK succeed on service <=",
          "=> TCP CHECK failed on service <="},
      CheckerKind.HTTP_GET, new String[] {GENERIC_UP,
          "=> CHECK failed on service : HTTP request failed <="},
      CheckerKind.SSL_GET, new String[] {GENERIC_UP,
          "=> CHECK failed on service : HTTP request failed <="},
      CheckerKind.SMTP_CHECK, new String[] {GENERIC_UP, GENERIC_DOWN},
      CheckerKind.DNS_CHECK, new String[] {"=> DNS_CHECK: succeed on service <=",
          "=> DNS_CHECK: failed on service <="},
      CheckerKind.MISC_CHECK, new String[] {"=> MISC CHECK succeeded on service <=",
          "=> MISC CHECK failed on service <="},
      CheckerKind.UDP_CHECK, new String[] {"=> UDP CHECK succeed on service <=",
          "=> UDP CHECK failed on service <="},
      CheckerKind.PING_CHECK, new String[] {"=> ICMP CHECK succeed on service <=",
          "=> ICMP CHECK failed on service <="}));

  /**
   * The mails for a real server's new state.
   *
   * @param vsName the virtual server as keepalived's FMT_VS prints it
   * @param rsName the real server as FMT_RS prints it
   * @param stopping whether the daemon is stopping (the virtual server reads shutdown)
   */
  public List<SmtpAlert> realServer(VirtualServerConfig vs, String vsName, RealServerRow rs,
      String rsName, RealServerState before, RealServerState after, boolean stopping,
      boolean noCheckerEmails, String routerId) {
    List<SmtpAlert> out = new ArrayList<>();
    // a sorry server has no checkers; the first state is the start, before any verdict
    if (rs.sorry() || !rs.config().smtpAlert() || before == null || after == null) {
      return out;
    }
    String subject = "[" + routerId + "] Realserver " + rsName + " of virtual server " + vsName
        + " - ";
    if (perChecker(rs, before, after) && !before.checkers().stream().map(CheckerState::up)
        .toList().equals(after.checkers().stream().map(CheckerState::up).toList())) {
      return eachChecker(rs, subject, before, after, noCheckerEmails);
    }
    long from = before.failedChecks();
    long to = after.failedChecks();
    if (from == to) {
      if (before.status() == RealServerStatus.ALIVE && after.status() == RealServerStatus.DEAD
          && (!stopping || vs.omega())) {
        out.add(new SmtpAlert(subject + "DOWN",
            stopping ? "=> Shutting down <=" : "=> Removing <="));
      }
      return out;
    }
    String[] body = body(rs);
    if (body == null) {
      return out;
    }
    int step = to > from ? 1 : -1;
    for (long failed = from; failed != to; failed += step) {
      boolean wasAlive = failed == 0;
      long next = failed + step;
      boolean alive = next == to ? after.status() == RealServerStatus.ALIVE : next == 0;
      if (wasAlive != alive || !noCheckerEmails) {
        out.add(new SmtpAlert(subject + (alive ? "UP" : "DOWN"), step < 0 ? body[0] : body[1]));
      }
    }
    return out;
  }

  /**
   * The mail of a real server a reload removed while alive (ipwrapper.c clear_diff_rs,
   * clear_service_rs), or none.
   */
  public Optional<SmtpAlert> removed(String vsName, RealServerRow rs, String rsName,
      RealServerState last, String routerId) {
    if (rs.sorry() || !rs.config().smtpAlert() || last == null
        || last.status() != RealServerStatus.ALIVE) {
      return Optional.empty();
    }
    return Optional.of(new SmtpAlert("[" + routerId + "] Realserver " + rsName
        + " of virtual server " + vsName + " - DOWN", "=> Removing <="));
  }

  /** Whether both states say each checker's verdict, for the checkers the server has. */
  private static boolean perChecker(RealServerRow rs, RealServerState before,
      RealServerState after) {
    List<CheckerConfig> configs = rs.config().checkers();
    if (before.checkers().size() != configs.size() || after.checkers().size() != configs.size()
        || configs.isEmpty()) {
      return false;
    }
    for (int i = 0; i < configs.size(); i++) {
      CheckerKind k = configs.get(i).kind();
      if (before.checkers().get(i).kind() != k || after.checkers().get(i).kind() != k) {
        return false;
      }
    }
    return true;
  }

  /**
   * One mail per checker that turned, in checker order, as keepalived handles one verdict at a
   * time: the server's aliveness after each is that of its failing count then, the last one's the
   * published status.
   */
  private static List<SmtpAlert> eachChecker(RealServerRow rs, String subject,
      RealServerState before, RealServerState after, boolean noCheckerEmails) {
    List<SmtpAlert> out = new ArrayList<>();
    List<Integer> turned = new ArrayList<>();
    for (int i = 0; i < after.checkers().size(); i++) {
      if (before.checkers().get(i).up() != after.checkers().get(i).up()) {
        turned.add(i);
      }
    }
    long failed = before.failedChecks();
    for (int n = 0; n < turned.size(); n++) {
      int i = turned.get(n);
      CheckerState c = after.checkers().get(i);
      boolean wasAlive = failed == 0;
      failed += c.up() ? -1 : 1;
      boolean alive = n == turned.size() - 1 ? after.status() == RealServerStatus.ALIVE
          : failed == 0;
      CheckerConfig config = rs.config().checkers().get(i);
      if (config.kind() != CheckerKind.FILE_CHECK && (wasAlive != alive || !noCheckerEmails)) {
        out.add(new SmtpAlert(subject + (alive ? "UP" : "DOWN"), body(config, c)));
      }
    }
    return out;
  }

  /** keepalived's body for one checker's verdict (check_*.c smtp_alert calls). */
  static String body(CheckerConfig config, CheckerState c) {
    return switch (config.kind()) {
      case SMTP_CHECK -> c.up() || c.reason().isBlank() ? (c.up() ? GENERIC_UP : GENERIC_DOWN)
          : "=> CHECK failed on service : " + c.reason() + " <=";
      case MISC_CHECK -> "=> MISC CHECK " + (c.up() ? "succeeded"
          : "timed out".equals(c.reason()) ? "timed out" : "failed") + " on service <=";
      case BFD_CHECK -> "=> BFD CHECK " + ((CheckerConfig.BfdCheck) config).name() + " "
          + (c.up() ? "succeeded" : "failed") + " on service <=";
      default -> BODIES.get(config.kind())[c.up() ? 0 : 1];
    };
  }

  /** {succeeded, failed} bodies of the server's checkers, null when none of them mails. */
  static String[] body(RealServerRow rs) {
    List<CheckerConfig> mailing = rs.config().checkers().stream()
        .filter(c -> c.kind() != CheckerKind.FILE_CHECK).toList();
    if (mailing.isEmpty()) {
      return null;
    }
    Set<String> bfdNames = mailing.stream().filter(c -> c instanceof CheckerConfig.BfdCheck)
        .map(c -> ((CheckerConfig.BfdCheck) c).name()).collect(Collectors.toSet());
    Set<CheckerKind> kinds = mailing.stream().map(CheckerConfig::kind)
        .collect(Collectors.toSet());
    if (kinds.size() != 1) {
      return new String[] {GENERIC_UP, GENERIC_DOWN};
    }
    CheckerKind kind = kinds.iterator().next();
    if (kind == CheckerKind.BFD_CHECK) {
      if (bfdNames.size() != 1) {
        return new String[] {GENERIC_UP, GENERIC_DOWN};
      }
      String name = bfdNames.iterator().next();
      return new String[] {"=> BFD CHECK " + name + " succeeded on service <=",
          "=> BFD CHECK " + name + " failed on service <="};
    }
    return BODIES.get(kind);
  }

  /**
   * The mail for a virtual server's new quorum state.
   *
   * @param liveWeight the summed weight of its live real servers (weigh_live_realservers)
   */
  public Optional<SmtpAlert> virtualServer(VirtualServerConfig vs, String vsName,
      VirtualServerState before, VirtualServerState after, long liveWeight, String routerId) {
    if (!vs.smtpAlert() || after == null) {
      return Optional.empty();
    }
    QuorumStatus was = before == null ? null : before.quorumStatus();
    QuorumStatus now = after.quorumStatus();
    if (was == now) {
      return Optional.empty();
    }
    String subject = "[" + routerId + "] Virtualserver " + vsName + " - ";
    if (now == QuorumStatus.SHUTDOWN) {
      return vs.omega() ? Optional.of(new SmtpAlert(subject + "DOWN", "=> Shutting down <="))
          : Optional.empty();
    }
    boolean up = now == QuorumStatus.MET;
    boolean start = was == null;
    // at start keepalived mails only a quorum it lacks, and only to put in a sorry server
    if (start && (up || vs.sorryServer() == null)) {
      return Optional.empty();
    }
    // the threshold just crossed: quorum - hysteresis to lose a quorum held, + to gain one
    long threshold = vs.quorum() + (was == QuorumStatus.MET ? -vs.hysteresis() : vs.hysteresis());
    String what = up ? "Gained quorum" : start ? "Starting with quorum down" : "Lost quorum";
    return Optional.of(new SmtpAlert(subject + (up ? "UP" : "DOWN"), "=> " + what + " "
        + vs.quorum() + "+" + vs.hysteresis() + "=" + threshold + " <= " + liveWeight + " <="));
  }
}
