package org.jkeepalived.lvs.service;

/**
 * Between the LVS engines one factory makes: whether the last one left its kernel table behind
 * because its loop failed, so that the restarted engine takes the table over (and reconciles)
 * rather than flushing or adding it back. A clean stop releases the table and leaves nothing.
 */
final class KernelHandover {
  private boolean left;

  /** A failed engine has closed without releasing its table. */
  synchronized void leave() {
    left = true;
  }

  /** Whether the engine starting now takes a table over; the handover is used up. */
  synchronized boolean take() {
    boolean t = left;
    left = false;
    return t;
  }
}
