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
final class ScriptSecurity {
  static final String VIOLATION =
      "SECURITY VIOLATION - scripts are being executed but script_security not enabled.";

  private ScriptSecurity() {}

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
    addIfSet(others, b.global.startupScript);
    addIfSet(others, b.global.shutdownScript);
    addIfSet(others, b.global.fifo.script());
    addIfSet(others, b.global.vrrpFifo.script());
    addIfSet(others, b.global.lvsFifo.script());
    for (ScriptSpec s : others) {
      if (!s.command().isEmpty() && ctx.host().programExists(s.command().get(0))) {
        runnable.add(s);
      }
    }
    if (!runnable.isEmpty() && !b.global.enableScriptSecurity) {
      ctx.diagnostics().report(Severity.SECURITY, null, VIOLATION);
    }
  }

  private static void addIfSet(List<ScriptSpec> out, ScriptSpec s) {
    if (s != null) {
      out.add(s);
    }
  }

  private static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash <= 0 ? "/" : path.substring(0, slash);
  }
}
