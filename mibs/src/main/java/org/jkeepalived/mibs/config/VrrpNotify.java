package org.jkeepalived.mibs.config;

/** The notify scripts of a vrrp_instance or sync group (null when not configured). */
public record VrrpNotify(
    ScriptSpec master,
    ScriptSpec backup,
    ScriptSpec fault,
    ScriptSpec stop,
    boolean notifyDeleted,
    ScriptSpec deleted,
    ScriptSpec any,
    ScriptSpec masterRxLowerPri) {
  public static final VrrpNotify NONE =
      new VrrpNotify(null, null, null, null, false, null, null, null);

  /** Every configured script, for the script-security check. */
  public java.util.List<ScriptSpec> scripts() {
    java.util.List<ScriptSpec> out = new java.util.ArrayList<>();
    for (ScriptSpec s : new ScriptSpec[] {master, backup, fault, stop, deleted, any, masterRxLowerPri}) {
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }
}
