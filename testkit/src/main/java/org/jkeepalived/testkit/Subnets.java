package org.jkeepalived.testkit;

import java.util.BitSet;

/**
 * Hands out {@link Subnet}s that no other live allocation in this JVM holds. The pool is
 * 198.19.{@value #FIRST}.0/24 to 198.19.{@value #LAST}.0/24 (and their fd00:0:X::/64 twins),
 * which no test hard-codes, so an allocated subnet never meets a literal address of another test.
 * Two JVMs may hand out the same subnet: their addresses live only in their own namespaces,
 * which have names no other JVM uses ({@link RigNames}), so they never meet. Each JVM starts at a
 * pid-derived place in the pool so that captures of two runs rarely look alike.
 */
public final class Subnets {
  /** The first X of 198.19.X.0/24 in the pool. */
  public static final int FIRST = 128;
  /** The last X of 198.19.X.0/24 in the pool. */
  public static final int LAST = 254;

  private static final int SIZE = LAST - FIRST + 1;
  private static final BitSet TAKEN = new BitSet(SIZE);
  private static int cursor = (int) (ProcessHandle.current().pid() % SIZE);

  private Subnets() {}

  /** A subnet no live allocation of this JVM holds; fails when all are held. */
  public static synchronized Subnet allocate() {
    for (int i = 0; i < SIZE; i++) {
      int k = (cursor + i) % SIZE;
      if (!TAKEN.get(k)) {
        TAKEN.set(k);
        cursor = (k + 1) % SIZE;
        return new Subnet(FIRST + k);
      }
    }
    throw new IllegalStateException("all " + SIZE + " rig subnets are in use: close some");
  }

  static synchronized void release(Subnet s) {
    TAKEN.clear(s.x() - FIRST);
  }
}
