package org.jkeepalived.test.vrrp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a node's console log ({@code -l}) for the lines the scenarios observe. keepalived 2.2.7
 * writes them, and <b>the jkeepalived VRRP engine must write the same words</b>, one event per
 * line. Anything may precede the instance name in parentheses (keepalived writes a timestamp, e.g.
 * {@code Mon Nov 23 12:40:19 2026: }); the text from the parenthesis on must be exactly:
 *
 * <pre>
 * (VI_1) Entering BACKUP STATE (init)     startup, before the first advert is heard
 * (VI_1) Entering BACKUP STATE            any later move to BACKUP (higher priority heard, fault gone)
 * (VI_1) Entering MASTER STATE            on becoming master (then VIPs are added, GARP/NA sent)
 * (VI_1) Entering FAULT STATE             interface down (or a tracked object failed)
 * (VI_1) received an invalid passwd!      a VRRPv2 advert whose PASS auth data does not match
 * (VI_1) sent 0 priority                  shutdown: the priority-0 advert of RFC 5798 6.4.3 went out
 * </pre>
 *
 * A start marker line written by the lab ({@value #START_MARKER} ...) separates the runs of one
 * node in one file; {@link #sinceLastStart(String)} keeps the newest run only.
 */
public final class VrrpLog {
  /** Prefix of the line the lab writes before each start of a node. */
  public static final String START_MARKER = "### jklab start";

  private static final Pattern STATE =
      Pattern.compile(
          "\\((?<inst>[^)\\s]+)\\) Entering (?<state>MASTER|BACKUP|FAULT) STATE"
              + "(?: \\((?<why>[^)]*)\\))?\\s*$");
  private static final String AUTH_ERROR = ") received an invalid passwd!";
  private static final String SENT_PRIORITY_0 = ") sent 0 priority";

  private VrrpLog() {}

  /** A state line: which instance entered which state, with keepalived's reason if any. */
  public record Transition(String instance, LoggedVrrpState state, String reason, int line) {}

  /** Every state transition in {@code log}, in order. */
  public static List<Transition> transitions(String log) {
    List<Transition> out = new ArrayList<>();
    String[] lines = log.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = STATE.matcher(lines[i]);
      if (m.find()) {
        String why = m.group("why") == null ? "" : m.group("why");
        out.add(new Transition(m.group("inst"), LoggedVrrpState.valueOf(m.group("state")), why, i + 1));
      }
    }
    return out;
  }

  /** The transitions of one instance. */
  public static List<Transition> transitions(String log, String instance) {
    return transitions(log).stream().filter(t -> t.instance().equals(instance)).toList();
  }

  /** The last state {@code instance} entered, UNKNOWN if none. */
  public static LoggedVrrpState state(String log, String instance) {
    List<Transition> all = transitions(log, instance);
    return all.isEmpty() ? LoggedVrrpState.UNKNOWN : all.get(all.size() - 1).state();
  }

  /** How many PASS authentication failures {@code instance} logged. */
  public static long authErrors(String log, String instance) {
    return count(log, "(" + instance + AUTH_ERROR);
  }

  /** Whether {@code instance} logged its priority-0 advert at shutdown. */
  public static boolean sentPriorityZero(String log, String instance) {
    return count(log, "(" + instance + SENT_PRIORITY_0) > 0;
  }

  /** The part of {@code log} after the last start marker (all of it if there is none). */
  public static String sinceLastStart(String log) {
    int at = log.lastIndexOf(START_MARKER);
    return at < 0 ? log : log.substring(at);
  }

  private static long count(String log, String needle) {
    return log.lines().filter(l -> l.contains(needle)).count();
  }
}
