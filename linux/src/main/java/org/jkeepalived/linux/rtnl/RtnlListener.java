package org.jkeepalived.linux.rtnl;

/**
 * Receives link and address notifications from a {@link LinkMonitor}. Called on the monitor's
 * own thread: hand the event to the engine's loop, do not block.
 */
public interface RtnlListener {
  default void linkChanged(LinkEvent event) {}

  default void addressChanged(AddressEvent event) {}

  /**
   * The kernel dropped notifications (ENOBUFS): the listener's view may be stale and it should
   * re-read {@link LinkMonitor#links()} and the addresses.
   */
  default void overrun() {}
}
