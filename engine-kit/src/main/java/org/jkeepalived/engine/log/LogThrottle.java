package org.jkeepalived.engine.log;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Decides whether a log line about a received packet may be written, so that a flood of bad
 * packets cannot fill the disk: per key (an error kind and the packet's source), the first line
 * is written, then at most one per interval; each line written reports how many of its key were
 * suppressed since the one before. keepalived writes every line; this is where jkeepalived does
 * better.
 *
 * <p>The table is bounded: when {@code maxKeys} keys are held, keys whose interval has run out are
 * forgotten (their suppressed lines are added to the overflow key's count), and a new key that
 * still finds no room shares one overflow key. So spoofed sources can at most make {@code
 * maxKeys + 1} lines per interval.
 *
 * <p>Pure: time is passed in; not thread-safe (an engine calls it on its loop).
 *
 * @param <K> the key, e.g. a record of the error kind and the source address
 */
public final class LogThrottle<K> {
  private final Duration interval;
  private final int maxKeys;
  private final Map<K, Window> windows = new HashMap<>();
  private final Window overflow = new Window();

  /**
   * @param interval at most one line per key in this long
   * @param maxKeys how many keys are remembered before new ones share the overflow key
   */
  public LogThrottle(Duration interval, int maxKeys) {
    if (interval.isNegative() || interval.isZero() || maxKeys < 1) {
      throw new IllegalArgumentException("interval must be positive and maxKeys at least 1");
    }
    this.interval = interval;
    this.maxKeys = maxKeys;
  }

  /**
   * Whether a line for {@code key} may be written at {@code now}.
   *
   * @return empty to suppress the line (it is counted); else how many lines of the key were
   *     suppressed since the last one written (0 for the first)
   */
  public OptionalLong admit(K key, Instant now) {
    Objects.requireNonNull(key, "key");
    Window w = windows.get(key);
    if (w == null) {
      if (windows.size() >= maxKeys) {
        forgetIdle(now);
      }
      if (windows.size() >= maxKeys) {
        w = overflow;
      } else {
        w = new Window();
        windows.put(key, w);
      }
    }
    return w.admit(now, interval);
  }

  /** How many keys are remembered (tests: the table stays bounded). */
  public int size() {
    return windows.size();
  }

  private void forgetIdle(Instant now) {
    for (Iterator<Window> it = windows.values().iterator(); it.hasNext(); ) {
      Window w = it.next();
      if (!now.isBefore(w.lastWritten.plus(interval))) {
        overflow.suppressed += w.suppressed;
        it.remove();
      }
    }
  }

  /** One key's last line written and the lines suppressed since. */
  private static final class Window {
    Instant lastWritten;
    long suppressed;

    OptionalLong admit(Instant now, Duration interval) {
      if (lastWritten != null && now.isBefore(lastWritten.plus(interval))) {
        suppressed++;
        return OptionalLong.empty();
      }
      long n = suppressed;
      suppressed = 0;
      lastWritten = now;
      return OptionalLong.of(n);
    }
  }
}
