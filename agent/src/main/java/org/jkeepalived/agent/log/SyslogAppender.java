package org.jkeepalived.agent.log;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.nio.charset.StandardCharsets;

/**
 * Sends log lines to the local syslog daemon on {@code /dev/log} (RFC 3164 local format:
 * {@code <PRI>Keepalived[pid]: message}), as keepalived does. Lines are dropped silently while no
 * syslog daemon listens: logging must never stall or fail the daemon.
 */
public final class SyslogAppender extends AppenderBase<ILoggingEvent> {
  private final int facility;
  private final String tag;
  private UnixDatagramSender sender;

  public SyslogAppender(int facility) {
    this.facility = facility;
    this.tag = "Keepalived[" + ProcessHandle.current().pid() + "]: ";
  }

  @Override
  public void start() {
    sender = UnixDatagramSender.open("/dev/log");
    super.start();
  }

  @Override
  public void stop() {
    super.stop();
    if (sender != null) {
      sender.close();
    }
  }

  @Override
  protected void append(ILoggingEvent event) {
    if (sender == null) {
      return;
    }
    int pri = facility * 8 + severity(event.getLevel());
    byte[] line =
        ("<" + pri + ">" + tag + event.getFormattedMessage()).getBytes(StandardCharsets.UTF_8);
    sender.send(line);
  }

  /** RFC 5424 section 6.2.1 severities. */
  static int severity(Level level) {
    switch (level.toInt()) {
      case Level.ERROR_INT:
        return 3;
      case Level.WARN_INT:
        return 4;
      case Level.INFO_INT:
        return 6;
      default:
        return 7;
    }
  }
}
