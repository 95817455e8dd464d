package org.jkeepalived.conf.lvs;

import org.jkeepalived.conf.diag.Severity;
import org.jkeepalived.conf.kw.ParseContext;
import org.jkeepalived.mibs.config.ScriptSpec;

/**
 * The checker process's script check (check_check_script_security): running any existing
 * script (MISC_CHECK, notify_up/down, quorum_up/down) without enable_script_security is a
 * security violation ({@code -t} exits 6). Scripts whose program does not exist do not count,
 * as in keepalived.
 */
final class CheckerScriptSecurity {
  private CheckerScriptSecurity() {}

  static void check(LvsBuilder lvs, ParseContext c) {
    if (lvs.root.global.enableScriptSecurity) {
      return;
    }
    boolean any = false;
    for (VsBuilder vs : lvs.servers) {
      any |= runs(vs.quorumUp, c) | runs(vs.quorumDown, c);
      for (RsBuilder rs : vs.realServers) {
        any |= runs(rs.notifyUp, c) | runs(rs.notifyDown, c);
        for (CheckerBuilder ck : rs.checkers) {
          any |= runs(ck.script, c);
        }
      }
    }
    if (any) {
      c.diagnostics().report(Severity.SECURITY, null,
          "SECURITY VIOLATION - check scripts are being executed but script_security not enabled.");
    }
  }

  private static boolean runs(ScriptSpec s, ParseContext c) {
    return s != null && !s.command().isEmpty() && c.host().programExists(s.command().get(0));
  }
}
