package org.jkeepalived.lvs.forward;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jkeepalived.linux.ipvs.IpvsService;
import org.jkeepalived.lvs.ipvs.IpvsTranslation;
import org.jkeepalived.lvs.service.LvsNames;
import org.jkeepalived.mibs.config.LvsConfig;
import org.jkeepalived.mibs.config.lvs.Forwarding;
import org.jkeepalived.mibs.config.lvs.RealServerConfig;
import org.jkeepalived.mibs.config.lvs.SorryServer;
import org.jkeepalived.mibs.config.lvs.VirtualServerConfig;

/**
 * For {@code -t}: the features of a configuration's virtual servers that the userspace forwarder
 * cannot provide, one line per virtual server and reason, from the same checks ({@link
 * UserspaceSupport}) that make the forwarder refuse them at run time.
 */
public final class UserspaceReport {
  private UserspaceReport() {}

  /** The lines, in file order; empty when the forwarder can serve everything. */
  public static List<String> unsupported(LvsConfig lvs) {
    List<String> out = new ArrayList<>();
    if (lvs == null) {
      return out;
    }
    for (VirtualServerConfig vs : lvs.virtualServers()) {
      Set<String> reasons = new LinkedHashSet<>();
      String group = vs.id() instanceof org.jkeepalived.mibs.config.lvs.VirtualServiceId.Group g
          ? g.name() : null;
      for (IpvsService s : IpvsTranslation.services(vs, group == null ? null : lvs.group(group))) {
        UserspaceSupport.unsupported(s).ifPresent(reasons::add);
        for (RealServerConfig rs : vs.realServers()) {
          destination(s, rs.address(), rs.port(), rs.forwarding(), reasons);
        }
        SorryServer sorry = vs.sorryServer();
        if (sorry != null) {
          destination(s, sorry.address(), sorry.port(), sorry.forwarding(), reasons);
        }
      }
      String name = "VS " + LvsNames.vs(vs, 0);
      reasons.forEach(r -> out.add(name + ": " + r));
    }
    return out;
  }

  private static void destination(IpvsService s, InetAddress address, int port,
      Forwarding forwarding, Set<String> reasons) {
    UserspaceSupport.unsupported(IpvsTranslation.destination(s.key(), address, port, forwarding,
        1, 0, 0)).ifPresent(reasons::add);
  }
}
