package org.jkeepalived.agent.notify;

import org.jkeepalived.mibs.config.FifoSpec;
import org.jkeepalived.mibs.config.GlobalDefs;
import org.jkeepalived.mibs.config.KeepalivedConfig;

/**
 * The global settings the VRRP notifiers need.
 *
 * @param globalFifo global_defs notify_fifo (and its script): gets every line
 * @param vrrpFifo global_defs vrrp_notify_fifo (and its script): gets the VRRP lines
 * @param scriptUser global script_user, null when unset
 * @param scriptGroup the group given with script_user, null when unset
 * @param scriptSecurity enable_script_security
 * @param priorityChanges global vrrp_notify_priority_changes
 * @param lvsFifo global_defs lvs_notify_fifo (and its script): gets the LVS lines
 */
public record NotifySettings(
    FifoSpec globalFifo,
    FifoSpec vrrpFifo,
    String scriptUser,
    String scriptGroup,
    boolean scriptSecurity,
    boolean priorityChanges,
    FifoSpec lvsFifo) {

  public static final NotifySettings NONE =
      new NotifySettings(FifoSpec.NONE, FifoSpec.NONE, null, null, false, false);

  public NotifySettings {
    globalFifo = globalFifo == null ? FifoSpec.NONE : globalFifo;
    vrrpFifo = vrrpFifo == null ? FifoSpec.NONE : vrrpFifo;
    lvsFifo = lvsFifo == null ? FifoSpec.NONE : lvsFifo;
  }

  /** The settings without an lvs_notify_fifo. */
  public NotifySettings(FifoSpec globalFifo, FifoSpec vrrpFifo, String scriptUser,
      String scriptGroup, boolean scriptSecurity, boolean priorityChanges) {
    this(globalFifo, vrrpFifo, scriptUser, scriptGroup, scriptSecurity, priorityChanges, null);
  }

  /** The settings of a parsed configuration. */
  public static NotifySettings from(KeepalivedConfig config) {
    GlobalDefs g = config.global();
    if (g == null) {
      return NONE;
    }
    GlobalDefs.Fifos f = g.fifos();
    GlobalDefs.Scripts s = g.scripts();
    return new NotifySettings(
        f == null ? null : f.global(),
        f == null ? null : f.vrrp(),
        s == null ? null : s.scriptUser(),
        s == null ? null : s.scriptGroup(),
        s != null && s.enableScriptSecurity(),
        g.vrrp() != null && g.vrrp().notifyPriorityChanges(),
        f == null ? null : f.lvs());
  }
}
