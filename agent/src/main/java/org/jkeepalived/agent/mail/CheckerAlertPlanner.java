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
 * server's aliveness mails. FILE_CHECK never mails. The store carries how many checkers fail, not
 * which: each step of that count is one checker's verdict, and its body is that of the server's
 * checker kind when all its (mailing) checkers are of one kind, else the generic {@code => CHECK
 * failed on service <=}. A server the engine takes down without a verdict (a reload removes it,
 * or the daemon stops) mails {@code => Removing <=} or {@code => Shutting down <=}
 * (ipwrapper.c clear_service_rs; on stop only with {@code omega}).
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
