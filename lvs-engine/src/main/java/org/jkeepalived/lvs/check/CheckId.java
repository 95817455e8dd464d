package org.jkeepalived.lvs.check;

import java.util.Objects;

/**
 * One checker of one real server.
 *
 * @param realServer the LVS engine's stable key of the real server (the same across a reload that
 *     keeps it), opaque to the checkers
 * @param ordinal the checker's position in the real_server block (0-based)
 */
public record CheckId(String realServer, int ordinal) {
  public CheckId {
    Objects.requireNonNull(realServer);
    if (ordinal < 0) {
      throw new IllegalArgumentException("ordinal must be >= 0");
    }
  }
}
