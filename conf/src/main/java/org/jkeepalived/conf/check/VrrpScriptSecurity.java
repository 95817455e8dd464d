package org.jkeepalived.conf.check;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.jkeepalived.conf.diag.Severity;
import org.jkeepalived.conf.kw.ParseContext;
import org.jkeepalived.conf.kw.RootBuilder;
import org.jkeepalived.conf.kw.vrrp.ScriptBuilder;
import org.jkeepalived.conf.kw.vrrp.SyncGroupBuilder;
import org.jkeepalived.conf.kw.vrrp.VrrpInstanceBuilder;
import org.jkeepalived.mibs.config.ScriptSpec;

/**
 * keepalived's script checks: a tracked vrrp_script whose program is missing from an existing
 * directory is disabled; and if any script that will actually run is configured while
 * enable_script_security is off, "SECURITY VIOLATION" is reported once (-t exits 6).
 */
final class VrrpScriptSecurity {
  static final String VIOLATION =
      "SECURITY VIOLATION - scripts are being executed but script_security not enabled.";

  static final String STARTUP_VIOLATION =
      "SECURITY VIOLATION - start/shutdown scripts are being executed but script_security not"
          + " enabled.";

  private VrrpScriptSecurity() {}

  /** keepalived's default script user when script_user is not given. */
  static final String DEFAULT_USER = "keepalived_script";

  /**
   * With enable_script_security, a vrrp_script without a user runs as script_user, else as
   * keepalived_script; when neither exists keepalived removes the script (it will not fall back
   * to root), reporting at the end of the script's block.
   */
  static void defaultUsers(RootBuilder b, ParseContext ctx) {
    if (!b.global.enableScriptSecurity || b.global.scriptUser != null
        || ctx.host().userExists(DEFAULT_USER)) {
      return;
    }
    for (Iterator<ScriptBuilder> it = b.vrrp.scripts.values().iterator(); it.hasNext(); ) {
      ScriptBuilder s = it.next();
      if (s.user == null) {
        ctx.diagnostics().error(s.end, "Unable to set default user " + DEFAULT_USER + " for script");
        ctx.diagnostics().error(s.end, "Unable to set default user for vrrp script " + s.name + " - removing");
        it.remove();
      }
    }
  }

  static void run(RootBuilder b, ParseContext ctx) {
    List<ScriptSpec> runnable = new ArrayList<>();
    for (Iterator<ScriptBuilder> it = b.vrrp.scripts.values().iterator(); it.hasNext(); ) {
      ScriptBuilder s = it.next();
      String program = s.script.command().isEmpty() ? "" : s.script.command().get(0);
      if (ctx.host().programExists(program)) {
        runnable.add(s.script);
      } else if (program.startsWith("/") && ctx.host().directoryExists(parent(program))) {
        ctx.diagnostics().error(null, "Disabling track script " + s.name + " since not found/accessible");
      }
    }
    List<ScriptSpec> others = new ArrayList<>(b.otherScripts);
    for (VrrpInstanceBuilder i : b.vrrp.instances) {
      others.addAll(i.notifyScripts().scripts());
    }
    for (SyncGroupBuilder g : b.vrrp.syncGroups) {
      others.addAll(g.notifyScripts().scripts());
    }
    for (ScriptSpec s : others) {
      if (runs(s, ctx)) {
        runnable.add(s);
      }
    }
    if (b.global.enableScriptSecurity) {
      return;
    }
    if (!runnable.isEmpty()) {
      ctx.diagnostics().report(Severity.SECURITY, null, VIOLATION);
    }
    // keepalived checks the parent's start-up and shut-down scripts separately.
    if (runs(b.global.startupScript, ctx) || runs(b.global.shutdownScript, ctx)) {
      ctx.diagnostics().report(Severity.SECURITY, null, STARTUP_VIOLATION);
    }
  }

  private static boolean runs(ScriptSpec s, ParseContext ctx) {
    return s != null && !s.command().isEmpty() && ctx.host().programExists(s.command().get(0));
  }

  private static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash <= 0 ? "/" : path.substring(0, slash);
  }
}
