package org.jkeepalived.conf.check;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.jkeepalived.conf.kw.ParseContext;
import org.jkeepalived.conf.kw.VrrpBuilders;
import org.jkeepalived.conf.kw.vrrp.SyncGroupBuilder;
import org.jkeepalived.conf.kw.vrrp.VrrpInstanceBuilder;

/**
 * Resolves sync group members as keepalived does: unknown members are dropped, an instance can
 * be in one group only, an empty group is removed, and a one-member group is warned about.
 */
final class SyncGroupChecks {
  private SyncGroupChecks() {}

  static void run(VrrpBuilders v, ParseContext ctx) {
    Set<String> instances = new HashSet<>();
    for (VrrpInstanceBuilder i : v.instances) {
      instances.add(i.name);
    }
    Set<String> grouped = new HashSet<>();
    for (Iterator<SyncGroupBuilder> it = v.syncGroups.iterator(); it.hasNext(); ) {
      SyncGroupBuilder g = it.next();
      boolean declared = !g.members.isEmpty();
      for (Iterator<String> m = g.members.iterator(); m.hasNext(); ) {
        String name = m.next();
        if (!instances.contains(name)) {
          ctx.diagnostics().error(null, "Virtual router " + name + " specified in sync group "
              + g.name + " doesn't exist - ignoring");
          m.remove();
        } else if (!grouped.add(name)) {
          ctx.diagnostics().error(null, "Virtual router " + name
              + " cannot exist in more than one sync group; ignoring " + g.name);
          m.remove();
        }
      }
      if (g.members.isEmpty()) {
        ctx.diagnostics().error(null, declared
            ? "Sync group " + g.name + ", no matching virtual router found in group declaration - removing"
            : "Sync group " + g.name + " has no virtual router(s). removing");
        it.remove();
      } else if (g.members.size() == 1) {
        ctx.diagnostics().warning(null, "Sync group " + g.name + " has only 1 virtual router(s)"
            + " - this probably isn't what you want");
      }
    }
  }
}
