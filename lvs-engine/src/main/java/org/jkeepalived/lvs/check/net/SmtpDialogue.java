package org.jkeepalived.lvs.check.net;

/**
 * The SMTP_CHECK conversation as a pure state machine (check_smtp.c {@code
 * smtp_engine_thread}): banner 220, then {@code HELO name}, reply 250, then {@code QUIT} and any
 * reply. A reply's status is three digits followed by a space or the end of the line, so a
 * multi-line "220-" banner fails, as in keepalived.
 */
public final class SmtpDialogue {
  /** What to do after a line. */
  public record Next(String send, boolean done, String failure) {}

  private enum State { BANNER, HELO, QUIT }

  private final String helo;
  private final String server;
  private State state = State.BANNER;

  /**
   * @param server keepalived's FMT_SMTP_RS of the host, {@code [ip]:port}
   */
  public SmtpDialogue(String heloName, String server) {
    this.helo = heloName;
    this.server = server;
  }

  /** keepalived's smtp_get_status: three digits then a space or nothing; -1 otherwise. */
  public static int status(String line) {
    if (line.length() < 3 || (line.length() > 3 && line.charAt(3) != ' ')) {
      return -1;
    }
    for (int i = 0; i < 3; i++) {
      if (!Character.isDigit(line.charAt(i))) {
        return -1;
      }
    }
    return Integer.parseInt(line.substring(0, 3));
  }

  public Next onLine(String line) {
    switch (state) {
      case BANNER -> {
        if (status(line) != 220) {
          return new Next(null, true, "Bad greeting banner from server " + server);
        }
        state = State.HELO;
        return new Next("HELO " + helo + "\r\n", false, null);
      }
      case HELO -> {
        if (status(line) != 250) {
          return new Next(null, true, "Bad HELO response from server " + server);
        }
        state = State.QUIT;
        return new Next("QUIT\r\n", false, null);
      }
      default -> {
        return new Next(null, true, null);
      }
    }
  }
}
