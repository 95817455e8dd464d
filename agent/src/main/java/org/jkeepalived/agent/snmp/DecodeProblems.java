package org.jkeepalived.agent.snmp;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snmp4j.smi.Address;

/**
 * What SNMP4J complains about while it decodes one incoming datagram. SNMP4J logs each bad
 * message (a warning or error per datagram, a stack trace when its logger is at debug); {@link
 * CountingDispatcher} opens a scope around decoding, {@link Slf4jLogFactory} hands SNMP4J's
 * complaints to that scope instead of the log, and the dispatcher then writes at most one line
 * per source address per minute, with the number of messages it left out.
 */
final class DecodeProblems {
  private static final Logger LOG = LoggerFactory.getLogger(CountingDispatcher.class);
  static final long WINDOW_NANOS = TimeUnit.MINUTES.toNanos(1);
  private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

  /** Per source address: when its last line was written and how many were left out since. */
  private final ConcurrentHashMap<String, long[]> lastLine = new ConcurrentHashMap<>();
  private final LongSupplier clock;

  DecodeProblems(LongSupplier clock) {
    this.clock = clock;
  }

  /** One datagram's decoding: the first complaint, and whether it was a BER decoding error. */
  static final class Scope {
    String first;
    boolean parseError;
    boolean parseErrorCounted;
  }

  static Scope open() {
    Scope s = new Scope();
    CURRENT.set(s);
    return s;
  }

  static void close() {
    CURRENT.remove();
  }

  /** The scope of the datagram this thread decodes, or null outside decoding. */
  static Scope current() {
    return CURRENT.get();
  }

  /**
   * Takes an SNMP4J complaint made while decoding; false outside decoding (then it is logged as
   * usual). SNMP4J logs a decoding exception as the exception object itself, and MPv3 and the
   * USM say "parse error" or "decoding error" in words.
   */
  static boolean take(Object message) {
    Scope s = CURRENT.get();
    if (s == null) {
      return false;
    }
    String text = String.valueOf(message);
    if (message instanceof Throwable
        || text.contains("parse error")
        || text.contains("decoding error")) {
      s.parseError = true;
    }
    if (s.first == null) {
      s.first = text;
    }
    return true;
  }

  /** Logs the problem of one datagram from {@code source}, at most once a minute per source. */
  void report(Address source, Scope s) {
    if (s.first == null) {
      return;
    }
    String key = source == null ? "?" : hostOf(source);
    long now = clock.getAsLong();
    long[] state = lastLine.computeIfAbsent(key, k -> new long[] {now - WINDOW_NANOS - 1, 0});
    long suppressed;
    synchronized (state) {
      if (now - state[0] <= WINDOW_NANOS) {
        state[1]++;
        return;
      }
      suppressed = state[1];
      state[0] = now;
      state[1] = 0;
    }
    if (lastLine.size() > 10_000) {
      lastLine.clear(); // a flood from spoofed sources must not grow the map without bound
    }
    LOG.warn(
        "SNMP: message from {} dropped ({}){}",
        key,
        s.first,
        suppressed == 0 ? "" : "; " + suppressed + " more left out of the log since the last line");
  }

  private static String hostOf(Address a) {
    String text = a.toString();
    int slash = text.lastIndexOf('/');
    return slash > 0 ? text.substring(0, slash) : text;
  }
}
