package org.jkeepalived.testkit;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Names for the namespaces (and any other kernel object named by a test) that cannot collide
 * between tests, nor between two test JVMs running at once: {@code jk} + this JVM's tag (its pid
 * in base 36, five digits) + a per-JVM sequence number (base 36) + {@code -} + the caller's label,
 * cut so that the whole fits Linux's 15-character limit for interface names (IFNAMSIZ - 1), e.g.
 * {@code jk02n9k3-br}. Two JVMs alive at once have two pids, so two tags; one JVM never hands
 * out a sequence number twice. A JVM in another pid namespace could share the pid: {@link
 * Netns#create(String)} therefore creates the namespace exclusively and takes the next name when
 * one is taken, never deleting a namespace it did not make.
 */
public final class RigNames {
  /** Linux's longest interface name (IFNAMSIZ 16 with the NUL). */
  public static final int MAX_LENGTH = 15;
  /** Every allocated name starts with this: {@code jk} + this JVM's tag. */
  public static final String JVM_PREFIX = "jk" + tag(ProcessHandle.current().pid());

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private RigNames() {}

  /**
   * A name never handed out before by this JVM, ending in as much of {@code label} (lower-case
   * letters and digits, may be empty) as fits.
   */
  public static String next(String label) {
    if (!label.matches("[a-z0-9]*")) {
      throw new IllegalArgumentException("label of a-z0-9 only: " + label);
    }
    String head = JVM_PREFIX + Integer.toString(SEQUENCE.getAndIncrement(), 36) + "-";
    if (head.length() > MAX_LENGTH) {
      throw new IllegalStateException("this JVM has used up its names: " + head);
    }
    return head + label.substring(0, Math.min(label.length(), MAX_LENGTH - head.length()));
  }

  /** Whether {@code name} has the shape {@link #next(String)} gives (from any JVM). */
  public static boolean isAllocated(String name) {
    return name.length() <= MAX_LENGTH && name.matches("jk[0-9a-z]{5}[0-9a-z]+-[a-z0-9]*");
  }

  /** The five-digit base-36 tag of a pid (pid_max is at most 2^22 = 2hwcg, at most five digits). */
  static String tag(long pid) {
    String t = Long.toString(pid % (36L * 36 * 36 * 36 * 36), 36);
    return "0".repeat(5 - t.length()) + t;
  }
}
