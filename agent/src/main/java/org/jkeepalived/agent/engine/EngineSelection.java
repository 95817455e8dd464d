package org.jkeepalived.agent.engine;

import java.util.EnumSet;
import java.util.Set;
import org.jkeepalived.agent.cli.Options;
import org.jkeepalived.engine.EngineFactory.Subsystem;

/**
 * Which subsystems the command line lets run, as keepalived's: {@code -P} and {@code -C} each ask
 * for their subsystem only (both together ask for both), no letter asks for every one, {@code -B}
 * then drops BFD, and {@code --all} asks for every one whatever else is given. A selected
 * subsystem still runs only once its configuration has something for it.
 */
public final class EngineSelection {
  private EngineSelection() {}

  /** The subsystems {@code options} select. */
  public static Set<Subsystem> of(Options options) {
    return select(options.vrrpOnly, options.checkOnly, options.noBfd, options.all);
  }

  /**
   * @param vrrp {@code -P, --vrrp}
   * @param check {@code -C, --check}
   * @param noBfd {@code -B, --no_bfd}
   * @param all {@code --all}
   */
  static Set<Subsystem> select(boolean vrrp, boolean check, boolean noBfd, boolean all) {
    if (all) {
      return EnumSet.allOf(Subsystem.class);
    }
    Set<Subsystem> selected = EnumSet.noneOf(Subsystem.class);
    if (vrrp) {
      selected.add(Subsystem.VRRP);
    }
    if (check) {
      selected.add(Subsystem.CHECKER);
    }
    if (selected.isEmpty()) {
      selected = EnumSet.allOf(Subsystem.class);
    }
    if (noBfd) {
      selected.remove(Subsystem.BFD);
    }
    return selected;
  }
}
