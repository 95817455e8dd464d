package org.jkeepalived.engine;

import org.jkeepalived.mibs.config.KeepalivedConfig;

/**
 * One protocol engine (VRRP, the LVS checkers, BFD) as the daemon hosts it. An engine reads its
 * configuration rows from the object store, runs its protocol on its own single-threaded loop and
 * publishes what it observes back into the store; it never calls another engine, and nothing but
 * the store is shared. The daemon's engine host drives every engine through this contract alone:
 * start, reload, health, stop, and a restart from the store when the engine's loop fails.
 *
 * <p>Calls come from the daemon's thread, never from the engine's loop; an implementation hops to
 * its loop itself.
 */
public interface Engine extends AutoCloseable {
  /** A short name for logs and the health report: "vrrp", "checker", "bfd". */
  String name();

  /**
   * Opens the engine's kernel ports and starts it on the rows already in the store; returns when
   * the engine runs (or has failed to start).
   *
   * @param context where the engine reports a failure of its loop after the start
   * @throws EngineStartException when the engine cannot run; {@link
   *     EngineStartException#fatal()} says whether the daemon must stop, as keepalived does for an
   *     instance on a missing interface
   */
  void start(EngineContext context) throws EngineStartException;

  /**
   * A reload has been committed to the store: the engine already follows the row changes as store
   * events; here it takes the engine-wide settings that live outside the rows.
   */
  void reloaded(KeepalivedConfig config);

  /**
   * The daemon is about to stop ({@link #close()} follows): start at once what the peers must see
   * first, without waiting for the rest of the daemon's shutdown. For VRRP that is the masters'
   * priority-0 adverts (RFC 5798 section 6.4.3, keepalived sends them as soon as its VRRP process
   * gets SIGTERM). Called from a signal thread, possibly while a start or reload is under way:
   * it must only hand work to the engine's loop, never block. Idempotent; the default does
   * nothing, and then {@link #close()} does it all.
   */
  default void stopping() {}

  /** What the engine reports of itself now. */
  EngineHealth health();

  /**
   * Stops cleanly (a VRRP master sends priority 0 and removes its addresses; IPVS keeps or drops
   * its services as configured) and releases every port. Idempotent.
   */
  @Override
  void close();
}
