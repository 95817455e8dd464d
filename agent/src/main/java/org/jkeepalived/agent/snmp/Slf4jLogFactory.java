package org.jkeepalived.agent.snmp;

import java.util.Collections;
import java.util.Iterator;
import org.snmp4j.log.LogAdapter;
import org.snmp4j.log.LogFactory;
import org.snmp4j.log.LogLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes SNMP4J's own logging to slf4j (SNMP4J logs nothing without a factory). Levels are the
 * slf4j backend's; SNMP4J cannot change them. SNMP4J's info messages go out at debug: it logs
 * every managed object registration at info. Secret logging stays off: we never call
 * {@code SNMP4JSettings.setSecretLoggingEnabled}.
 */
public final class Slf4jLogFactory extends LogFactory {

  /** Installs the bridge unless one is already in place (SNMP4J keeps one factory per JVM). */
  public static void install() {
    if (!(LogFactory.getLogFactory() instanceof Slf4jLogFactory)) {
      LogFactory.setLogFactory(new Slf4jLogFactory());
    }
  }

  @Override
  protected LogAdapter createLogger(Class<?> c) {
    return new Adapter(LoggerFactory.getLogger(c));
  }

  @Override
  protected LogAdapter createLogger(String className) {
    return new Adapter(LoggerFactory.getLogger(className));
  }

  @Override
  public LogAdapter getRootLogger() {
    return new Adapter(LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME));
  }

  private record Adapter(Logger log, boolean decoder) implements LogAdapter {
    /**
     * SNMP4J's message decoding (dispatcher, message processing models, security, BER), whose
     * complaints while a datagram is decoded are {@link DecodeProblems}'; the agent's own
     * classes (org.snmp4j.agent) log as usual.
     */
    Adapter(Logger log) {
      this(
          log,
          log.getName().startsWith("org.snmp4j.")
              && !log.getName().startsWith("org.snmp4j.agent."));
    }

    /** False while a datagram is decoded: SNMP4J then prints stack traces to stderr. */
    @Override
    public boolean isDebugEnabled() {
      return !(decoder && DecodeProblems.current() != null) && log.isDebugEnabled();
    }

    @Override
    public boolean isInfoEnabled() {
      return log.isDebugEnabled();
    }

    @Override
    public boolean isWarnEnabled() {
      return log.isWarnEnabled();
    }

    @Override
    public void debug(java.io.Serializable message) {
      if (log.isDebugEnabled()) {
        log.debug(String.valueOf(message));
      }
    }

    @Override
    public void info(CharSequence message) {
      // SNMP4J reports every MO registration at info: a daemon's debug material.
      if (log.isDebugEnabled()) {
        log.debug(String.valueOf(message));
      }
    }

    // While a datagram is decoded, complaints go to DecodeProblems: one rate-limited line.
    @Override
    public void warn(java.io.Serializable message) {
      if (!(decoder && DecodeProblems.take(message))) {
        log.warn(String.valueOf(message));
      }
    }

    @Override
    public void error(java.io.Serializable message) {
      if (!(decoder && DecodeProblems.take(message))) {
        log.error(String.valueOf(message));
      }
    }

    @Override
    public void error(CharSequence message, Throwable t) {
      if (!(decoder && DecodeProblems.take(t))) {
        log.error(String.valueOf(message), t);
      }
    }

    @Override
    public void fatal(Object message) {
      log.error(String.valueOf(message));
    }

    @Override
    public void fatal(CharSequence message, Throwable t) {
      log.error(String.valueOf(message), t);
    }

    @Override
    public void setLogLevel(LogLevel level) {
      // The slf4j backend's configuration decides.
    }

    @Override
    public LogLevel getLogLevel() {
      return getEffectiveLogLevel();
    }

    @Override
    public LogLevel getEffectiveLogLevel() {
      if (log.isTraceEnabled()) {
        return LogLevel.TRACE;
      } else if (log.isDebugEnabled()) {
        return LogLevel.DEBUG;
      } else if (log.isInfoEnabled()) {
        return LogLevel.INFO;
      } else if (log.isWarnEnabled()) {
        return LogLevel.WARN;
      }
      return LogLevel.ERROR;
    }

    @Override
    public String getName() {
      return log.getName();
    }

    @Override
    public Iterator<?> getLogHandler() {
      return Collections.emptyIterator();
    }
  }
}
