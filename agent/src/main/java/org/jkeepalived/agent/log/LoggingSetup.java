package org.jkeepalived.agent.log;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Configures where log lines go, from the command line: the console ({@code -l}), a file
 * ({@code -g}), and syslog unless {@code -G}. Replaces whatever logback found on the class path.
 */
public final class LoggingSetup {
  private static final String CONSOLE_PATTERN = "%d{EEE MMM d HH:mm:ss yyyy}: %msg%n";
  private static final String DETAIL_PATTERN =
      "%d{EEE MMM d HH:mm:ss.SSS yyyy}: [%thread] %-5level %logger{24}: %msg%n";

  private LoggingSetup() {}

  /** Where and how much to log. */
  public record Settings(
      boolean console, Path file, boolean syslog, int syslogFacility, boolean detail) {}

  public static void apply(Settings settings) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.reset();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(settings.detail() ? Level.DEBUG : Level.INFO);
    // SNMP4J and Netty are chatty at DEBUG; their detail is rarely what an operator wants.
    context.getLogger("org.snmp4j").setLevel(Level.WARN);
    context.getLogger("io.netty").setLevel(Level.INFO);
    String pattern = settings.detail() ? DETAIL_PATTERN : CONSOLE_PATTERN;
    if (settings.console()) {
      ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
      console.setTarget("System.err");
      attach(context, root, console, "console", pattern);
    }
    if (settings.file() != null) {
      FileAppender<ILoggingEvent> file = new FileAppender<>();
      file.setFile(settings.file().toString());
      file.setAppend(true);
      attach(context, root, file, "file", pattern);
    }
    if (settings.syslog()) {
      SyslogAppender syslog = new SyslogAppender(settings.syslogFacility());
      syslog.setContext(context);
      syslog.setName("syslog");
      syslog.start();
      root.addAppender(syslog);
    }
  }

  private static void attach(
      LoggerContext context,
      Logger root,
      ch.qos.logback.core.OutputStreamAppender<ILoggingEvent> appender,
      String name,
      String pattern) {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(pattern);
    encoder.start();
    appender.setContext(context);
    appender.setName(name);
    appender.setEncoder(encoder);
    appender.start();
    root.addAppender((Appender<ILoggingEvent>) appender);
  }
}
