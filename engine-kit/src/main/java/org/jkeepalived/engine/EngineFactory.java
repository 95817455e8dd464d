package org.jkeepalived.engine;

import org.jkeepalived.mibs.config.KeepalivedConfig;
import org.jkeepalived.mibs.store.ObjectStore;

/**
 * Makes one kind of engine. The host asks each factory whether the configuration has work for it
 * (at start and after every reload, so that a reload adding the first vrrp_instance starts VRRP),
 * and makes a new engine at start and at every restart.
 */
public interface EngineFactory {
  /** Which of keepalived's subsystems this is, for {@code -P}, {@code -C}, {@code -B}. */
  Subsystem subsystem();

  /** Whether {@code config} has anything for this engine to run. */
  boolean configured(KeepalivedConfig config);

  /** A new engine on {@code store}, not started. */
  Engine create(ObjectStore store, KeepalivedConfig config);

  /** keepalived's three child processes, which its command line selects. */
  enum Subsystem {
    /** {@code -P, --vrrp}. */
    VRRP,
    /** {@code -C, --check}: the LVS engine and its health checkers. */
    CHECKER,
    /** not run with {@code -B, --no_bfd}. */
    BFD
  }
}
