package org.jkeepalived.conf.kw.vrrp;

import org.jkeepalived.conf.kw.ParseContext;
import org.jkeepalived.conf.tree.ConfNode;
import org.jkeepalived.mibs.config.VirtualRoute;

/**
 * keepalived's tracking rules for virtual and static routes: a route is tracked (re-added when
 * deleted) unless no_track is given; tracking needs the route's own device and keepalived's
 * route protocol (RTPROT_KEEPALIVED, 18), and keepalived warns and adjusts otherwise.
 */
final class RouteTracking {
  private RouteTracking() {}

  static VirtualRoute parse(ConfNode line, ParseContext c) {
    VirtualRoute r = RouteGrammar.parse(line, c);
    if (r == null || r.noTrack()) {
      return r;
    }
    if (!RouteGrammar.trackable(r)) {
      c.warning(
          line,
          "Warning - cannot track route " + r.destination()
              + " with no interface specified, not tracking");
      return with(r, true, r.protocol());
    }
    if (r.protocol() != null && !r.protocol().equals("keepalived") && !r.protocol().equals("18")) {
      c.warning(
          line,
          "Route cannot be tracked if protocol is not RTPROT_KEEPALIVED(18), resetting protocol");
      return with(r, false, "keepalived");
    }
    return r;
  }

  private static VirtualRoute with(VirtualRoute r, boolean noTrack, String protocol) {
    return new VirtualRoute(
        r.type(), r.destination(), r.source(), r.preferredSource(), r.via(), r.dev(),
        r.nextHops(), r.table(), r.metric(), r.scope(), protocol, r.tos(), r.onlink(),
        r.append(), noTrack, r.trackGroup(), r.metrics());
  }
}
