package org.jkeepalived.linux.rtnl;

/**
 * Receives route and rule notifications from a {@link RouteManager}. Called on the manager's
 * reader thread: hand the event to the engine's loop, do not block.
 */
public interface RouteListener {
  /** A route was added ({@code added}) or deleted. */
  default void routeChanged(boolean added, KernelRoute route) {}

  /** A rule was added ({@code added}) or deleted. */
  default void ruleChanged(boolean added, KernelRule rule) {}
}
