package org.jkeepalived.lvs.check;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Captures what the checkers log under keepalived's process name ({@code
 * Keepalived_healthcheckers}), for tests that compare keepalived's wording. Close it to detach.
 */
public final class CheckLog implements AutoCloseable {
  private final Logger logger =
      (Logger) LoggerFactory.getLogger("Keepalived_healthcheckers");
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  public CheckLog() {
    appender.start();
    logger.addAppender(appender);
  }

  /** The formatted lines logged so far, in order. */
  public List<String> lines() {
    synchronized (appender.list) {
      return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
  }

  @Override
  public void close() {
    logger.detachAppender(appender);
    appender.stop();
  }
}
